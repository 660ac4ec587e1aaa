-- a key-value settings table without an entity is configuration, not EAV
CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);

-- a real entity that happens to have a name and a value
CREATE TABLE invoice_lines (
  id bigint PRIMARY KEY,
  invoice_id bigint NOT NULL,
  name text NOT NULL,
  value numeric(12, 2) NOT NULL,
  quantity integer NOT NULL,
  tax_rate numeric(5, 2),
  discount numeric(12, 2)
);

-- typed columns instead of attribute rows
CREATE TABLE product_details (product_id bigint PRIMARY KEY, color text, weight_grams integer);
