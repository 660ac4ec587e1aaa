-- archforge-ignore: sql-column-dropped the code stopped reading it in release 4.2
ALTER TABLE users DROP COLUMN legacy_login;
-- archforge-ignore: sql-table-without-primary-key, sql-timestamp-without-time-zone: append-only log
CREATE TABLE events (at timestamp, body jsonb);
/* archforge-ignore: sql-table-dropped archived to s3 first */
DROP TABLE old_sessions;
