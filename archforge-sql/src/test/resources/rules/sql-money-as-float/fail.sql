CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  total_amount double precision NOT NULL, -- expect: sql-money-as-float "Column 'total_amount' of 'invoices' stores money as double precision"
  fees real, -- expect: sql-money-as-float "Column 'fees' of 'invoices' stores money as real"
  tax real, -- reported below, where it got the type it ends with
  unit_price money -- expect: sql-money-as-float "Column 'unit_price' of 'invoices' stores money as money"
);
ALTER TABLE invoices ADD COLUMN balance float8; -- expect: sql-money-as-float "Column 'balance' of 'invoices' stores money as double precision"
ALTER TABLE invoices ALTER COLUMN id TYPE bigint, ALTER COLUMN tax TYPE float; -- expect: sql-money-as-float "Column 'tax' of 'invoices' stores money as double precision"
