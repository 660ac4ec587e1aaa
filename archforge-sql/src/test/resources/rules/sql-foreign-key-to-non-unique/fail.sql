CREATE TABLE accounts (id bigint PRIMARY KEY, code text NOT NULL, region text NOT NULL);
CREATE TABLE audit_log (account_code text, message text);

CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  account_code text REFERENCES accounts (code), -- expect: sql-foreign-key-to-non-unique "Foreign key on 'invoices' references 'accounts' (code), which has no primary key or unique constraint on those columns"
  region text,
  CONSTRAINT invoices_account_fk FOREIGN KEY (account_code, region) REFERENCES accounts (code, region) -- expect: sql-foreign-key-to-non-unique "Foreign key 'invoices_account_fk' on 'invoices' references 'accounts' (code, region)"
);

-- a partial unique index cannot back a foreign key
CREATE UNIQUE INDEX accounts_live_code ON accounts (region) WHERE code <> '';
ALTER TABLE invoices ADD CONSTRAINT invoices_region_fk FOREIGN KEY (region) REFERENCES accounts (region); -- expect: sql-foreign-key-to-non-unique "Foreign key 'invoices_region_fk' on 'invoices' references 'accounts' (region)"

-- no columns means the primary key, and this table has none
CREATE TABLE notes (id bigint, account_code text);
ALTER TABLE notes ADD FOREIGN KEY (id) REFERENCES audit_log; -- expect: sql-foreign-key-to-non-unique "references 'audit_log', which has no primary key"
