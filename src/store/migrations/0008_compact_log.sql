-- A smaller review log. Every answer used to keep the card's whole record from before it as JSON
-- (for undo), its sync id as 32 hex digits with an index of its own, and its device as 32 more:
-- most of the file. Now:
--
-- * The record before an answer is kept, in typed columns, only for the newest answers
--   (`review_undo`, trimmed as answers are written); undoing an older answer rebuilds the record
--   by replaying the card's answers through the scheduler.
-- * An answer's device is a number into `sync_device`; NULL is this device.
-- * Its order among that device's answers (`seq`) is NULL when it is its row id here.
-- * Its sync id (`uid`) is NULL when it is the one made from its time, device and sequence
--   (see store/sync.rs, `derived_uid`), as every answer given from now on has; an id made
--   otherwise (by migration 0007 at random, or by another device) is kept as bytes: the 10 after
--   the time when the id starts with the answer's time, or all 16.
-- * Answers are found by row id, not by sync id: the sync id needs no index.

-- Other devices, numbered.
CREATE TABLE sync_device (
  num INTEGER PRIMARY KEY,
  id  TEXT NOT NULL UNIQUE
) STRICT;

INSERT INTO sync_device (id)
SELECT DISTINCT origin FROM review_log
WHERE origin IS NOT NULL AND origin != (SELECT value FROM setting WHERE key = 'device_id')
ORDER BY origin;

-- The record a card had before each of the newest answers, for an exact undo.
CREATE TABLE review_undo (
  id          INTEGER PRIMARY KEY,         -- the answer's row in review_log
  phase       TEXT NOT NULL,
  due         INTEGER,
  stability   REAL,
  difficulty  REAL,
  step        INTEGER NOT NULL,
  reps        INTEGER NOT NULL,
  lapses      INTEGER NOT NULL,
  last_review INTEGER,
  suspended   INTEGER NOT NULL,
  leech       INTEGER NOT NULL
) STRICT;

-- The same number of newest answers as store/mod.rs keeps (UNDO_KEPT); only this device's
-- answers are undone here (a record that cannot be read is not kept: undo rebuilds it).
INSERT INTO review_undo (id, phase, due, stability, difficulty, step, reps, lapses, last_review, suspended, leech)
SELECT id, json_extract(previous, '$.state.phase'), json_extract(previous, '$.state.due'),
       json_extract(previous, '$.state.stability'), json_extract(previous, '$.state.difficulty'),
       json_extract(previous, '$.state.step'), json_extract(previous, '$.state.reps'),
       json_extract(previous, '$.state.lapses'), json_extract(previous, '$.state.last_review'),
       json_extract(previous, '$.suspended'), json_extract(previous, '$.leech')
FROM review_log
WHERE id > (SELECT MAX(id) FROM review_log) - 5000
  AND origin = (SELECT value FROM setting WHERE key = 'device_id')
  AND json_extract(previous, '$.state.phase') IS NOT NULL;

CREATE TABLE review_log_compact (
  id          INTEGER PRIMARY KEY,
  card_id     TEXT NOT NULL,
  reviewed_at INTEGER NOT NULL,            -- Unix milliseconds
  rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  phase       TEXT NOT NULL,               -- phase before the answer
  source      TEXT NOT NULL DEFAULT 'review',
  uid         BLOB,                        -- NULL: the derived id; else its last 10 bytes or all 16
  origin      INTEGER,                     -- NULL: this device; else sync_device.num
  seq         INTEGER                      -- NULL: the row id
) STRICT;

INSERT INTO review_log_compact (id, card_id, reviewed_at, rating, phase, source, uid, origin, seq)
SELECT l.id, l.card_id, l.reviewed_at, l.rating, l.phase, l.source,
       CASE WHEN substr(l.uid, 1, 12) = printf('%012x', l.reviewed_at & 281474976710655)
            THEN unhex(substr(l.uid, 13)) ELSE unhex(l.uid) END,
       d.num,
       CASE WHEN d.num IS NULL AND l.seq = l.id THEN NULL ELSE l.seq END
FROM review_log l LEFT JOIN sync_device d ON d.id = l.origin
ORDER BY l.id;

-- Dropping the table drops its indexes and triggers (the tallies', 0007's naming and undo
-- triggers: answers are now named and undos logged by the code that writes them).
DROP TABLE review_log;
ALTER TABLE review_log_compact RENAME TO review_log;

CREATE INDEX review_log_card ON review_log (card_id, reviewed_at);
CREATE INDEX review_log_time ON review_log (reviewed_at);

CREATE TRIGGER review_tally_add AFTER INSERT ON review_log BEGIN
  INSERT INTO review_tally (slot, reviews, graduated, recalled)
  VALUES (NEW.reviewed_at / 900000, 1, NEW.phase = 'review', NEW.phase = 'review' AND NEW.rating > 1)
  ON CONFLICT (slot) DO UPDATE SET
    reviews = reviews + 1, graduated = graduated + excluded.graduated, recalled = recalled + excluded.recalled;
END;

CREATE TRIGGER review_tally_remove AFTER DELETE ON review_log BEGIN
  UPDATE review_tally SET
    reviews = reviews - 1,
    graduated = graduated - (OLD.phase = 'review'),
    recalled = recalled - (OLD.phase = 'review' AND OLD.rating > 1)
  WHERE slot = OLD.reviewed_at / 900000;
END;

CREATE TRIGGER review_tally_rephase AFTER UPDATE OF phase ON review_log WHEN OLD.phase IS NOT NEW.phase BEGIN
  UPDATE review_tally SET
    graduated = graduated - (OLD.phase = 'review') + (NEW.phase = 'review'),
    recalled = recalled - (OLD.phase = 'review' AND OLD.rating > 1) + (NEW.phase = 'review' AND NEW.rating > 1)
  WHERE slot = OLD.reviewed_at / 900000;
END;

-- An answer taken away takes its undo record with it.
CREATE TRIGGER review_undo_remove AFTER DELETE ON review_log BEGIN
  DELETE FROM review_undo WHERE id = OLD.id;
END;
