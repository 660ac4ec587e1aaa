CREATE TABLE people (id bigint PRIMARY KEY, email text NOT NULL);
-- a renamed index is still there under its new name
CREATE INDEX users_email_idx ON people (email);
ALTER INDEX users_email_idx RENAME TO people_email_idx;
CREATE INDEX people_email_lookup ON people (email); -- expect: sql-index-duplicate "Index 'people_email_lookup' on 'people' (email) duplicates index 'people_email_idx'"

-- renaming a primary key's index renames the constraint
ALTER INDEX people_pkey RENAME TO person_pkey;
CREATE UNIQUE INDEX people_id_key ON people (id); -- expect: sql-index-duplicate "Index 'people_id_key' on 'people' (id) duplicates the index of constraint 'person_pkey'"
