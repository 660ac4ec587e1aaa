-- widening changes
ALTER TABLE accounts
  ADD COLUMN visits integer,
  ADD COLUMN code varchar(10),
  ADD COLUMN price numeric(10,2);
ALTER TABLE accounts ALTER COLUMN visits TYPE bigint;
ALTER TABLE accounts ALTER COLUMN code TYPE varchar(20);
ALTER TABLE accounts ALTER COLUMN price TYPE numeric(12,2);

-- the long values are truncated first, in the same migration
ALTER TABLE posts ADD COLUMN url text;
UPDATE posts SET url = left(url, 512) WHERE length(url) > 512;
ALTER TABLE posts ALTER COLUMN url TYPE varchar(512);

-- the old type is unknown
ALTER TABLE users ALTER COLUMN id TYPE integer;

-- a table created in this migration is empty
CREATE TABLE invoices (id bigint PRIMARY KEY, note text);
ALTER TABLE invoices ALTER COLUMN id TYPE integer;
ALTER TABLE invoices ALTER COLUMN note TYPE varchar(50);
