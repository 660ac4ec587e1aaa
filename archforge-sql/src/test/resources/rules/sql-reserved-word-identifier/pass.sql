-- non-reserved key words are ordinary names
CREATE TABLE users (
  id bigint PRIMARY KEY,
  name text,
  type text,
  position integer,
  value text,
  "key" text,
  user_id bigint,
  order_id bigint,
  ends_at timestamptz
);

-- a quoted upper-case "USER" is a different name from the key word
CREATE TABLE "USER" (id bigint PRIMARY KEY);

-- renamed away from the reserved word later in the review
CREATE TABLE "order" (id bigint PRIMARY KEY, "from" text);
ALTER TABLE "order" RENAME COLUMN "from" TO sender;
ALTER TABLE "order" RENAME TO orders;

-- a temporary table lives for one session
CREATE TEMPORARY TABLE "select" (id int);
