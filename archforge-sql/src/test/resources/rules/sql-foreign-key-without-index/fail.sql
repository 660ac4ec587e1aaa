-- a key that cascades says rows of customers are deleted: every key to customers needs an index
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE, -- expect: sql-foreign-key-without-index "Foreign key on 'orders' (customer_id) has no index starting with its columns"
  placed_by bigint,
  CONSTRAINT orders_placed_by_fk FOREIGN KEY (placed_by) REFERENCES customers -- expect: sql-foreign-key-without-index "Foreign key 'orders_placed_by_fk' on 'orders' (placed_by) has no index"
);

CREATE TABLE lines (order_id bigint, product_id bigint, qty int);
ALTER TABLE ONLY lines
  ADD CONSTRAINT lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE; -- expect: sql-foreign-key-without-index "Foreign key 'lines_order_fk' on 'lines' (order_id) has no index"

-- the index covers product_id but does not start with it
CREATE INDEX lines_qty_product_idx ON lines (qty, product_id);
-- a partial index does not serve the lookups of a foreign key
CREATE INDEX lines_product_partial_idx ON lines (product_id) WHERE qty > 0;
ALTER TABLE lines ADD FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE SET NULL; -- expect: sql-foreign-key-without-index "on 'lines' (product_id) has no index"
