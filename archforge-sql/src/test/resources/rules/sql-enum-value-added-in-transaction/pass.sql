-- outside a transaction block (the migration runs without a transaction)
ALTER TYPE order_state ADD VALUE 'refunded';

BEGIN;
ALTER TYPE order_state RENAME VALUE 'canceled' TO 'cancelled';
COMMIT;

-- after the block ended
ALTER TYPE order_state ADD VALUE 'disputed' BEFORE 'refunded';

BEGIN;
ALTER TABLE orders ADD COLUMN note text;
ROLLBACK;
ALTER TYPE order_state ADD VALUE 'on_hold';
