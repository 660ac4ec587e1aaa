CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL,
  status text NOT NULL,
  placed_at timestamptz NOT NULL
);
CREATE INDEX orders_status_placed_idx ON orders (status, placed_at);

-- not a leading prefix
CREATE INDEX orders_placed_idx ON orders (placed_at);
-- a unique index enforces something the longer one does not
CREATE UNIQUE INDEX orders_status_key ON orders (status) WHERE status = 'checkout';
-- another predicate or method
CREATE INDEX orders_open_status ON orders (status) WHERE status <> 'done';
CREATE INDEX orders_status_brin ON orders USING brin (status);
-- an INCLUDE column the longer index does not carry
CREATE INDEX orders_status_cover ON orders (status) INCLUDE (customer_id);
-- the longer index is a GIN index
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_customer_status_gin ON orders USING gin (customer_id, status);
-- mixed directions: (id, placed_at DESC) is not (id, placed_at) read either way
CREATE INDEX orders_id_placed_status ON orders (id, placed_at, status);
CREATE INDEX orders_id_placed_desc ON orders (id, placed_at DESC);
