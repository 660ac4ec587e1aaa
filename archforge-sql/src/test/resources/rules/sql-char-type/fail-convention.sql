-- three or more padded text columns are the schema's habit: one finding naming the count
CREATE TABLE people (
  first_name char(30), -- expect: sql-char-type "3 columns are blank-padded char(n), the schema's convention (first 'first_name' of 'people')"
  last_name char(30),
  city char(40)
);
