CREATE TABLE authors (id bigint PRIMARY KEY);
CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint REFERENCES authors (id));
CREATE TABLE reviews (id bigint PRIMARY KEY, author_id bigint REFERENCES authors (id));
DROP TABLE authors CASCADE; -- expect: sql-table-dropped-with-cascade "DROP TABLE 'authors' CASCADE also drops the foreign keys of 'books', 'reviews' that reference it; no later statement restores them"
