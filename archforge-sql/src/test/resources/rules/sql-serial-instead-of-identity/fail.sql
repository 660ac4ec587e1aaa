CREATE TABLE users (
  id serial PRIMARY KEY, -- expect: sql-serial-instead-of-identity "Column 'id' of 'users' is serial"
  email text NOT NULL
);
CREATE TABLE events (id bigserial PRIMARY KEY, kind smallint); -- expect: sql-serial-instead-of-identity "Column 'id' of 'events' is bigserial"
ALTER TABLE users ADD COLUMN position serial4; -- expect: sql-serial-instead-of-identity "Column 'position' of 'users' is serial"
CREATE TABLE kinds (id smallserial PRIMARY KEY); -- expect: sql-serial-instead-of-identity "Column 'id' of 'kinds' is smallserial"
