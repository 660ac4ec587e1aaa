-- a table created in this migration is not used by running code yet
CREATE TABLE new_users (id bigint PRIMARY KEY, name text);
ALTER TABLE new_users RENAME TO users_v2;

-- renaming a column or a constraint is not renaming the table
ALTER TABLE orders RENAME CONSTRAINT orders_check TO orders_total_check;
