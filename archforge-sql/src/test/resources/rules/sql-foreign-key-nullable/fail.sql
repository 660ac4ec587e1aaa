CREATE TABLE organizations (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY, organization_id bigint REFERENCES organizations); -- expect: sql-foreign-key-nullable "Foreign key column 'organization_id' of 'users' is nullable"
CREATE TABLE orders (id bigint PRIMARY KEY);
CREATE TABLE order_items (
  id bigint PRIMARY KEY,
  order_id bigint REFERENCES orders (id) ON DELETE CASCADE, -- expect: sql-foreign-key-nullable "Foreign key column 'order_id' of 'order_items' is nullable"
  quantity integer NOT NULL
);
CREATE TABLE memberships (
  id bigint PRIMARY KEY,
  user_id bigint,
  team_id bigint NOT NULL,
  CONSTRAINT memberships_user_fk FOREIGN KEY (user_id) REFERENCES users (id) -- expect: sql-foreign-key-nullable "Foreign key column 'user_id' of 'memberships' is nullable"
);
ALTER TABLE memberships ADD COLUMN tenant_id bigint;
ALTER TABLE memberships ADD CONSTRAINT memberships_tenant_fk FOREIGN KEY (tenant_id) REFERENCES organizations; -- expect: sql-foreign-key-nullable "Foreign key column 'tenant_id' of 'memberships' is nullable"
