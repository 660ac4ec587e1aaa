-- events, orders and their indexes exist before this migration
VACUUM FULL events; -- expect: sql-blocking-maintenance "VACUUM FULL rewrites existing table 'events' under an ACCESS EXCLUSIVE lock"
VACUUM (FULL, ANALYZE) public.orders; -- expect: sql-blocking-maintenance "VACUUM FULL rewrites existing table 'public.orders'"
VACUUM FULL; -- expect: sql-blocking-maintenance "VACUUM FULL rewrites existing tables of the database"
CLUSTER VERBOSE orders USING orders_pkey; -- expect: sql-blocking-maintenance "CLUSTER rewrites existing table 'orders' under an ACCESS EXCLUSIVE lock"
REINDEX TABLE orders; -- expect: sql-blocking-maintenance "REINDEX without CONCURRENTLY blocks writes to existing table 'orders'"
REINDEX INDEX orders_customer_idx; -- expect: sql-blocking-maintenance "REINDEX without CONCURRENTLY blocks writes to existing index 'orders_customer_idx'"
REINDEX (VERBOSE) SCHEMA billing; -- expect: sql-blocking-maintenance "existing schema 'billing'"
