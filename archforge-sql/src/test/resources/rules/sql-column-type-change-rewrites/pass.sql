-- changes PostgreSQL makes in the catalogue only
ALTER TABLE accounts
  ADD COLUMN name varchar(50),
  ADD COLUMN bio varchar(200),
  ADD COLUMN price numeric(10,2),
  ADD COLUMN amount numeric(8,2),
  ADD COLUMN network cidr;
ALTER TABLE accounts ALTER COLUMN name TYPE varchar(100);
ALTER TABLE accounts ALTER COLUMN bio TYPE text;
ALTER TABLE accounts ALTER COLUMN price TYPE numeric(12,2);
ALTER TABLE accounts ALTER COLUMN amount TYPE numeric;
ALTER TABLE accounts ALTER COLUMN network TYPE inet;

-- the old type is unknown, the new one may be compatible
ALTER TABLE users ALTER COLUMN email TYPE text;
ALTER TABLE users ALTER COLUMN nickname TYPE varchar(255);

-- a table created in this migration is empty
CREATE TABLE invoices (id integer PRIMARY KEY, total real);
ALTER TABLE invoices ALTER COLUMN id TYPE bigint;
ALTER TABLE invoices ALTER COLUMN total TYPE numeric(12,2);
