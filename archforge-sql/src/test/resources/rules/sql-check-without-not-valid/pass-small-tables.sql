-- pass-small-tables.archforge.yaml beside this file: large-tables: [orders]
-- teams exists before this migration and is not listed: the project says it is small
ALTER TABLE teams ADD CONSTRAINT teams_login_lowercase CHECK (login = lower(login));
-- a large table created earlier in this file is still new and empty
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
ALTER TABLE orders ADD CONSTRAINT orders_total_ck CHECK (total >= 0);
