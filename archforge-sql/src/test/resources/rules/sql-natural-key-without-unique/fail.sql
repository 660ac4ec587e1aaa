CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL, -- expect: sql-natural-key-without-unique "Column 'email' of 'users' looks like a natural key but no unique constraint or index covers it"
  username varchar(64) NOT NULL -- expect: sql-natural-key-without-unique "Column 'username' of 'users'"
);
-- a plain index speeds up lookups but does not stop duplicates
CREATE INDEX users_email_idx ON users (email);

CREATE TABLE posts (
  id bigint PRIMARY KEY,
  title text NOT NULL,
  slug text NOT NULL -- expect: sql-natural-key-without-unique "Column 'slug' of 'posts'"
);
CREATE INDEX posts_slug_idx ON posts (slug);

-- staff sign in with their user name
CREATE TABLE staff (id bigint PRIMARY KEY, username text NOT NULL); -- expect: sql-natural-key-without-unique "Column 'username' of 'staff'"

CREATE TABLE products (id bigint PRIMARY KEY, name text);
ALTER TABLE products ADD COLUMN sku text NOT NULL; -- expect: sql-natural-key-without-unique "Column 'sku' of 'products'"
