CREATE TABLE audit_log ( -- expect: sql-table-without-primary-key "Table 'audit_log' has no primary key"
  happened_at timestamptz NOT NULL,
  message text
);

-- a unique constraint is not a primary key
CREATE TABLE public.tag (name text NOT NULL UNIQUE); -- expect: sql-table-without-primary-key "Table 'public.tag' has no primary key"

-- the key added here is dropped later in the same file
CREATE TABLE item (id int); -- expect: sql-table-without-primary-key "Table 'item' has no primary key"
ALTER TABLE item ADD CONSTRAINT item_pkey PRIMARY KEY (id);
ALTER TABLE item DROP CONSTRAINT item_pkey;
