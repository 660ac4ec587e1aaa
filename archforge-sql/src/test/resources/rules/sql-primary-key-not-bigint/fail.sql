-- 32-bit keys throughout are the schema's convention: one finding naming the count (issue 13);
-- the rule is opt-in, and lookup tables are left out
CREATE TABLE orders (
  id serial PRIMARY KEY, -- expect: sql-primary-key-not-bigint "3 primary keys are 32-bit or smaller, the schema's convention (first 'id' of 'orders'); 0 are bigint"
  placed_at timestamptz NOT NULL
);

CREATE TABLE events (
  event_id integer NOT NULL,
  payload jsonb
);
ALTER TABLE events ADD PRIMARY KEY (event_id);

CREATE TABLE flags (
  code smallint PRIMARY KEY
);
