-- created in this migration under the path's first schema, then named with it
SET search_path = billing, public;
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX invoices_customer_idx ON billing.invoices (customer_id);
-- a SET LOCAL lasts to the end of its transaction
BEGIN;
SET LOCAL search_path = ledger;
CREATE TABLE entries (id bigint PRIMARY KEY, invoice_id bigint);
COMMIT;
CREATE INDEX entries_invoice_idx ON ledger.entries (invoice_id);
