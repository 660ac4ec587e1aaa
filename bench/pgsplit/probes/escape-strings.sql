SELECT E'\\'; SELECT 1; SELECT E'\\\''; SELECT e'a;';
