BEGIN;
CREATE INDEX CONCURRENTLY users_email_idx ON users (email); -- expect: sql-index-concurrently-in-transaction "CREATE INDEX CONCURRENTLY 'users_email_idx' on 'users' runs inside the transaction block opened on line 1"
DROP INDEX CONCURRENTLY IF EXISTS users_name_idx; -- expect: sql-index-concurrently-in-transaction "DROP INDEX CONCURRENTLY 'users_name_idx' runs inside"
REINDEX INDEX CONCURRENTLY orders_pkey; -- expect: sql-index-concurrently-in-transaction "REINDEX CONCURRENTLY runs inside the transaction block"
COMMIT;

BEGIN;
SAVEPOINT before_cleanup;
DELETE FROM users WHERE email IS NULL;
ROLLBACK TO SAVEPOINT before_cleanup;
CREATE INDEX CONCURRENTLY users_login_idx ON users (login); -- expect: sql-index-concurrently-in-transaction "CREATE INDEX CONCURRENTLY 'users_login_idx' on 'users' runs inside the transaction block opened on line 7"
COMMIT;

START TRANSACTION;
ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY; -- expect: sql-index-concurrently-in-transaction "DETACH PARTITION CONCURRENTLY 'measurements_2020' runs inside the transaction block opened on line 14"
CREATE UNIQUE INDEX CONCURRENTLY ON accounts (lower(name)); -- expect: sql-index-concurrently-in-transaction "CREATE INDEX CONCURRENTLY on 'accounts'"
END;
