-- now() and current_timestamp are stable: the default is evaluated once and stored in the catalogue
ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE users ADD COLUMN updated_at timestamptz DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN token uuid;

-- the expand recipe: add without the volatile default, then set it for new rows only
ALTER TABLE users ADD COLUMN public_id uuid;
ALTER TABLE users ALTER COLUMN public_id SET DEFAULT gen_random_uuid();

-- a table created in this migration is empty
CREATE TABLE invoices (id bigint PRIMARY KEY);
ALTER TABLE invoices ADD COLUMN ref uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE invoices ADD COLUMN number bigserial;

-- a function whose name only ends like a volatile one
ALTER TABLE users ADD COLUMN bucket int DEFAULT my_random(3);

-- the function name is only text in a constant
ALTER TABLE users ADD COLUMN generator text NOT NULL DEFAULT 'random()';
