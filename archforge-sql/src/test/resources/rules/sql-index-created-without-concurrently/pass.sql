CREATE INDEX CONCURRENTLY users_email_idx ON users (email);

-- a table created in this migration is empty: a plain index is fine
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX invoices_customer_idx ON invoices (customer_id);

-- the partitioned-table recipe: an index on the parent only, then on each partition concurrently
CREATE INDEX measurements_at_idx ON ONLY measurements (at);

-- archforge-ignore: sql-index-created-without-concurrently the table has ten rows
CREATE INDEX settings_key_idx ON settings (key);
