-- a unique index on lower(email) is case-insensitive
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX users_lower_email_idx ON users (lower(email));

-- citext compares case-insensitively
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE accounts (id bigint PRIMARY KEY, email citext NOT NULL UNIQUE);

-- the plain unique constraint is there, but so is a unique index on lower(email)
CREATE TABLE people (id bigint PRIMARY KEY, email text UNIQUE);
CREATE UNIQUE INDEX people_email_lower_idx ON people (lower(email));

-- a CHECK keeps the addresses lower case, so the plain index is enough
CREATE TABLE customers (
  id bigint PRIMARY KEY,
  email text NOT NULL UNIQUE,
  CONSTRAINT customers_email_lower CHECK (email = lower(email))
);

-- commit authors are matched as written, with their name: not an account key
CREATE TABLE commit_users (id bigint PRIMARY KEY, name text, email text);
CREATE UNIQUE INDEX commit_users_name_email_idx ON commit_users (name, email);

-- not an address: a flag and a foreign key to the address table
CREATE TABLE email_settings (user_id bigint PRIMARY KEY, email_id bigint UNIQUE, email_verified boolean);

-- converted to citext later in the review
CREATE TABLE staff (id bigint PRIMARY KEY, email text UNIQUE);
ALTER TABLE staff ALTER COLUMN email TYPE citext;

-- the unique constraint is dropped by a later migration
CREATE TABLE operators (id bigint PRIMARY KEY, email varchar NOT NULL UNIQUE);
ALTER TABLE operators DROP CONSTRAINT IF EXISTS operators_email_key;
