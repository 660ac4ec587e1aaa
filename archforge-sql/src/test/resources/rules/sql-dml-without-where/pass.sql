-- a backfill in a bounded range
UPDATE orders SET currency = 'EUR' WHERE id BETWEEN 1 AND 10000 AND currency IS NULL;
DELETE FROM sessions WHERE expires_at < now();

-- a table created in this migration holds only what the migration put there
CREATE TABLE currencies (code text PRIMARY KEY, name text);
INSERT INTO currencies VALUES ('EUR', 'Euro');
UPDATE currencies SET name = upper(name);
DELETE FROM currencies;

-- a subquery's WHERE is not the statement's, but this one has its own
UPDATE accounts SET balance = (SELECT sum(amount) FROM payments p WHERE p.account_id = accounts.id) WHERE active;

-- archforge-ignore: sql-dml-without-where a lookup table of twelve rows
UPDATE order_states SET label = lower(label);
