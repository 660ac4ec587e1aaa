-- three or more unindexed keys to one parent are one finding: deleting a user scans them all
CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, password_hash text, created_at timestamptz);
CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE CASCADE); -- expect: sql-foreign-key-without-index "3 foreign keys referencing 'users' have no index starting with their columns: 'posts' (user_id), 'comments' (user_id), 'likes' (user_id); each delete or key update on 'users' scans every one of these tables"
CREATE TABLE comments (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE CASCADE);
CREATE TABLE likes (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE CASCADE);
