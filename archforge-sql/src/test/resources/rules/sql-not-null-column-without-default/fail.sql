ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL; -- expect: sql-not-null-column-without-default "Column 'tenant_id' is added to existing table 'users' as NOT NULL without a DEFAULT"
ALTER TABLE public.orders
  ADD COLUMN note text,
  ADD COLUMN status text NOT NULL DEFAULT NULL, -- expect: sql-not-null-column-without-default "Column 'status' is added to existing table 'public.orders'"
  ADD code text PRIMARY KEY; -- expect: sql-not-null-column-without-default "Column 'code' is added to existing table 'public.orders' as NOT NULL"

-- only some rows are deleted
DELETE FROM tokens WHERE expired;
ALTER TABLE tokens ADD COLUMN owner bigint NOT NULL; -- expect: sql-not-null-column-without-default "Column 'owner' is added to existing table 'tokens'"
