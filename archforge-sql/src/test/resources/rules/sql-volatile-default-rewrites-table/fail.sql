-- users and orders exist before this migration
ALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid(); -- expect: sql-volatile-default-rewrites-table "Column 'token' is added to existing table 'users' with volatile default gen_random_uuid(), which rewrites the table"
ALTER TABLE users ADD COLUMN shard int DEFAULT (random() * 16)::int; -- expect: sql-volatile-default-rewrites-table "with volatile default random()"
ALTER TABLE public.orders
  ADD COLUMN note text,
  ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp(); -- expect: sql-volatile-default-rewrites-table "Column 'seen_at' is added to existing table 'public.orders' with volatile default clock_timestamp()"
ALTER TABLE orders ADD COLUMN ref uuid DEFAULT public.uuid_generate_v4(); -- expect: sql-volatile-default-rewrites-table "volatile default uuid_generate_v4()"
ALTER TABLE orders ADD COLUMN position bigint DEFAULT nextval('orders_position_seq'); -- expect: sql-volatile-default-rewrites-table "volatile default nextval()"
ALTER TABLE orders ADD COLUMN number bigserial; -- expect: sql-volatile-default-rewrites-table "Column 'number' is added to existing table 'orders' with type bigserial (a nextval() default)"
ALTER TABLE orders ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY; -- expect: sql-volatile-default-rewrites-table "with an identity"
