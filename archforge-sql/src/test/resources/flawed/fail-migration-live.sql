-- A deliberately flawed migration against a live database (migrations: online), reviewed in
-- migration mode with every rule (opt-in ones too). users, orders, sessions, audit_entries and
-- teams exist before it.
ALTER TABLE users ADD COLUMN handle text UNIQUE; -- expect: sql-unique-column-added-to-existing-table "Column 'handle' is added to existing table 'users' with an inline unique key" -- expect: sql-lock-timeout-missing "Statement locks existing table 'users' without a lock_timeout"
ALTER TABLE users ADD COLUMN tier text NOT NULL; -- expect: sql-not-null-column-without-default "Column 'tier' is added to existing table 'users' as NOT NULL without a DEFAULT"
ALTER TABLE users ADD COLUMN public_id uuid DEFAULT gen_random_uuid(); -- expect: sql-volatile-default-rewrites-table "Column 'public_id' is added to existing table 'users' with volatile default gen_random_uuid()"
ALTER TABLE users ALTER COLUMN id TYPE bigint; -- expect: sql-column-type-change-rewrites "Type of column 'id' of existing table 'users' changes to bigint, which rewrites the table"
ALTER TABLE users ALTER COLUMN email SET NOT NULL; -- expect: sql-set-not-null-without-check "Column 'email' of existing table 'users' is SET NOT NULL without a validated CHECK"
ALTER TABLE users RENAME COLUMN name TO full_name; -- expect: sql-column-renamed "Column 'name' of existing table 'users' is renamed to 'full_name'"
ALTER TABLE users DROP COLUMN legacy_login; -- expect: sql-column-dropped "Column 'legacy_login' is dropped from existing table 'users'"

CREATE INDEX orders_user_idx ON orders (user_id); -- expect: sql-index-created-without-concurrently "Index 'orders_user_idx' on existing table 'orders' is created without CONCURRENTLY"
DROP INDEX orders_old_idx; -- expect: sql-index-dropped-without-concurrently "Index 'orders_old_idx' is dropped without CONCURRENTLY"
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id); -- expect: sql-foreign-key-without-not-valid "Foreign key 'orders_user_fk' (user_id) on existing table 'orders' references 'users' without NOT VALID"
ALTER TABLE orders ADD CONSTRAINT orders_total_ck CHECK (total >= 0); -- expect: sql-check-without-not-valid "CHECK constraint 'orders_total_ck' is added to existing table 'orders' without NOT VALID"
ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE (number); -- expect: sql-unique-constraint-without-index "UNIQUE constraint 'orders_number_key' is added to existing table 'orders' without USING INDEX"
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ALTER COLUMN note TYPE varchar(20); -- expect: sql-column-type-narrowed "Type of column 'note' of existing table 'orders' is narrowed from text to character varying(20)"
UPDATE orders SET archived = false; -- expect: sql-dml-without-where "UPDATE without WHERE changes every row of existing table 'orders'"
UPDATE orders o SET user_email = u.email FROM users u WHERE o.user_id = u.id; -- expect: sql-update-from-backfills-table "UPDATE ... FROM on existing table 'orders' only joins in its WHERE"
CLUSTER orders USING orders_pkey; -- expect: sql-blocking-maintenance "CLUSTER rewrites existing table 'orders' under an ACCESS EXCLUSIVE lock"

ALTER TABLE teams RENAME TO groups; -- expect: sql-table-renamed "Existing table 'teams' is renamed to 'groups'"
DROP TABLE sessions; -- expect: sql-table-dropped "Existing table 'sessions' is dropped"
