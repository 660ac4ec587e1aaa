-- unquoted mixed case folds to lower case: the database names are users and username
CREATE TABLE Users (
  id bigint PRIMARY KEY,
  UserName text,
  -- quoting a lower-case name changes nothing
  "created_at" timestamptz,
  "order" integer
);

-- fixed by a later rename in the same review
CREATE TABLE accounts (id bigint PRIMARY KEY, "DisplayName" text);
ALTER TABLE accounts RENAME COLUMN "DisplayName" TO display_name;
