\set x 1
SELECT :x;
SELECT :'x'; SELECT :"x" FROM t;
\echo done
SELECT 2
\g
