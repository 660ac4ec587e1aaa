CREATE TABLE organizations (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY, organization_id bigint NOT NULL REFERENCES organizations);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  -- guest checkout: an order need not have a user
  user_id bigint REFERENCES users,
  -- ON DELETE SET NULL makes the null on purpose
  tenant_id bigint REFERENCES organizations ON DELETE SET NULL
);
CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders);

-- made NOT NULL later in the same review
CREATE TABLE memberships (id bigint PRIMARY KEY, user_id bigint REFERENCES users);
ALTER TABLE memberships ALTER COLUMN user_id SET NOT NULL;

-- a primary key column is not null
CREATE TABLE user_settings (user_id bigint PRIMARY KEY REFERENCES users);

-- a parent that is optional by name
CREATE TABLE comments (id bigint PRIMARY KEY, parent_id bigint REFERENCES comments, reviewer_id bigint REFERENCES users);

-- the table is created elsewhere: whether the column is nullable is unknown
ALTER TABLE legacy_sessions ADD CONSTRAINT legacy_sessions_user_fk FOREIGN KEY (user_id) REFERENCES users;

-- renamed later: the final table is no longer named after the parent
CREATE TABLE comment_replies (id bigint PRIMARY KEY, comment_id bigint REFERENCES comments);
ALTER TABLE comment_replies RENAME TO notifications;
