CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  code text NOT NULL UNIQUE,
  region text NOT NULL,
  tenant text NOT NULL,
  UNIQUE (region, tenant)
);
CREATE UNIQUE INDEX accounts_lower_code ON accounts (lower(code));
CREATE UNIQUE INDEX accounts_tenant_code ON accounts (tenant, code);

CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  account_id bigint REFERENCES accounts,
  account_code text REFERENCES accounts (code),
  region text,
  tenant text,
  FOREIGN KEY (tenant, region) REFERENCES accounts (tenant, region),
  FOREIGN KEY (tenant, account_code) REFERENCES accounts (code, tenant),
  parent_id bigint REFERENCES invoices (id)
);

-- the referenced table is created elsewhere: its keys are unknown
CREATE TABLE payments (id bigint PRIMARY KEY, user_id bigint REFERENCES users (external_id));
ALTER TABLE payments ADD CONSTRAINT payments_org_fk FOREIGN KEY (id) REFERENCES legacy.orgs (payment_ref);

-- the unique constraint comes later in the same review (pg_dump orders keys before foreign keys, but
-- schema folders need not)
CREATE TABLE regions (id bigint, name text);
CREATE TABLE cities (id bigint PRIMARY KEY, region_name text REFERENCES regions (name), region_id bigint REFERENCES regions);
ALTER TABLE regions ADD CONSTRAINT regions_pkey PRIMARY KEY (id);
ALTER TABLE regions ADD CONSTRAINT regions_name_key UNIQUE (name);
