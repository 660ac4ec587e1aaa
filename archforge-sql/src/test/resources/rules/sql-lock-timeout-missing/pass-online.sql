-- statements that take no blocking lock on an existing table
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);
DROP INDEX CONCURRENTLY orders_old_idx;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
REINDEX INDEX CONCURRENTLY orders_customer_idx;
VACUUM ANALYZE orders;
UPDATE orders SET note = NULL WHERE id < 1000;
CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint);
ALTER TABLE refunds ADD CONSTRAINT refunds_order_fk FOREIGN KEY (order_id) REFERENCES refunds (id);

-- archforge-ignore: sql-lock-timeout-missing the runner sets lock_timeout for the session
ALTER TABLE orders ADD COLUMN refund_id bigint;
