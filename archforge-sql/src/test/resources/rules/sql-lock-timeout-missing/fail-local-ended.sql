BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE users ADD COLUMN nickname text;
COMMIT;

-- SET LOCAL ended with the transaction above
DROP INDEX users_name_idx; -- expect: sql-lock-timeout-missing "Statement locks existing table of index 'users_name_idx'"
