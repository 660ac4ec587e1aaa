SET lock_timeout = 0;
-- expect: sql-lock-timeout-missing "Statement locks existing table 'events' without a lock_timeout"
VACUUM FULL events;
