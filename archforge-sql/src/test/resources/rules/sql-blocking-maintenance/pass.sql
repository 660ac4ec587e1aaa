-- online forms
VACUUM events;
VACUUM (ANALYZE, VERBOSE) orders;
ANALYZE orders;
REINDEX TABLE CONCURRENTLY orders;
REINDEX (VERBOSE) INDEX CONCURRENTLY orders_customer_idx;

-- a table created in this migration is new
CREATE TABLE staging_rows (id bigint PRIMARY KEY, payload jsonb);
CREATE INDEX staging_rows_payload_idx ON staging_rows USING gin (payload);
CLUSTER staging_rows USING staging_rows_pkey;
REINDEX INDEX staging_rows_payload_idx;
VACUUM FULL staging_rows;

-- archforge-ignore: sql-blocking-maintenance runs in the monthly maintenance window
CLUSTER edits USING edits_pkey;
