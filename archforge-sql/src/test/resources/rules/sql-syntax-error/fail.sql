CREATE TABLE ok (id int PRIMARY KEY);

-- MySQL table options are not PostgreSQL
CREATE TABLE t (id int) ENGINE=InnoDB; -- expect: sql-syntax-error "Cannot parse CREATE TABLE statement: expected the end of CREATE TABLE but found 'ENGINE'"

-- expect: sql-syntax-error "Cannot parse USE statement: expected a SQL command but found 'USE'"
USE shop;

ALTER TABLE ok
  ADD COLUMN; -- expect: sql-syntax-error "expected a name but found the end of the statement"

SELECT 'never closed; -- expect: sql-syntax-error "Unterminated string literal"
