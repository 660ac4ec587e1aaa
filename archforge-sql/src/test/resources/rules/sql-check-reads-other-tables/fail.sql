CREATE TABLE plans (id bigint PRIMARY KEY, max_seats int NOT NULL);
CREATE FUNCTION seats_allowed(plan bigint, seats int) RETURNS boolean LANGUAGE sql AS $$
  SELECT seats <= max_seats FROM plans WHERE id = plan
$$;
CREATE TABLE subscriptions (
  id bigint PRIMARY KEY,
  plan_id bigint NOT NULL,
  seats int NOT NULL,
  CONSTRAINT seats_within_plan CHECK (seats_allowed(plan_id, seats)) -- expect: sql-check-reads-other-tables "CHECK constraint 'seats_within_plan' calls seats_allowed(), which reads other tables: it is not re-checked when they change"
);
CREATE OR REPLACE FUNCTION public.is_active_user(uid bigint) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM users WHERE id = uid AND active);
END
$$;
ALTER TABLE posts ADD CHECK (public.is_active_user(author_id)); -- expect: sql-check-reads-other-tables "calls is_active_user()"
