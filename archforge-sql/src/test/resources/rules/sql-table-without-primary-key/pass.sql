CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text);
CREATE TABLE membership (user_id bigint, group_id bigint, PRIMARY KEY (user_id, group_id));

-- pg_dump adds keys after the tables
CREATE TABLE public.orders (id integer NOT NULL);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

-- renamed later: the key still belongs to the table created here
CREATE TABLE old_name (id int);
ALTER TABLE old_name RENAME TO new_name;
ALTER TABLE new_name ADD PRIMARY KEY (id);

-- partitions take their key from the partitioned table; temporary tables are scratch space
CREATE TABLE events (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TEMP TABLE scratch (x int);

-- dropped again: nothing is left to judge
CREATE TABLE staging (x int);
DROP TABLE staging;

-- archforge-ignore: sql-table-without-primary-key append-only log read by time range
CREATE TABLE access_log (at timestamptz NOT NULL, path text);

-- a unique constraint over NOT NULL columns is a key in all but name (issue 13: Synapse's
-- tables keyed by unique indexes were noise)
CREATE TABLE public.tag (name text NOT NULL UNIQUE);
CREATE TABLE worker_locks (lock_name text NOT NULL, lock_key text NOT NULL, token text NOT NULL);
CREATE UNIQUE INDEX worker_locks_key ON worker_locks (lock_name, lock_key);

-- logs and queues are appended and consumed, never addressed one row at a time
CREATE TABLE audit_log (happened_at timestamptz NOT NULL, message text);
