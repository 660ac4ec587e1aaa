-- the safe recipe (PostgreSQL 12+): a validated check lets SET NOT NULL skip the scan
ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_nn;

-- a check that is one term of an AND proves it too
ALTER TABLE orders ADD CONSTRAINT orders_nn CHECK ("total" IS NOT NULL AND (user_id IS NOT NULL)) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_nn;
ALTER TABLE orders ALTER COLUMN total SET NOT NULL, ALTER COLUMN user_id SET NOT NULL;

-- a table created in this migration is empty
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);
ALTER TABLE invoices ALTER COLUMN order_id SET NOT NULL;
