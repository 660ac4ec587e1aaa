-- three or more keyless tables are the project's practice: one finding naming them
CREATE TABLE a (x int); -- expect: sql-table-without-primary-key "3 tables have no primary key and no unique key over NOT NULL columns: 'a', 'b', 'c'"
CREATE TABLE b (x int);
CREATE TABLE c (x int UNIQUE);
