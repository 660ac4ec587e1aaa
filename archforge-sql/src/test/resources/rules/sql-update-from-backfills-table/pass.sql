-- a batch: the WHERE filters rows besides joining
UPDATE orders o SET customer_name = c.name FROM customers c WHERE o.customer_id = c.id AND o.id BETWEEN 1 AND 10000;
-- a filter on a value, not a join
UPDATE orders o SET customer_name = c.name FROM customers c WHERE o.customer_id = c.id AND c.name IS NOT NULL;
-- no FROM: the WHERE filters
UPDATE orders SET archived = true WHERE placed_at < '2020-01-01';
-- a table created in this migration is empty
CREATE TABLE totals (order_id bigint PRIMARY KEY, total numeric);
UPDATE totals t SET total = o.total FROM orders o WHERE t.order_id = o.id;
