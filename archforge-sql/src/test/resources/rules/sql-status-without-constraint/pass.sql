CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');

CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status order_status NOT NULL,
  payment_status text NOT NULL CHECK (payment_status IN ('due', 'paid', 'refunded')),
  kind text,
  -- an integer code is not free text
  type smallint
);
ALTER TABLE orders ADD CONSTRAINT orders_kind_check CHECK (kind IN ('retail', 'wholesale')) NOT VALID;

-- a lookup table restricts the values through a foreign key
CREATE TABLE shipment_states (code text PRIMARY KEY);
CREATE TABLE shipments (id bigint PRIMARY KEY, state text REFERENCES shipment_states (code));

-- the state of an address is a region
CREATE TABLE addresses (id bigint PRIMARY KEY, street text, city text, state text, postal_code text);

-- names that only contain the word
CREATE TABLE devices (id bigint PRIMARY KEY, status_message text, statement text, content_type text);

-- type columns hold open vocabularies: class names, event types
CREATE TABLE notes (id bigint PRIMARY KEY, type character varying, body text);

-- 'kind' is a discriminator, often of an open set, and a long varchar status is free text
-- (issue 13: both were misread as statuses)
CREATE TABLE documents (id bigint PRIMARY KEY, kind varchar, status varchar(280));
