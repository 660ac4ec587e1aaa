-- users and events exist before this migration; their types are unknown here
ALTER TABLE users ALTER COLUMN id TYPE bigint; -- expect: sql-column-type-change-rewrites "Type of column 'id' of existing table 'users' changes to bigint, which rewrites the table"
ALTER TABLE events ALTER COLUMN payload SET DATA TYPE jsonb USING payload::jsonb; -- expect: sql-column-type-change-rewrites "Type of column 'payload' of existing table 'events' changes to jsonb"

-- known types: the table is altered earlier in this file; three statements rewrite it three
-- times, so they are one finding listing the columns (issue 13: one finding per rewrite)
ALTER TABLE accounts ADD COLUMN score integer, ADD COLUMN seen timestamp, ADD COLUMN code char(8);
ALTER TABLE accounts ALTER COLUMN score TYPE bigint; -- expect: sql-column-type-change-rewrites "Types of 3 columns of existing table 'accounts' change in 3 ALTER TABLE statements, each of which rewrites the table (one statement would rewrite it once): 'score' (from integer to bigint), 'seen' (from timestamp without time zone to timestamp with time zone), 'code' (from character(8) to text); the timestamp changes rewrite it unless the session time zone is UTC"
ALTER TABLE accounts ALTER COLUMN seen TYPE timestamptz;
ALTER TABLE accounts ALTER COLUMN code TYPE text;

-- one statement, two columns: one rewrite, one finding
ALTER TABLE orders ADD COLUMN total integer, ADD COLUMN placed timestamp;
ALTER TABLE orders
  ALTER COLUMN total TYPE bigint, -- expect: sql-column-type-change-rewrites "Types of 2 columns of existing table 'orders' change in one ALTER TABLE, which rewrites the table: 'total' (from integer to bigint), 'placed' (from timestamp without time zone to timestamp with time zone); the timestamp changes rewrite it unless the session time zone is UTC"
  ALTER COLUMN placed TYPE timestamptz;

-- a single change keeps the old wording, with its caveat
ALTER TABLE invoices ADD COLUMN issued timestamp;
ALTER TABLE invoices ALTER COLUMN issued TYPE timestamptz; -- expect: sql-column-type-change-rewrites "changes from timestamp without time zone to timestamp with time zone, which rewrites the table unless the session time zone is UTC"
