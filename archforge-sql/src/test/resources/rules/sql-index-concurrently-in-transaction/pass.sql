-- the concurrent builds come first, outside the transaction block
CREATE INDEX CONCURRENTLY edit_note_editor_idx ON edit_note (editor);
DROP INDEX CONCURRENTLY IF EXISTS edit_note_old_idx;

BEGIN;
-- inside the block, without CONCURRENTLY (the table is locked, but the statement runs)
CREATE INDEX release_tag_idx ON release_tag (tag);
DELETE FROM edit_note WHERE editor IS NULL;
COMMIT;

-- after the block is closed again
REINDEX INDEX CONCURRENTLY release_tag_idx;

BEGIN;
UPDATE edit_note SET text = '' WHERE text IS NULL;
ROLLBACK;
CREATE INDEX CONCURRENTLY edit_note_text_idx ON edit_note (text);
