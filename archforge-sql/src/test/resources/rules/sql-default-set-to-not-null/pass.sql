CREATE TABLE users (id bigint PRIMARY KEY, email text, status text);
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users ALTER COLUMN status SET DEFAULT 'active';
-- a default that merely contains the words is a real default
ALTER TABLE users ALTER COLUMN status SET DEFAULT 'not null';
