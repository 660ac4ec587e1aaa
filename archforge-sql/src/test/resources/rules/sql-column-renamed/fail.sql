-- users and orders exist before this migration
ALTER TABLE users RENAME COLUMN name TO full_name; -- expect: sql-column-renamed "Column 'name' of existing table 'users' is renamed to 'full_name'"
ALTER TABLE public.orders RENAME published TO published_at; -- expect: sql-column-renamed "Column 'published' of existing table 'public.orders' is renamed to 'published_at'"
