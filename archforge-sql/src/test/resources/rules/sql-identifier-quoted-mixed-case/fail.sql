CREATE TABLE "Users" ( -- expect: sql-identifier-quoted-mixed-case "Table \"Users\" has a quoted mixed-case name"
  id bigint PRIMARY KEY,
  "UserName" text NOT NULL, -- expect: sql-identifier-quoted-mixed-case "Column \"UserName\" of '\"Users\"' has a quoted mixed-case name"
  "createdAt" timestamptz -- expect: sql-identifier-quoted-mixed-case "Column \"createdAt\""
);

CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12, 2));
ALTER TABLE orders ADD COLUMN "CustomerId" bigint; -- expect: sql-identifier-quoted-mixed-case "Column \"CustomerId\" of 'orders' has a quoted mixed-case name"
ALTER TABLE orders RENAME COLUMN total TO "TOTAL"; -- expect: sql-identifier-quoted-mixed-case "Column \"TOTAL\" of 'orders'"
