DROP INDEX CONCURRENTLY IF EXISTS orders_note_idx;

-- an index of a table created in this migration
CREATE TABLE coupons (code text PRIMARY KEY, order_id bigint);
CREATE INDEX coupons_order_idx ON coupons (order_id);
DROP INDEX coupons_order_idx;

-- archforge-ignore: sql-index-dropped-without-concurrently the table holds a few hundred rows
DROP INDEX settings_key_idx;

-- an index of a table created in this migration, renamed before it is dropped
CREATE TABLE vouchers (code text PRIMARY KEY, order_id bigint);
CREATE INDEX vouchers_order_idx ON vouchers (order_id);
ALTER INDEX vouchers_order_idx RENAME TO vouchers_order_id_idx;
DROP INDEX vouchers_order_id_idx;
