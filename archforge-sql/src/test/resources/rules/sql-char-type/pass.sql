-- text with a CHECK keeps the exact length without padding
CREATE TABLE countries (
  code text PRIMARY KEY CHECK (length(code) = 2),
  name varchar(200) NOT NULL,
  kind "char" NOT NULL
);

-- converted later in the same review
CREATE TABLE currencies (code char(3) PRIMARY KEY);
ALTER TABLE currencies ALTER COLUMN code TYPE text;
