-- the schema's convention is identity columns: the serial one breaks it and is reported on its own
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE events (id bigserial PRIMARY KEY); -- expect: sql-serial-instead-of-identity "Column 'id' of 'events' is bigserial"
