\set ON_ERROR_STOP 1
BEGIN;
CREATE TABLE "Weird Name" (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text DEFAULT E'it\'s');
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;
DO $$ BEGIN RAISE NOTICE 'x;y'; END $$;
COPY "Weird Name" (body) FROM stdin;
a;b	c
\.
/* nested /* comment */ still a comment */
-- archforge-ignore: sql-syntax-error MySQL-only statement kept for the other engine
CREATE TABLE m (id int) ENGINE=InnoDB;
COMMIT;
