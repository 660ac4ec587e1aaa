-- the rule is online only; this file is reviewed online, and the column has no unique key
ALTER TABLE users ADD COLUMN nickname text;
