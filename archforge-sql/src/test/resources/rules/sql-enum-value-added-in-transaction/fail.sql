BEGIN;
ALTER TYPE order_state ADD VALUE 'refunded'; -- expect: sql-enum-value-added-in-transaction "Value 'refunded' is added to enum type 'order_state' inside a transaction block"
UPDATE orders SET state = 'refunded' WHERE refunded_at IS NOT NULL;
COMMIT;

START TRANSACTION;
SAVEPOINT before_enum;
-- expect: sql-enum-value-added-in-transaction "Value 'archived' is added to enum type 'billing.invoice_state'"
ALTER TYPE billing.invoice_state ADD VALUE IF NOT EXISTS 'archived' AFTER 'paid';
COMMIT;
