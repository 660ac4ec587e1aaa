CREATE TABLE countries (
  code char(2) PRIMARY KEY,
  title char(40) NOT NULL, -- expect: sql-char-type "Column 'title' of 'countries' is character(40)"
  aliases char(3)[] -- expect: sql-char-type "Column 'aliases' of 'countries' is character(3)[]"
);
