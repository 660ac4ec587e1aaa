-- pg_dump's empty path: every name is qualified, as before
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.customers (id bigint PRIMARY KEY);
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES public.customers ON DELETE CASCADE);
CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id);

-- unqualified names live in the path's first schema, where qualified names find them
SET search_path TO shop, public;
CREATE TABLE carts (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers ON DELETE CASCADE);
CREATE INDEX carts_customer_id_idx ON shop.carts (customer_id);
CREATE TABLE shop.cart_items (cart_id bigint REFERENCES carts ON DELETE CASCADE, sku text);
CREATE INDEX cart_items_cart_id_idx ON cart_items (cart_id, sku);
