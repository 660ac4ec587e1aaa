-- serial throughout is the schema's convention: one finding naming the count (issue 13)
CREATE TABLE users (
  id serial PRIMARY KEY, -- expect: sql-serial-instead-of-identity "4 columns are serial, the schema's convention (first 'id' of 'users'); 0 are identity columns"
  email text NOT NULL
);
CREATE TABLE events (id bigserial PRIMARY KEY, kind smallint);
ALTER TABLE users ADD COLUMN position serial4;
CREATE TABLE kinds (id smallserial PRIMARY KEY);
