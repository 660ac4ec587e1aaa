CREATE TABLE users (
  id bigint PRIMARY KEY UNIQUE, -- expect: sql-index-duplicate "Unique constraint on 'users' (id) duplicates the primary key 'users_pkey'"
  email text NOT NULL,
  org_id bigint,
  deleted_at timestamptz
);
CREATE UNIQUE INDEX index_users_on_id ON users (id); -- expect: sql-index-duplicate "Index 'index_users_on_id' on 'users' (id) duplicates the index of constraint 'users_pkey'"

CREATE INDEX users_email_idx ON users (email);
CREATE INDEX users_email_idx2 ON users USING btree (email); -- expect: sql-index-duplicate "Index 'users_email_idx2' on 'users' (email) duplicates index 'users_email_idx'"

-- the non-unique one of a pair is the redundant one, even when it came first
CREATE INDEX users_lower_email_idx ON users (lower(email)) WHERE deleted_at IS NULL; -- expect: sql-index-duplicate "Index 'users_lower_email_idx' on 'users' (lower(email)) duplicates index 'users_lower_email_key'"
CREATE UNIQUE INDEX users_lower_email_key ON users (lower(email)) WHERE (deleted_at IS NULL);

CREATE INDEX users_org_email ON users (org_id, email DESC);
CREATE INDEX users_org_email_again ON users (org_id, email DESC); -- expect: sql-index-duplicate "Index 'users_org_email_again' on 'users' (org_id, email DESC) duplicates index 'users_org_email'"
