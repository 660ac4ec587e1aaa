-- the index is built concurrently first, then attached
CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;
CREATE UNIQUE INDEX CONCURRENTLY orders_pkey_idx ON orders (customer_id, number);
ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey_idx;

-- other constraints build no index
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;

-- a table created in this migration is empty
CREATE TABLE coupons (code text NOT NULL, order_id bigint);
ALTER TABLE coupons ADD PRIMARY KEY (code);
ALTER TABLE coupons ADD CONSTRAINT coupons_order_key UNIQUE (order_id);
