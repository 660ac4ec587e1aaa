-- users exists before this migration
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
DROP INDEX users_email_idx; -- expect: sql-index-dropped-without-concurrently "Index 'users_email_idx' on existing table 'users' is dropped without CONCURRENTLY"

-- an index the files never show
DROP INDEX IF EXISTS public.orders_note_idx; -- expect: sql-index-dropped-without-concurrently "Index 'public.orders_note_idx' is dropped without CONCURRENTLY"

-- an existing index, renamed first
ALTER INDEX orders_created_idx RENAME TO orders_created_at_idx;
DROP INDEX orders_created_at_idx; -- expect: sql-index-dropped-without-concurrently "Index 'orders_created_at_idx' is dropped without CONCURRENTLY"
