CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  total_amount numeric(12, 2) NOT NULL,
  price_cents bigint,
  latitude double precision,
  discount_ratio real,
  costume text
);

-- fixed later in the same review: only the final type counts
CREATE TABLE payments (id bigint PRIMARY KEY, amount double precision);
ALTER TABLE payments ALTER COLUMN amount TYPE numeric(12, 2);
