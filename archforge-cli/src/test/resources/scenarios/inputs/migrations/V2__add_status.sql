ALTER TABLE orders ADD COLUMN status text NOT NULL;
CREATE INDEX orders_status_idx ON orders (status);
-- archforge-ignore: sql-index-created-without-concurrently the table is empty in every environment
CREATE INDEX orders_customer_idx ON orders (customer_id);
