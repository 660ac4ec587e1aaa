-- a table created in this migration has no readers yet
CREATE TABLE invoices (id bigint PRIMARY KEY, draft_number text);
ALTER TABLE invoices DROP COLUMN draft_number;

-- other changes to an existing table
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ALTER COLUMN nickname DROP DEFAULT;
ALTER TABLE users DROP CONSTRAINT users_email_key;

-- archforge-ignore: sql-column-dropped the code stopped reading it in release 4.2
ALTER TABLE users DROP COLUMN legacy_login;
