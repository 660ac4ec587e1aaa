-- fail-large-tables.archforge.yaml beside this file: large-tables: [orders, audit.events]
-- orders, audit.events, public events and teams exist before this migration
ALTER TABLE orders ADD CONSTRAINT orders_total_ck CHECK (total >= 0); -- expect: sql-check-without-not-valid "CHECK constraint 'orders_total_ck' is added to existing table 'orders' without NOT VALID"
ALTER TABLE public.orders ADD CHECK (total < 1000000); -- expect: sql-check-without-not-valid "CHECK constraint is added to existing table 'public.orders' without NOT VALID"
ALTER TABLE Audit.Events ADD CHECK (kind <> ''); -- expect: sql-check-without-not-valid "CHECK constraint is added to existing table 'Audit.Events' without NOT VALID"
-- not listed, so small: the scan under the lock takes moments
ALTER TABLE teams ADD CONSTRAINT teams_login_lowercase CHECK (login = lower(login));
-- events in the public schema is not audit.events
ALTER TABLE events ADD CHECK (kind <> '');
