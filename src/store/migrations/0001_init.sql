-- Cards of every deck the student has studied, keyed by stable `<claim-id>:<kind>` ids.
CREATE TABLE card (
  id          TEXT PRIMARY KEY,
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
  archived    INTEGER NOT NULL DEFAULT 0   -- its claim left the deck; history is kept
) STRICT;
CREATE INDEX card_due ON card (phase, due) WHERE suspended = 0 AND archived = 0;
CREATE INDEX card_claim ON card (claim_id);

-- Append-only: every answer ever given. The one deletion is undo of the newest answer.
CREATE TABLE review_log (
  id          INTEGER PRIMARY KEY,
  card_id     TEXT NOT NULL,
  reviewed_at INTEGER NOT NULL,            -- Unix milliseconds
  rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  phase       TEXT NOT NULL,               -- phase before the answer
  source      TEXT NOT NULL DEFAULT 'review',
  previous    TEXT NOT NULL                -- JSON of the card state before, for exact undo
) STRICT;
CREATE INDEX review_log_card ON review_log (card_id, reviewed_at);
CREATE INDEX review_log_time ON review_log (reviewed_at);

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
