-- users and events exist before this migration; their types are unknown here
ALTER TABLE users ALTER COLUMN id TYPE bigint; -- expect: sql-column-type-change-rewrites "Type of column 'id' of existing table 'users' changes to bigint, which rewrites the table"
ALTER TABLE events ALTER COLUMN payload SET DATA TYPE jsonb USING payload::jsonb; -- expect: sql-column-type-change-rewrites "Type of column 'payload' of existing table 'events' changes to jsonb"

-- known types: the table is altered earlier in this file
ALTER TABLE accounts ADD COLUMN score integer, ADD COLUMN seen timestamp, ADD COLUMN code char(8);
ALTER TABLE accounts ALTER COLUMN score TYPE bigint; -- expect: sql-column-type-change-rewrites "changes from integer to bigint, which rewrites the table"
ALTER TABLE accounts ALTER COLUMN seen TYPE timestamptz; -- expect: sql-column-type-change-rewrites "changes from timestamp without time zone to timestamp with time zone, which rewrites the table unless the session time zone is UTC"
ALTER TABLE accounts ALTER COLUMN code TYPE text; -- expect: sql-column-type-change-rewrites "changes from character(8) to text"
