-- a work table created and dropped in the same migration
CREATE TABLE tmp_user_ids (id bigint PRIMARY KEY);
INSERT INTO tmp_user_ids SELECT id FROM users WHERE deleted;
DELETE FROM sessions WHERE user_id IN (SELECT id FROM tmp_user_ids);
DROP TABLE tmp_user_ids;

-- dropping a view is not dropping data
DROP VIEW IF EXISTS active_users;

-- archforge-ignore: sql-table-dropped unused since release 3.0, backed up in s3://archive
DROP TABLE legacy_settings;
