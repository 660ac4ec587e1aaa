-- a planned swap: the referencing key is re-created against the new table
CREATE TABLE authors (id bigint PRIMARY KEY);
CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint REFERENCES authors (id));
DROP TABLE authors CASCADE;
CREATE TABLE authors (id bigint PRIMARY KEY, name text);
ALTER TABLE books ADD CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id);

-- the referencing table goes in the same statement
CREATE TABLE tags (id bigint PRIMARY KEY);
CREATE TABLE post_tags (tag_id bigint REFERENCES tags (id));
DROP TABLE tags, post_tags CASCADE;

-- without CASCADE nothing else is dropped (PostgreSQL refuses instead)
CREATE TABLE drafts (id bigint PRIMARY KEY);
DROP TABLE drafts;
