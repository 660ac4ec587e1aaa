BEGIN;
SET LOCAL lock_timeout TO '2s';
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;
COMMIT;
