-- A smaller file: the review log names cards by number and keeps phase and source as small
-- numbers, it has one index (by time) instead of two, and what the cards show is compressed.
--
-- * Cards get a number (`card.num`, kept through VACUUM as the table's INTEGER PRIMARY KEY); the
--   log's `card` is that number. A card the log names that the card table does not hold (an
--   answer from another device to a card this deck does not have) is numbered in `card_absent`
--   and named in the log by the negative of that number.
-- * Phase and source are numbers (store/codes.rs): phase 0 new, 1 learning, 2 review,
--   3 relearning; source 0 review, 1 quiz.
-- * The index by card (30 MB at a million answers) is gone: a card's history reads the log
--   through (tens of milliseconds at a million answers); the index by time stays.
-- * Card content is kept per claim, compressed (zstd with a dictionary of the JSON of the claim's
--   cards, see store/mod.rs, claims_content), made again by the next open (the `cards_key`
--   setting is cleared).

CREATE TABLE card_numbered (
  num         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  claim_id    TEXT NOT NULL,
  reading_id  TEXT NOT NULL,
  kind        TEXT NOT NULL,
  position    INTEGER NOT NULL,            -- order in which new cards are introduced
  phase       TEXT NOT NULL DEFAULT 'new', -- new | learning | review | relearning
  due         INTEGER,                     -- Unix seconds
  stability   REAL,
  difficulty  REAL,
  step        INTEGER NOT NULL DEFAULT 0,
  reps        INTEGER NOT NULL DEFAULT 0,
  lapses      INTEGER NOT NULL DEFAULT 0,
  last_review INTEGER,
  suspended   INTEGER NOT NULL DEFAULT 0,
  archived    INTEGER NOT NULL DEFAULT 0,  -- its claim left the deck; history is kept
  leech       INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO card_numbered (id, claim_id, reading_id, kind, position, phase, due, stability, difficulty, step,
                           reps, lapses, last_review, suspended, archived, leech)
SELECT id, claim_id, reading_id, kind, position, phase, due, stability, difficulty, step,
       reps, lapses, last_review, suspended, archived, leech
FROM card ORDER BY id;

-- Dropping the table drops its indexes and triggers; they are made again below as they were.
DROP TABLE card;
ALTER TABLE card_numbered RENAME TO card;

CREATE INDEX card_claim ON card (claim_id);
CREATE INDEX card_leech ON card (leech) WHERE leech = 1;
CREATE INDEX card_mastery ON card (reading_id, claim_id, phase, stability) WHERE archived = 0;
CREATE INDEX card_phase ON card (phase) WHERE archived = 0;
CREATE INDEX card_suspended ON card (suspended) WHERE suspended = 1;
CREATE INDEX card_due ON card (phase, due, claim_id, reading_id, position, id, suspended, archived)
WHERE suspended = 0 AND archived = 0;
CREATE INDEX card_new ON card (position, id) WHERE phase = 'new' AND suspended = 0 AND archived = 0;
CREATE INDEX card_new_in_reading ON card (reading_id, position, id)
WHERE phase = 'new' AND suspended = 0 AND archived = 0;
CREATE INDEX card_due_studied ON card (due) WHERE phase IN ('learning', 'relearning', 'review');

CREATE TRIGGER card_tally_insert AFTER INSERT ON card
WHEN NEW.suspended = 0 AND NEW.archived = 0 BEGIN
  INSERT INTO claim_tally (reading_id, claim_id, active, new) VALUES (NEW.reading_id, NEW.claim_id, 1, NEW.phase = 'new')
  ON CONFLICT (reading_id, claim_id) DO UPDATE SET active = active + 1, new = new + excluded.new;
END;

CREATE TRIGGER card_tally_delete AFTER DELETE ON card
WHEN OLD.suspended = 0 AND OLD.archived = 0 BEGIN
  UPDATE claim_tally SET active = active - 1, new = new - (OLD.phase = 'new')
  WHERE reading_id = OLD.reading_id AND claim_id = OLD.claim_id;
END;

CREATE TRIGGER card_tally_update AFTER UPDATE OF phase, suspended, archived, reading_id, claim_id ON card
WHEN (OLD.suspended = 0 AND OLD.archived = 0) IS NOT (NEW.suspended = 0 AND NEW.archived = 0)
  OR (OLD.phase = 'new') IS NOT (NEW.phase = 'new')
  OR OLD.reading_id IS NOT NEW.reading_id
  OR OLD.claim_id IS NOT NEW.claim_id
BEGIN
  UPDATE claim_tally SET active = active - 1, new = new - (OLD.phase = 'new')
  WHERE OLD.suspended = 0 AND OLD.archived = 0 AND reading_id = OLD.reading_id AND claim_id = OLD.claim_id;
  INSERT INTO claim_tally (reading_id, claim_id, active, new)
  SELECT NEW.reading_id, NEW.claim_id, 1, NEW.phase = 'new' WHERE NEW.suspended = 0 AND NEW.archived = 0
  ON CONFLICT (reading_id, claim_id) DO UPDATE SET active = active + 1, new = new + excluded.new;
END;

-- Cards the log names that the card table does not hold; the log names them by -num. When such
-- a card comes into the card table, its answers are given its number (store/card/adopt_absent.sql).
CREATE TABLE card_absent (
  num INTEGER PRIMARY KEY,
  id  TEXT NOT NULL UNIQUE
) STRICT;

INSERT INTO card_absent (id)
SELECT DISTINCT card_id FROM review_log WHERE card_id NOT IN (SELECT id FROM card) ORDER BY card_id;

CREATE TABLE review_log_numbered (
  id          INTEGER PRIMARY KEY,
  card        INTEGER NOT NULL,            -- card.num, or -card_absent.num
  reviewed_at INTEGER NOT NULL,            -- Unix milliseconds
  rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  phase       INTEGER NOT NULL,            -- phase before the answer: 0 new, 1 learning, 2 review, 3 relearning
  source      INTEGER NOT NULL DEFAULT 0,  -- 0 review (study), 1 quiz
  uid         BLOB,                        -- NULL: the derived id; else its last 10 bytes or all 16
  origin      INTEGER,                     -- NULL: this device; else sync_device.num
  seq         INTEGER                      -- NULL: the row id
) STRICT;

INSERT INTO review_log_numbered (id, card, reviewed_at, rating, phase, source, uid, origin, seq)
SELECT l.id, COALESCE(c.num, -a.num), l.reviewed_at, l.rating,
       CASE l.phase WHEN 'new' THEN 0 WHEN 'learning' THEN 1 WHEN 'review' THEN 2 WHEN 'relearning' THEN 3 END,
       CASE l.source WHEN 'quiz' THEN 1 ELSE 0 END,
       l.uid, l.origin, l.seq
FROM review_log l LEFT JOIN card c ON c.id = l.card_id LEFT JOIN card_absent a ON a.id = l.card_id
ORDER BY l.id;

DROP TABLE review_log;
ALTER TABLE review_log_numbered RENAME TO review_log;

CREATE INDEX review_log_time ON review_log (reviewed_at);

CREATE TRIGGER review_tally_add AFTER INSERT ON review_log BEGIN
  INSERT INTO review_tally (slot, reviews, graduated, recalled)
  VALUES (NEW.reviewed_at / 900000, 1, NEW.phase = 2, NEW.phase = 2 AND NEW.rating > 1)
  ON CONFLICT (slot) DO UPDATE SET
    reviews = reviews + 1, graduated = graduated + excluded.graduated, recalled = recalled + excluded.recalled;
END;

CREATE TRIGGER review_tally_remove AFTER DELETE ON review_log BEGIN
  UPDATE review_tally SET
    reviews = reviews - 1,
    graduated = graduated - (OLD.phase = 2),
    recalled = recalled - (OLD.phase = 2 AND OLD.rating > 1)
  WHERE slot = OLD.reviewed_at / 900000;
END;

CREATE TRIGGER review_tally_rephase AFTER UPDATE OF phase ON review_log WHEN OLD.phase IS NOT NEW.phase BEGIN
  UPDATE review_tally SET
    graduated = graduated - (OLD.phase = 2) + (NEW.phase = 2),
    recalled = recalled - (OLD.phase = 2 AND OLD.rating > 1) + (NEW.phase = 2 AND NEW.rating > 1)
  WHERE slot = OLD.reviewed_at / 900000;
END;

CREATE TRIGGER review_undo_remove AFTER DELETE ON review_log BEGIN
  DELETE FROM review_undo WHERE id = OLD.id;
END;

-- What each card shows, per claim, compressed (see store/mod.rs, claims_content).
DROP TABLE card_content;
CREATE TABLE card_content (
  claim_id TEXT PRIMARY KEY,
  body     BLOB NOT NULL
) STRICT, WITHOUT ROWID;
DELETE FROM setting WHERE key = 'cards_key';
