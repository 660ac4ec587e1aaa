CREATE TABLE users (
  id bigint PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamp with time zone,
  birthday date,
  opens_at time
);

-- converted later in the same review
CREATE TABLE events (id bigint PRIMARY KEY, at timestamp);
ALTER TABLE events ALTER COLUMN at TYPE timestamptz USING at AT TIME ZONE 'UTC';
