-- orders, users and accounts exist before this migration
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id); -- expect: sql-foreign-key-without-not-valid "Foreign key 'orders_user_fk' (user_id) on existing table 'orders' references 'users' without NOT VALID"
ALTER TABLE public.orders
  ADD FOREIGN KEY (account_id, region) REFERENCES accounts (id, region) ON DELETE CASCADE; -- expect: sql-foreign-key-without-not-valid "Foreign key (account_id, region) on existing table 'public.orders' references 'accounts'"

-- a new column with a default has values to check
ALTER TABLE orders ADD COLUMN currency_id int NOT NULL DEFAULT 1 REFERENCES currencies (id); -- expect: sql-foreign-key-without-not-valid "Foreign key of new column with a default (currency_id) on existing table 'orders' references 'currencies'"
