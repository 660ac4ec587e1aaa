CREATE TABLE users (id bigint PRIMARY KEY, email text);
ALTER TABLE users ALTER COLUMN email SET DEFAULT NOT NULL; -- expect: sql-default-set-to-not-null "Column 'email' of 'users' gets the default NOT NULL, which is NULL; the column stays nullable"
ALTER TABLE orders
  ALTER COLUMN note SET DEFAULT (not null); -- expect: sql-default-set-to-not-null "Column 'note' of 'orders' gets the default NOT NULL"
