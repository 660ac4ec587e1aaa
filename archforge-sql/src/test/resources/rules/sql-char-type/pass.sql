-- text with a CHECK keeps the exact length without padding
CREATE TABLE countries (
  code text PRIMARY KEY CHECK (length(code) = 2),
  name varchar(200) NOT NULL,
  kind "char" NOT NULL
);

-- converted later in the same review
CREATE TABLE currencies (code char(3) PRIMARY KEY);
ALTER TABLE currencies ALTER COLUMN code TYPE text;

-- codes of exactly the declared length and one-character flags: the padding never applies
-- (issue 13: MusicBrainz's ISO codes, ISNIs and Synapse's one-row lock columns were all noise)
CREATE TABLE countries_iso (
  code char(2) PRIMARY KEY,
  flag character(1) NOT NULL DEFAULT 'N',
  currency bpchar(3),
  isni char(16)
);
