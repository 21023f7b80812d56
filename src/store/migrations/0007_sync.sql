-- Progress on several devices: every answer gets a globally unique id and the device that gave
-- it with that device's own sequence number, undone answers and suspensions are kept as events,
-- so that the devices' logs can be merged by id and replayed in the same order everywhere.

-- This device, named by a random 128-bit id made once.
INSERT OR IGNORE INTO setting (key, value) VALUES ('device_id', lower(hex(randomblob(16))));

-- An answer's id: 128 bits in hex, the time in milliseconds (48 bits) then 80 random bits, so that
-- ids come in about the order answers are given and each device's new ones go at the end of the
-- index.
ALTER TABLE review_log ADD COLUMN uid TEXT;
ALTER TABLE review_log ADD COLUMN origin TEXT;   -- the device that gave the answer
ALTER TABLE review_log ADD COLUMN seq INTEGER;   -- its order among that device's answers

UPDATE review_log SET
  uid = printf('%012x', reviewed_at & 281474976710655) || lower(hex(randomblob(10))),
  origin = (SELECT value FROM setting WHERE key = 'device_id'),
  seq = id;

CREATE UNIQUE INDEX review_log_uid ON review_log (uid);

-- An answer given on this device is named as it is written.
CREATE TRIGGER review_log_identify AFTER INSERT ON review_log WHEN NEW.uid IS NULL BEGIN
  UPDATE review_log SET
    uid = printf('%012x', NEW.reviewed_at & 281474976710655) || lower(hex(randomblob(10))),
    origin = (SELECT value FROM setting WHERE key = 'device_id'),
    seq = NEW.id
  WHERE id = NEW.id;
END;

-- Answers taken back (on any device): the undo is an event the other devices honour.
CREATE TABLE sync_undone (
  uid    TEXT PRIMARY KEY,                 -- the answer's id
  origin TEXT NOT NULL,                    -- the device that undid it
  at_ms  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER review_log_undone AFTER DELETE ON review_log WHEN OLD.uid IS NOT NULL BEGIN
  INSERT OR IGNORE INTO sync_undone (uid, origin, at_ms)
  VALUES (OLD.uid, (SELECT value FROM setting WHERE key = 'device_id'), CAST(unixepoch('subsec') * 1000 AS INTEGER));
END;

-- Suspending and unsuspending a card by hand, in the order given.
CREATE TABLE sync_flag (
  uid       TEXT PRIMARY KEY,
  origin    TEXT NOT NULL,
  seq       INTEGER NOT NULL,
  card_id   TEXT NOT NULL,
  at_ms     INTEGER NOT NULL,
  suspended INTEGER NOT NULL
) STRICT;

-- Cards suspended by hand before: suspended from the start.
INSERT INTO sync_flag (uid, origin, seq, card_id, at_ms, suspended)
SELECT lower(hex(randomblob(16))), (SELECT value FROM setting WHERE key = 'device_id'),
       ROW_NUMBER() OVER (ORDER BY id), id, 0, 1
FROM card WHERE suspended = 1 AND leech = 0;

-- The merged log can find that an answer met its card in another phase than it was written with
-- (another device's answer to the card came first): the tallies follow.
CREATE TRIGGER review_tally_rephase AFTER UPDATE OF phase ON review_log WHEN OLD.phase IS NOT NEW.phase BEGIN
  UPDATE review_tally SET
    graduated = graduated - (OLD.phase = 'review') + (NEW.phase = 'review'),
    recalled = recalled - (OLD.phase = 'review' AND OLD.rating > 1) + (NEW.phase = 'review' AND NEW.rating > 1)
  WHERE slot = OLD.reviewed_at / 900000;
END;
