CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status text NOT NULL DEFAULT 'pending', -- expect: sql-status-without-constraint "Column 'status' of 'orders' is text with no CHECK constraint on its values"
  payment_status character varying(20) -- expect: sql-status-without-constraint "Column 'payment_status' of 'orders' is character varying(20)"
);

ALTER TABLE orders ADD COLUMN state text; -- expect: sql-status-without-constraint "Column 'state' of 'orders' is text"

-- a CHECK on another column does not restrict this one
CREATE TABLE jobs (
  id bigint PRIMARY KEY,
  status text, -- expect: sql-status-without-constraint "Column 'status' of 'jobs'"
  attempts integer CHECK (attempts >= 0)
);
