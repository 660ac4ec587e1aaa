CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  org_id bigint,
  deleted_at timestamptz
);
-- same columns in another order, direction, method, operator class or predicate
CREATE INDEX users_org_email ON users (org_id, email);
CREATE INDEX users_email_org ON users (email, org_id);
CREATE INDEX users_org_email_desc ON users (org_id, email DESC);
CREATE INDEX users_email_hash ON users USING hash (email);
CREATE INDEX users_email_pattern ON users (email text_pattern_ops);
CREATE INDEX users_email_live ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX users_email_deleted ON users (email) WHERE deleted_at IS NOT NULL;
-- an index with more INCLUDE columns is another index
CREATE INDEX users_id_cover ON users (id) INCLUDE (email);

-- replaced: the old index was dropped first
CREATE INDEX users_deleted_idx ON users (deleted_at);
DROP INDEX users_deleted_idx;
CREATE INDEX users_deleted_at_idx ON users (deleted_at);

-- IF NOT EXISTS on an index that exists creates nothing
CREATE INDEX IF NOT EXISTS users_org_email ON users (org_id, email);

-- same columns on another table
CREATE TABLE members (id bigint PRIMARY KEY, email text);
CREATE INDEX members_email_idx ON members (email);
