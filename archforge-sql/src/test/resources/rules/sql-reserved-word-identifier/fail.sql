-- expect: sql-reserved-word-identifier "Table 'user' is named with the reserved key word user"
CREATE TABLE "user" (
  id bigint PRIMARY KEY,
  "default" boolean NOT NULL, -- expect: sql-reserved-word-identifier "Column 'default' of '\"user\"' is named with the reserved key word default"
  email text
);

CREATE TABLE public."order" ( -- expect: sql-reserved-word-identifier "Table 'order' is named with the reserved key word order"
  id bigint PRIMARY KEY,
  "left" integer -- expect: sql-reserved-word-identifier "Column 'left' of 'public.\"order\"' is named with the reserved key word left"
);

ALTER TABLE "order" ADD COLUMN "limit" integer; -- expect: sql-reserved-word-identifier "Column 'limit' of '\"order\"' is named with the reserved key word limit"
ALTER TABLE "order" RENAME COLUMN id TO "end"; -- expect: sql-reserved-word-identifier "Column 'end' of '\"order\"' is named with the reserved key word end"

CREATE TABLE groups (id bigint PRIMARY KEY);
ALTER TABLE groups RENAME TO "group"; -- expect: sql-reserved-word-identifier "Table 'group' is named with the reserved key word group"
