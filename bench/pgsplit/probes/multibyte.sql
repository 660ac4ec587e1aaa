SELECT 'ünï'; SELECT '𝄞;'; SELECT 1 AS "é"; -- ü
SELECT 2;
