CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

-- the primary key starts with the foreign key's column
CREATE TABLE order_lines (order_id bigint REFERENCES orders, line int, PRIMARY KEY (order_id, line));

-- a two-column key is served by an index on the same columns in another order
CREATE TABLE shipments (order_id bigint, line int, FOREIGN KEY (order_id, line) REFERENCES order_lines);
CREATE INDEX shipments_line_order_idx ON shipments USING btree (line, order_id, id);

-- a unique constraint added later serves it too
CREATE TABLE profiles (customer_id bigint REFERENCES customers);
ALTER TABLE profiles ADD CONSTRAINT profiles_customer_key UNIQUE (customer_id);

-- tables these files never create: their indexes are unknown
ALTER TABLE legacy ADD CONSTRAINT legacy_customer_fk FOREIGN KEY (customer_id) REFERENCES customers;

-- archforge-ignore: sql-foreign-key-without-index customers are never deleted
CREATE TABLE notes (customer_id bigint REFERENCES customers);
