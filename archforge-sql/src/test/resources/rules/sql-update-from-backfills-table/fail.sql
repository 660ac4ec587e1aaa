-- orders and customers exist before this migration
UPDATE orders o SET customer_name = c.name FROM customers c WHERE o.customer_id = c.id; -- expect: sql-update-from-backfills-table "UPDATE ... FROM on existing table 'orders' only joins in its WHERE: every matching row is rewritten in one transaction"
UPDATE public.line_items AS li -- expect: sql-update-from-backfills-table "existing table 'public.line_items'"
SET price = p.price
FROM products p, orders o
WHERE li.product_id = p.id AND li.order_id = o.id;
