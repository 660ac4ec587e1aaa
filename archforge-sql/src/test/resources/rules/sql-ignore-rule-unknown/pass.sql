-- every id names a SQL rule
-- archforge-ignore: sql-column-dropped the code stopped reading it in release 4.2
ALTER TABLE users DROP COLUMN legacy_login;
-- archforge-ignore: sql-table-without-primary-key, sql-timestamp-without-time-zone append-only log
CREATE TABLE events (at timestamp, body jsonb);
/* archforge-ignore: sql-table-dropped archived first */
DROP TABLE old_sessions;

-- words after the ids are the reason, not more ids
-- archforge-ignore: sql-column-dropped, because the column is derived
ALTER TABLE orders DROP COLUMN total_cache;

-- a comment that only mentions archforge-ignore without its colon is not an ignore comment
SELECT 1;
