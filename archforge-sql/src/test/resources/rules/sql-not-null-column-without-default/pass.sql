ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE users ADD COLUMN n bigserial NOT NULL;
ALTER TABLE users ADD COLUMN name_length int GENERATED ALWAYS AS (length(name)) STORED NOT NULL;

-- a table created in this migration is empty
CREATE TABLE invoices (id bigint PRIMARY KEY);
ALTER TABLE invoices ADD COLUMN customer_id bigint NOT NULL;

-- archforge-ignore: sql-not-null-column-without-default the table is emptied above in production
ALTER TABLE sessions ADD COLUMN token text NOT NULL;

-- emptied first
DELETE FROM password_resets;
ALTER TABLE password_resets ADD COLUMN user_id bigint NOT NULL;
