CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL,
  status text NOT NULL,
  placed_at timestamptz NOT NULL,
  UNIQUE (customer_id, placed_at)
);
CREATE INDEX orders_customer_idx ON orders (customer_id); -- expect: sql-index-redundant-prefix "Index 'orders_customer_idx' on 'orders' (customer_id) is a leading prefix of constraint 'orders_customer_id_placed_at_key' (customer_id, placed_at)"

CREATE INDEX orders_status_idx ON orders USING btree (status); -- expect: sql-index-redundant-prefix "Index 'orders_status_idx' on 'orders' (status) is a leading prefix of index 'orders_status_placed_idx' (status, placed_at)"
CREATE INDEX orders_status_placed_idx ON orders (status, placed_at);

CREATE INDEX orders_open_status ON orders (status) WHERE status <> 'done'; -- expect: sql-index-redundant-prefix "is a leading prefix of index 'orders_open_status_customer'"
CREATE INDEX orders_open_status_customer ON orders (status, customer_id) WHERE status <> 'done';

-- a b-tree scans both ways: descending keys are served by ascending ones
CREATE INDEX orders_status_desc ON orders (status DESC); -- expect: sql-index-redundant-prefix "Index 'orders_status_desc' on 'orders' (status DESC) is a leading prefix of index 'orders_status_placed_idx' (status, placed_at)"
