-- nothing in this schema says rows of customers, orders or products are deleted (no key acts on
-- delete): the unindexed keys cost nothing on deletes, so they are not reported (issue 13: keys to
-- immutable or never-deleted parents were noise on MusicBrainz)
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  placed_by bigint,
  CONSTRAINT orders_placed_by_fk FOREIGN KEY (placed_by) REFERENCES customers
);

CREATE TABLE lines (order_id bigint, product_id bigint, qty int);
ALTER TABLE ONLY lines
  ADD CONSTRAINT lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);

-- the index covers product_id but does not start with it
CREATE INDEX lines_qty_product_idx ON lines (qty, product_id);
-- a partial index does not serve the lookups of a foreign key
CREATE INDEX lines_product_partial_idx ON lines (product_id) WHERE qty > 0;
ALTER TABLE lines ADD FOREIGN KEY (product_id) REFERENCES products (id);
