-- orders and sessions exist before this migration
ALTER TABLE orders ADD COLUMN currency text;
UPDATE orders SET currency = 'EUR'; -- expect: sql-dml-without-where "UPDATE without WHERE changes every row of existing table 'orders'"
DELETE FROM public.sessions; -- expect: sql-dml-without-where "DELETE without WHERE changes every row of existing table 'public.sessions'"

-- expect: sql-dml-without-where "UPDATE without WHERE changes every row of existing table 'accounts'"
WITH totals AS (SELECT account_id, sum(amount) AS s FROM payments GROUP BY account_id)
UPDATE accounts SET balance = 0;
