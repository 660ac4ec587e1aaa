-- the safe recipe: add NOT VALID (instant, new rows are checked), then validate
ALTER TABLE teams ADD CONSTRAINT teams_login_lowercase CHECK (login = lower(login)) NOT VALID;
ALTER TABLE teams VALIDATE CONSTRAINT teams_login_lowercase;

-- a table created in this migration is empty
CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric NOT NULL);
ALTER TABLE invoices ADD CONSTRAINT invoices_total_positive CHECK (total >= 0);

-- a foreign key is another rule's business
ALTER TABLE orders ADD CONSTRAINT orders_team_fk FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;
