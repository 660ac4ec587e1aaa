CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE carts (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX carts_customer_id_idx ON carts (customer_id);

SET search_path = shop;
-- another table: shop.carts, which has no index of its own
CREATE TABLE carts (id bigint PRIMARY KEY, customer_id bigint REFERENCES public.customers ON DELETE CASCADE); -- expect: sql-foreign-key-without-index "Foreign key on 'carts' (customer_id) has no index starting with its columns"
-- the index of public.carts does not serve it
CREATE INDEX carts_id_idx ON public.carts (id);
