CREATE TABLE users (
  id bigint PRIMARY KEY,
  created_at timestamp NOT NULL DEFAULT now(), -- expect: sql-timestamp-without-time-zone "Column 'created_at' of 'users' is timestamp without time zone"
  updated_at timestamp(6) without time zone, -- expect: sql-timestamp-without-time-zone "Column 'updated_at' of 'users' is timestamp(6) without time zone"
  logins timestamp[] -- expect: sql-timestamp-without-time-zone "Column 'logins' of 'users' is timestamp without time zone[]"
);
ALTER TABLE users ADD COLUMN deleted_at timestamp; -- expect: sql-timestamp-without-time-zone "Column 'deleted_at' of 'users' is timestamp without time zone"
