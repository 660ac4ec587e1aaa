-- users exists before this migration
ALTER TABLE users ADD COLUMN handle text UNIQUE; -- expect: sql-unique-column-added-to-existing-table "Column 'handle' is added to existing table 'users' with an inline unique key, whose index is built under ACCESS EXCLUSIVE"
ALTER TABLE accounts
  ADD COLUMN code text CONSTRAINT accounts_code_key UNIQUE NOT NULL DEFAULT ''; -- expect: sql-unique-column-added-to-existing-table "Column 'code' is added to existing table 'accounts'"
