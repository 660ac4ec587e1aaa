-- a table created in this migration is not used by running code yet
CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric);
ALTER TABLE invoices RENAME COLUMN total TO amount;

-- a column added earlier in this migration is not used by running code yet
ALTER TABLE users ADD COLUMN nick text;
ALTER TABLE users RENAME COLUMN nick TO nickname;

-- renaming a constraint or the table is not renaming a column
ALTER TABLE orders RENAME CONSTRAINT orders_check TO orders_total_check;
