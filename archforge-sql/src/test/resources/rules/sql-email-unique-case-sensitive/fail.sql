CREATE TABLE users (
  id bigint PRIMARY KEY,
  email character varying(255) NOT NULL UNIQUE -- expect: sql-email-unique-case-sensitive "Unique constraint on 'users' (email) compares e-mail addresses case-sensitively"
);

CREATE TABLE members (
  id bigint PRIMARY KEY,
  tenant_id bigint NOT NULL,
  email_address text NOT NULL,
  CONSTRAINT members_tenant_email_key UNIQUE (tenant_id, email_address) -- expect: sql-email-unique-case-sensitive "Unique constraint 'members_tenant_email_key' on 'members' (tenant_id, email_address)"
);

CREATE TABLE subscribers (id bigint PRIMARY KEY, contact_email text);
-- expect: sql-email-unique-case-sensitive "Unique index 'subscribers_contact_email_idx' on 'subscribers' (contact_email) compares e-mail addresses case-sensitively"
CREATE UNIQUE INDEX subscribers_contact_email_idx ON subscribers USING btree (contact_email);

CREATE TABLE admins (id bigint PRIMARY KEY, email varchar(320));
ALTER TABLE admins ADD CONSTRAINT admins_email_key UNIQUE (email); -- expect: sql-email-unique-case-sensitive "Unique constraint 'admins_email_key' on 'admins' (email)"
