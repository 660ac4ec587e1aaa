-- users and orders exist before this migration
ALTER TABLE users ALTER COLUMN email SET NOT NULL; -- expect: sql-set-not-null-without-check "Column 'email' of existing table 'users' is SET NOT NULL without a validated CHECK (email IS NOT NULL)"

-- the check is there but not validated yet: SET NOT NULL still scans
ALTER TABLE orders ADD CONSTRAINT orders_total_nn CHECK (total IS NOT NULL) NOT VALID;
ALTER TABLE orders ALTER COLUMN total SET NOT NULL; -- expect: sql-set-not-null-without-check "Column 'total' of existing table 'orders'"

-- a check on another column proves nothing about this one
ALTER TABLE orders ADD CONSTRAINT orders_user_nn CHECK (user_id IS NOT NULL);
ALTER TABLE public.orders ALTER status SET NOT NULL; -- expect: sql-set-not-null-without-check "Column 'status' of existing table 'public.orders'"
