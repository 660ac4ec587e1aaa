-- a table created in this migration is empty
CREATE TABLE invoices (id bigint PRIMARY KEY);
ALTER TABLE invoices ADD COLUMN number text UNIQUE;

-- the unique index is built without blocking, then attached
ALTER TABLE users ADD COLUMN handle text;
CREATE UNIQUE INDEX CONCURRENTLY users_handle_key ON users (handle);
ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE USING INDEX users_handle_key;

-- a lookup table holds a few rows
CREATE TABLE order_status (id int PRIMARY KEY, name text);
INSERT INTO order_status VALUES (1, 'new');
