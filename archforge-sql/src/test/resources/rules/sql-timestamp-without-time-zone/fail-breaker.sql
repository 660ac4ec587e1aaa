-- the schema stores instants as timestamptz: a column without the zone breaks its convention
CREATE TABLE users (
  id bigint PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz,
  deleted_at timestamp(6) without time zone -- expect: sql-timestamp-without-time-zone "Column 'deleted_at' of 'users' is timestamp(6) without time zone"
);
