-- users exists before this migration
ALTER TABLE users DROP COLUMN legacy_login; -- expect: sql-column-dropped "Column 'legacy_login' is dropped from existing table 'users'"

ALTER TABLE public.orders
    ADD COLUMN note text,
    -- expect: sql-column-dropped "Column 'old_note' is dropped from existing table 'public.orders'"
    DROP COLUMN IF EXISTS old_note CASCADE;
