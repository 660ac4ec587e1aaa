SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN invoice_id bigint;
CREATE INDEX orders_invoice_idx ON orders (invoice_id);
DROP TABLE old_orders;
