SET search_path = billing;
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);
-- public.invoices is another, existing table
CREATE INDEX invoices_customer_idx ON public.invoices (customer_id); -- expect: sql-index-created-without-concurrently "Index 'invoices_customer_idx' on existing table 'public.invoices' is created without CONCURRENTLY"
-- after COMMIT the session path is back: entries is billing.entries, not created here
BEGIN;
SET LOCAL search_path = ledger;
CREATE TABLE entries (id bigint PRIMARY KEY);
COMMIT;
CREATE INDEX entries_id_idx ON entries (id); -- expect: sql-index-created-without-concurrently "Index 'entries_id_idx' on existing table 'entries' is created without CONCURRENTLY"
