SELECT $a$ ; $a$; SELECT $$x;$$; SELECT $_1$ ; $_1$ ;
DO $body$ BEGIN PERFORM 1; END $body$;
