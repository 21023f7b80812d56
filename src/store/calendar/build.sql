-- The studied cards due on each study day (filled by the store from card/studied_due.sql), kept
-- by this connection's own writes from now on
-- (temporary: on this connection only, and gone when it closes). Study days start {boundary}
-- seconds after midnight UTC; suspended and archived cards count too, so that replaying the
-- review log alone places every review on the same day. Commits through other connections are not seen: the store builds the
-- table again when `PRAGMA data_version` says there were some.
CREATE TEMP TABLE IF NOT EXISTS due_day (day INTEGER PRIMARY KEY, n INTEGER NOT NULL);
DROP TRIGGER IF EXISTS temp.due_day_insert;
DROP TRIGGER IF EXISTS temp.due_day_update;
DROP TRIGGER IF EXISTS temp.due_day_delete;
DELETE FROM due_day;
CREATE TEMP TRIGGER due_day_insert AFTER INSERT ON card
WHEN NEW.phase IN ('learning', 'relearning', 'review') AND NEW.due IS NOT NULL BEGIN
  INSERT INTO due_day (day, n) VALUES ((NEW.due - {boundary}) / 86400, 1)
  ON CONFLICT (day) DO UPDATE SET n = n + 1;
END;
CREATE TEMP TRIGGER due_day_update AFTER UPDATE OF phase, due ON card BEGIN
  UPDATE due_day SET n = n - 1
  WHERE OLD.phase IN ('learning', 'relearning', 'review') AND OLD.due IS NOT NULL
    AND day = (OLD.due - {boundary}) / 86400;
  INSERT INTO due_day (day, n)
  SELECT (NEW.due - {boundary}) / 86400, 1
  WHERE NEW.phase IN ('learning', 'relearning', 'review') AND NEW.due IS NOT NULL
  ON CONFLICT (day) DO UPDATE SET n = n + 1;
END;
CREATE TEMP TRIGGER due_day_delete AFTER DELETE ON card
WHEN OLD.phase IN ('learning', 'relearning', 'review') AND OLD.due IS NOT NULL BEGIN
  UPDATE due_day SET n = n - 1 WHERE day = (OLD.due - {boundary}) / 86400;
END;
