SELECT 'it''s;'; SELECT E'\';'; SELECT U&'\0041;'; SELECT 'a\'; SELECT "a;b"; SELECT "x""y;"; SELECT U&"a;b";
