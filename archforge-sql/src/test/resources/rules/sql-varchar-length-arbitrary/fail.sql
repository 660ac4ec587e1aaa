CREATE TABLE users (
  id bigint PRIMARY KEY,
  email character varying(255) NOT NULL, -- expect: sql-varchar-length-arbitrary "Column 'email' of 'users' is character varying(255), an arbitrary-looking limit"
  name varchar(100), -- expect: sql-varchar-length-arbitrary "Column 'name' of 'users' is character varying(100)"
  notes varchar(4000)[], -- expect: sql-varchar-length-arbitrary "Column 'notes' of 'users' is character varying(4000)[]"
  title varchar(20)
);
ALTER TABLE users ADD COLUMN bio varchar(1000); -- expect: sql-varchar-length-arbitrary "Column 'bio' of 'users' is character varying(1000)"
-- widened, but to another arbitrary length
ALTER TABLE users ALTER COLUMN title TYPE varchar(500); -- expect: sql-varchar-length-arbitrary "Column 'title' of 'users' is character varying(500)"
