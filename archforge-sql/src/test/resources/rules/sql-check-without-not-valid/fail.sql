-- teams and orders exist before this migration
ALTER TABLE teams ADD CONSTRAINT teams_login_lowercase CHECK (login = lower(login)); -- expect: sql-check-without-not-valid "CHECK constraint 'teams_login_lowercase' is added to existing table 'teams' without NOT VALID"
ALTER TABLE public.orders
  ADD COLUMN note text,
  ADD CHECK (total >= 0); -- expect: sql-check-without-not-valid "CHECK constraint is added to existing table 'public.orders' without NOT VALID"
