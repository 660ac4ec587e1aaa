-- most keys are bigint: the integer key of a growing table breaks the schema's convention
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY);
CREATE TABLE line_items (id integer PRIMARY KEY); -- expect: sql-primary-key-not-bigint "Primary key 'id' of 'line_items' is integer and runs out after 2,147,483,647 values"
