-- expect: sql-ignore-reason-missing "archforge-ignore of 'sql-column-dropped' gives no reason"
-- archforge-ignore: sql-column-dropped
ALTER TABLE users DROP COLUMN legacy_login;

-- a separator is not a reason
-- expect: sql-ignore-reason-missing "archforge-ignore of 'sql-table-without-primary-key', 'sql-timestamp-without-time-zone' gives no reason"
-- archforge-ignore: sql-table-without-primary-key, sql-timestamp-without-time-zone -
CREATE TABLE events (at timestamp, body jsonb);

-- expect: sql-ignore-reason-missing "archforge-ignore of 'sql-table-dropped' gives no reason"
/* archforge-ignore: sql-table-dropped */
DROP TABLE old_sessions;
