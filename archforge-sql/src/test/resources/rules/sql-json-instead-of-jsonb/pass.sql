CREATE TABLE events (
  id bigint PRIMARY KEY,
  payload jsonb NOT NULL,
  json_schema_url text
);

-- converted later in the same review
CREATE TABLE audits (id bigint PRIMARY KEY, diff json);
ALTER TABLE audits ALTER COLUMN diff TYPE jsonb USING diff::jsonb;

-- a document kept exactly as sent or received: json keeps its text (issue 13: webhook payloads,
-- audit payloads and replication data were all deliberate)
CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL, response json);
