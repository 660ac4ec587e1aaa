-- sessions exists before this migration
DROP TABLE sessions; -- expect: sql-table-dropped "Existing table 'sessions' is dropped"

-- expect: sql-table-dropped "Existing table 'audit.old_events' is dropped"
DROP TABLE IF EXISTS audit.old_events,
    -- expect: sql-table-dropped "Existing table 'old_event_types' is dropped"
    old_event_types CASCADE;

-- renamed here, but it existed before
ALTER TABLE carts RENAME TO carts_old;
DROP TABLE carts_old; -- expect: sql-table-dropped "Existing table 'carts_old' is dropped"
