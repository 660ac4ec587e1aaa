-- a new table needs no lock on live rows
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);
CREATE INDEX invoices_order_idx ON invoices (order_id);
SET statement_timeout = '10min';

-- orders exists before this migration: reported once, at the first locking statement
ALTER TABLE orders ADD COLUMN invoice_id bigint; -- expect: sql-lock-timeout-missing "Statement locks existing table 'orders' without a lock_timeout"
CREATE INDEX orders_invoice_idx ON orders (invoice_id);
