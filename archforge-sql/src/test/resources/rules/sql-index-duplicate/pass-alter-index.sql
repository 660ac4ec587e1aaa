CREATE TABLE people (id bigint PRIMARY KEY, email text NOT NULL);
-- replaced: the old index was renamed, then dropped under its new name
CREATE INDEX users_email_idx ON people (email);
ALTER INDEX users_email_idx RENAME TO people_email_old;
DROP INDEX people_email_old;
CREATE INDEX people_email_idx ON people (email);

-- ALTER TABLE renames an index too
CREATE INDEX people_lower_email ON people (lower(email));
ALTER TABLE people_lower_email RENAME TO people_lower_email_old;
DROP INDEX people_lower_email_old;
CREATE INDEX people_lower_email_idx ON people (lower(email));

-- other ALTER INDEX actions change no index
ALTER INDEX people_email_idx SET (fillfactor = 90);
ALTER INDEX people_email_idx SET TABLESPACE fast;
