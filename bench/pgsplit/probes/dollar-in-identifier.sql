SELECT a$b$ FROM t; SELECT 1; SELECT $b$ ; $b$;
