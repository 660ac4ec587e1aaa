-- a function of the row's own values is fine in a CHECK
CREATE FUNCTION is_slug(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT s ~ '^[a-z0-9-]+$'
$$;
CREATE FUNCTION this_year() RETURNS int LANGUAGE sql AS $$ SELECT extract(year from now())::int $$;
CREATE TABLE pages (
  id bigint PRIMARY KEY,
  slug text NOT NULL CHECK (is_slug(slug)),
  year int CHECK (year <= this_year() AND lower(slug) = slug)
);
