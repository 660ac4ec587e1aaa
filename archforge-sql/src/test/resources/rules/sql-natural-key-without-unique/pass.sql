CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL UNIQUE,
  username varchar(64) NOT NULL
);
CREATE UNIQUE INDEX users_lower_username_idx ON users (lower(username));

-- unique per tenant, and unique among rows not deleted
CREATE TABLE projects (
  id bigint PRIMARY KEY,
  organization_id bigint NOT NULL,
  slug text NOT NULL,
  external_id text,
  provider text,
  deleted_at timestamptz,
  UNIQUE (organization_id, slug)
);
CREATE UNIQUE INDEX projects_external_idx ON projects (provider, external_id) WHERE deleted_at IS NULL;

-- unique together with another column: a deliberate choice of scope
CREATE TABLE commit_users (id bigint PRIMARY KEY, name text NOT NULL, email text NOT NULL);
CREATE UNIQUE INDEX commit_users_name_email_idx ON commit_users (name, email);

-- the natural key is the primary key
CREATE TABLE books (isbn text PRIMARY KEY, title text);

-- history and log tables repeat keys on purpose
CREATE TABLE users_history (id bigint PRIMARY KEY, user_id bigint, email text, username text);
CREATE TABLE login_events (id bigint PRIMARY KEY, login text, succeeded boolean);

-- an e-mail on an order or a billing customer is a contact address, not the row's key
CREATE TABLE orders (id bigint PRIMARY KEY, email text, total numeric(12, 2));
CREATE TABLE customers (id bigint PRIMARY KEY, external_id text UNIQUE, email text);

-- a boolean named like a key, and a key that refers to another table
CREATE TABLE accounts (id bigint PRIMARY KEY, login boolean, handle text REFERENCES handles (handle));
