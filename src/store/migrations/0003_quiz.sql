-- Quizzes: a drawn set of questions and the student's answers to them.
CREATE TABLE quiz (
  id          INTEGER PRIMARY KEY,
  started_at  INTEGER NOT NULL,            -- Unix milliseconds
  scope       TEXT NOT NULL,               -- JSON of the scope (all, reading, tag, weak)
  seed        INTEGER NOT NULL,
  finished_at INTEGER
) STRICT;

CREATE TABLE quiz_question (
  quiz_id     INTEGER NOT NULL REFERENCES quiz (id),
  position    INTEGER NOT NULL,
  card_id     TEXT NOT NULL,
  given       TEXT,                        -- what the student answered, as text
  outcome     TEXT,                        -- exact | close | wrong
  answered_at INTEGER,
  PRIMARY KEY (quiz_id, position)
) STRICT;
