-- a misspelt id silences nothing: the finding it meant to silence still shows
ALTER TABLE users DROP COLUMN legacy_login; -- archforge-ignore: sql-colum-dropped read by no code since 4.2 -- expect: sql-ignore-rule-unknown "archforge-ignore names unknown rule 'sql-colum-dropped' (did you mean 'sql-column-dropped'?)"

-- one good id and one unknown, far from every rule
CREATE TABLE events (at timestamptz, body jsonb); -- archforge-ignore: sql-table-without-primary-key, sql-no-such-check append-only log -- expect: sql-ignore-rule-unknown "archforge-ignore names unknown rule 'sql-no-such-check'"

-- an API rule is not a SQL rule
SELECT 1; -- archforge-ignore: api-path-verb kept for the old clients -- expect: sql-ignore-rule-unknown "archforge-ignore names unknown rule 'api-path-verb'"

/* a block comment
   archforge-ignore: sql-tabel-dropped archived first */ -- expect: sql-ignore-rule-unknown "archforge-ignore names unknown rule 'sql-tabel-dropped' (did you mean 'sql-table-dropped'?)"
DROP TABLE old_sessions;
