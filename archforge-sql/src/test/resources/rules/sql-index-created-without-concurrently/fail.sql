-- users exists before this migration
CREATE INDEX users_email_idx ON users (email); -- expect: sql-index-created-without-concurrently "Index 'users_email_idx' on existing table 'users' is created without CONCURRENTLY"
CREATE UNIQUE INDEX ON public.accounts (lower(name)); -- expect: sql-index-created-without-concurrently "Index on existing table 'public.accounts' is created without CONCURRENTLY"

-- altered here, but created elsewhere
ALTER TABLE orders ADD COLUMN note text;
CREATE INDEX orders_note_idx ON orders (note); -- expect: sql-index-created-without-concurrently "Index 'orders_note_idx' on existing table 'orders'"
