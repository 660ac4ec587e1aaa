-- bigint keys, composite keys and widened keys are fine
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);

CREATE TABLE order_lines (
  order_id integer NOT NULL,
  line_no integer NOT NULL,
  PRIMARY KEY (order_id, line_no)
);

CREATE TABLE legacy (
  id serial PRIMARY KEY
);
ALTER TABLE legacy ALTER COLUMN id TYPE bigint;

CREATE TABLE counters (
  id bigserial PRIMARY KEY,
  hits integer NOT NULL
);

-- lookup tables (named *_type / *_status, or seeded here) stay small on purpose
CREATE TABLE order_status (id smallint PRIMARY KEY, name text NOT NULL);
CREATE TABLE currencies (id integer PRIMARY KEY, code text NOT NULL);
INSERT INTO currencies VALUES (1, 'EUR'), (2, 'USD');
