-- round-number limits are a habit of the schema: one finding naming the count (issue 13)
CREATE TABLE users (
  id bigint PRIMARY KEY,
  email character varying(255) NOT NULL, -- expect: sql-varchar-length-arbitrary "5 varchar columns have round-number limits, the schema's habit (first 'email' of 'users')"
  name varchar(100),
  notes varchar(4000)[],
  title varchar(20)
);
ALTER TABLE users ADD COLUMN bio varchar(1000);
-- widened, but to another arbitrary length
ALTER TABLE users ALTER COLUMN title TYPE varchar(500);
