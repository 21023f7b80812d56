-- Notes the row id of every card row this connection writes from now on (temporary: on this
-- connection only, and gone when it closes), and forgets what was noted so far.
CREATE TEMP TABLE IF NOT EXISTS browse_written (card INTEGER PRIMARY KEY);
CREATE TEMP TRIGGER IF NOT EXISTS browse_written_insert AFTER INSERT ON card BEGIN
  INSERT OR IGNORE INTO browse_written VALUES (NEW.rowid);
END;
CREATE TEMP TRIGGER IF NOT EXISTS browse_written_update AFTER UPDATE ON card BEGIN
  INSERT OR IGNORE INTO browse_written VALUES (OLD.rowid);
  INSERT OR IGNORE INTO browse_written VALUES (NEW.rowid);
END;
CREATE TEMP TRIGGER IF NOT EXISTS browse_written_delete AFTER DELETE ON card BEGIN
  INSERT OR IGNORE INTO browse_written VALUES (OLD.rowid);
END;
DELETE FROM browse_written;
