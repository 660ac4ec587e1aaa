CREATE TABLE events (
  id bigint PRIMARY KEY,
  history json[] -- expect: sql-json-instead-of-jsonb "Column 'history' of 'events' is json[]"
);
ALTER TABLE events ADD COLUMN metadata json; -- expect: sql-json-instead-of-jsonb "Column 'metadata' of 'events' is json"
