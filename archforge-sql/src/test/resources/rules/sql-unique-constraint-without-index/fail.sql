-- users and orders exist before this migration
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email); -- expect: sql-unique-constraint-without-index "UNIQUE constraint 'users_email_key' is added to existing table 'users' without USING INDEX"

ALTER TABLE orders
    DROP COLUMN id,
    ADD PRIMARY KEY (customer_id, number); -- expect: sql-unique-constraint-without-index "PRIMARY KEY constraint is added to existing table 'orders' without USING INDEX"
