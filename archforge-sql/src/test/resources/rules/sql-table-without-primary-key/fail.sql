CREATE TABLE memberships ( -- expect: sql-table-without-primary-key "Table 'memberships' has no primary key"
  user_id bigint,
  team_id bigint
);

-- the key added here is dropped later in the same file
CREATE TABLE item (id int); -- expect: sql-table-without-primary-key "Table 'item' has no primary key"
ALTER TABLE item ADD CONSTRAINT item_pkey PRIMARY KEY (id);
ALTER TABLE item DROP CONSTRAINT item_pkey;
