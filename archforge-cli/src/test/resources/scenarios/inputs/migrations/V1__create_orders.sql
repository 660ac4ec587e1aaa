-- The first migration creates the tables; indexes here lock nothing that exists yet.
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    total double precision NOT NULL,
    placed_at timestamp NOT NULL DEFAULT now()
);

CREATE INDEX orders_placed_at_idx ON orders (placed_at);
