CREATE TABLE product_attributes ( -- expect: sql-entity-attribute-value "Table 'product_attributes' stores entity-attribute-value rows (product_id, attribute_name, value)"
  id bigint PRIMARY KEY,
  product_id bigint NOT NULL REFERENCES products (id),
  attribute_name text NOT NULL,
  value text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- expect: sql-entity-attribute-value "Table 'usermeta' stores entity-attribute-value rows (user_id, meta_key, meta_value)"
CREATE TABLE usermeta (
  umeta_id bigint PRIMARY KEY,
  user_id bigint NOT NULL,
  meta_key varchar(255),
  meta_value text
);
