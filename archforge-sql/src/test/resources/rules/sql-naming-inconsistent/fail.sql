CREATE TABLE users (
  id bigint PRIMARY KEY, first_name text, last_name text, phone_number text, created_at timestamptz, updated_at timestamptz
);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, placed_at timestamptz, total_amount numeric);
CREATE TABLE order_lines (id bigint PRIMARY KEY, order_id bigint, product_id bigint, unit_price numeric);
CREATE TABLE invoices ( -- expect: sql-naming-inconsistent "Table 'invoices' uses camelCase names while the schema uses snake_case: invoiceNumber, dueDate"
  id bigint PRIMARY KEY,
  order_id bigint,
  "invoiceNumber" text,
  "dueDate" date
);
ALTER TABLE orders ADD COLUMN "shippedAt" timestamptz; -- expect: sql-naming-inconsistent "Table 'orders' uses camelCase names while the schema uses snake_case: shippedAt"
