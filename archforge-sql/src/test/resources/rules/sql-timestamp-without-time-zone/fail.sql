-- timestamp without time zone throughout is the schema's convention: one finding naming the count (issue 13)
CREATE TABLE users (
  id bigint PRIMARY KEY,
  created_at timestamp NOT NULL DEFAULT now(), -- expect: sql-timestamp-without-time-zone "4 columns are timestamp without time zone, the schema's convention (first 'created_at' of 'users'); 0 are timestamp with time zone"
  updated_at timestamp(6) without time zone,
  logins timestamp[]
);
ALTER TABLE users ADD COLUMN deleted_at timestamp;
