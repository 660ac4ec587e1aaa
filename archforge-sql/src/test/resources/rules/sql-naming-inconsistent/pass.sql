-- one style throughout: single words fit any style
CREATE TABLE users (id bigint PRIMARY KEY, first_name text, last_name text, created_at timestamptz, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, placed_at timestamptz, total_amount numeric);
CREATE TABLE order_lines (id bigint PRIMARY KEY, order_id bigint, product_id bigint, unit_price numeric);

-- unquoted camelCase folds to lower case, so the database sees snake-compatible names
CREATE TABLE invoices (id bigint PRIMARY KEY, invoiceNumber text, dueDate date);

-- quoted upper-case names are neither style
CREATE TABLE "LEGACY_CODES" ("CODE" text, "DESCRIPTION" text);
