-- the safe recipe: add NOT VALID (instant), then validate under a weaker lock
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;

-- a new column without a default is NULL in every row: PostgreSQL skips the check
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);

-- a table created in this migration is empty
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL);
ALTER TABLE invoices ADD CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);

-- other constraints are other rules' business
ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE USING INDEX orders_number_idx;
