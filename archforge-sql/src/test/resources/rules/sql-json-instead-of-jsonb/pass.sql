CREATE TABLE events (
  id bigint PRIMARY KEY,
  payload jsonb NOT NULL,
  json_schema_url text
);

-- converted later in the same review
CREATE TABLE audits (id bigint PRIMARY KEY, diff json);
ALTER TABLE audits ALTER COLUMN diff TYPE jsonb USING diff::jsonb;
