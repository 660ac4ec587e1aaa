-- accounts exists before this migration; the columns are added here so their types are known
ALTER TABLE accounts
  ADD COLUMN visits bigint,
  ADD COLUMN name text,
  ADD COLUMN code varchar(20),
  ADD COLUMN price numeric(12,2),
  ADD COLUMN seen_at timestamptz;
ALTER TABLE accounts ALTER COLUMN visits TYPE integer; -- expect: sql-column-type-narrowed "Type of column 'visits' of existing table 'accounts' is narrowed from bigint to integer"
ALTER TABLE accounts ALTER COLUMN name TYPE varchar(100); -- expect: sql-column-type-narrowed "is narrowed from text to character varying(100)"
ALTER TABLE accounts
  ALTER COLUMN code SET DATA TYPE varchar(10), -- expect: sql-column-type-narrowed "Type of column 'code' of existing table 'accounts' is narrowed from character varying(20) to character varying(10)"
  ALTER COLUMN price TYPE numeric(12,1); -- expect: sql-column-type-narrowed "from numeric(12,2) to numeric(12,1)"
ALTER TABLE accounts ALTER COLUMN seen_at TYPE timestamp; -- expect: sql-column-type-narrowed "from timestamp with time zone to timestamp without time zone"
