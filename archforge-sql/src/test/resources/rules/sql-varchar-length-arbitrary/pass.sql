-- lengths that come from the data, or no length at all
CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL CHECK (char_length(email) <= 320),
  country varchar(2),
  phone character varying(15),
  isbn varchar(13),
  nickname varchar
);

-- changed later in the same review
CREATE TABLE posts (id bigint PRIMARY KEY, title varchar(255));
ALTER TABLE posts ALTER COLUMN title TYPE text;

-- one or two round limits are a choice, not a habit
CREATE TABLE domains (name varchar(255) NOT NULL, label varchar(100));
