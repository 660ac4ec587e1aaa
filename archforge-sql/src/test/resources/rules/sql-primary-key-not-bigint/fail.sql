CREATE TABLE orders (
  id serial PRIMARY KEY, -- expect: sql-primary-key-not-bigint "Primary key 'id' of 'orders' is serial and runs out after 2,147,483,647 values"
  placed_at timestamptz NOT NULL
);

CREATE TABLE events (
  event_id integer NOT NULL, -- expect: sql-primary-key-not-bigint "Primary key 'event_id' of 'events' is integer and runs out after 2,147,483,647 values"
  payload jsonb
);
ALTER TABLE events ADD PRIMARY KEY (event_id);

CREATE TABLE flags (
  code smallint PRIMARY KEY -- expect: sql-primary-key-not-bigint "Primary key 'code' of 'flags' is smallint and runs out after 32,767 values"
);
