-- user_ exists before this migration
ALTER TABLE user_ RENAME TO person; -- expect: sql-table-renamed "Existing table 'user_' is renamed to 'person'"
ALTER TABLE IF EXISTS public.mod_ban RENAME TO admin_ban; -- expect: sql-table-renamed "Existing table 'public.mod_ban' is renamed to 'admin_ban'"
