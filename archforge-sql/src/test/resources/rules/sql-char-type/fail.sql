CREATE TABLE countries (
  code char(2) PRIMARY KEY, -- expect: sql-char-type "Column 'code' of 'countries' is character(2)"
  name text NOT NULL,
  flag character(1) NOT NULL DEFAULT 'N', -- expect: sql-char-type "Column 'flag' of 'countries' is character(1)"
  aliases char(3)[] -- expect: sql-char-type "Column 'aliases' of 'countries' is character(3)[]"
);
ALTER TABLE countries ADD COLUMN currency bpchar(3); -- expect: sql-char-type "Column 'currency' of 'countries' is character(3)"
