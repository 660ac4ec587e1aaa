-- A deliberately flawed shop schema, reviewed in schema mode with every rule (opt-in ones too).
-- Every finding the review must keep making is marked on its line.
CREATE TABLE customers (
  id serial PRIMARY KEY, -- expect: sql-serial-instead-of-identity "Column 'id' of 'customers' is serial" -- expect: sql-primary-key-not-bigint "Primary key 'id' of 'customers' is serial and runs out after 2,147,483,647 values"
  email varchar(255) NOT NULL, -- expect: sql-varchar-length-arbitrary "3 varchar columns have round-number limits, the schema's habit (first 'email' of 'customers')"
  name varchar(100),
  city varchar(50),
  slug text, -- expect: sql-natural-key-without-unique "Column 'slug' of 'customers' looks like a natural key"
  status text NOT NULL DEFAULT 'active', -- expect: sql-status-without-constraint "Column 'status' of 'customers' is text"
  created_at timestamp NOT NULL -- expect: sql-timestamp-without-time-zone "Column 'created_at' of 'customers' is timestamp without time zone"
);
CREATE UNIQUE INDEX customers_email_key ON customers (email); -- expect: sql-email-unique-case-sensitive "Unique index 'customers_email_key' on 'customers' (email) compares e-mail addresses case-sensitively"
CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, slug text NOT NULL); -- expect: sql-natural-key-without-unique "Column 'slug' of 'accounts' looks like a natural key"

CREATE TABLE orders ( -- expect: sql-naming-inconsistent "Table 'orders' uses camelCase names while the schema uses snake_case: orderDate"
  id serial PRIMARY KEY, -- expect: sql-serial-instead-of-identity "Column 'id' of 'orders' is serial" -- expect: sql-primary-key-not-bigint "Primary key 'id' of 'orders' is serial"
  customer_id integer REFERENCES customers (id) ON DELETE CASCADE, -- expect: sql-foreign-key-without-index "Foreign key on 'orders' (customer_id) has no index"
  total double precision NOT NULL, -- expect: sql-money-as-float "Column 'total' of 'orders' stores money as double precision"
  placed_at timestamptz NOT NULL,
  shipped_at timestamptz,
  note char(200), -- expect: sql-char-type "Column 'note' of 'orders' is character(200)"
  options json, -- expect: sql-json-instead-of-jsonb "Column 'options' of 'orders' is json"
  "orderDate" date -- expect: sql-identifier-quoted-mixed-case "orderDate"
);
CREATE INDEX orders_placed_idx ON orders (placed_at); -- expect: sql-index-redundant-prefix "Index 'orders_placed_idx' on 'orders' (placed_at) is a leading prefix of index 'orders_placed_shipped_idx'"
CREATE INDEX orders_placed_again_idx ON orders (placed_at); -- expect: sql-index-duplicate "Index 'orders_placed_again_idx' on 'orders' (placed_at) duplicates index 'orders_placed_idx'" -- expect: sql-index-redundant-prefix "Index 'orders_placed_again_idx' on 'orders' (placed_at) is a leading prefix"
CREATE INDEX orders_placed_shipped_idx ON orders (placed_at, shipped_at);

CREATE TABLE order_events ( -- expect: sql-table-without-primary-key "Table 'order_events' has no primary key"
  -- expect: sql-foreign-key-nullable "Foreign key column 'order_id' of 'order_events' is nullable"
  order_id bigint REFERENCES orders (id),
  happened timestamptz,
  "user" text -- expect: sql-reserved-word-identifier "Column 'user' of 'order_events' is named with the reserved key word user"
);

CREATE TABLE product_attributes ( -- expect: sql-entity-attribute-value "Table 'product_attributes' stores entity-attribute-value rows"
  id bigint PRIMARY KEY,
  product_id bigint NOT NULL,
  attribute_name text NOT NULL,
  value text
);

CREATE FUNCTION customer_is_active(cid integer) RETURNS boolean LANGUAGE sql AS $$
  SELECT status = 'active' FROM customers WHERE id = cid
$$;
CREATE TABLE carts (
  id bigint PRIMARY KEY,
  customer_id integer NOT NULL CHECK (customer_is_active(customer_id)) -- expect: sql-check-reads-other-tables "calls customer_is_active(), which reads other tables"
);
ALTER TABLE carts ALTER COLUMN customer_id SET DEFAULT NOT NULL; -- expect: sql-default-set-to-not-null "Column 'customer_id' of 'carts' gets the default NOT NULL"
