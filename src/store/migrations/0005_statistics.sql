-- Answers tallied per quarter hour (Unix milliseconds / 900000), kept by triggers, so that the
-- statistics over a year add up a few thousand rows instead of reading every answer. Every time
-- zone's offset is a whole number of quarter hours, so any study day is made of whole slots.
CREATE TABLE review_tally (
  slot      INTEGER PRIMARY KEY,
  reviews   INTEGER NOT NULL,
  graduated INTEGER NOT NULL,              -- answers to cards in the review phase
  recalled  INTEGER NOT NULL               -- of those, not Again
) STRICT;

INSERT INTO review_tally (slot, reviews, graduated, recalled)
SELECT reviewed_at / 900000, COUNT(*), SUM(phase = 'review'), SUM(phase = 'review' AND rating > 1)
FROM review_log GROUP BY reviewed_at / 900000;

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

-- The Progress view's card figures, read from small indexes instead of the whole card table.
CREATE INDEX card_mastery ON card (reading_id, claim_id, phase, stability) WHERE archived = 0;
CREATE INDEX card_phase ON card (phase) WHERE archived = 0;
CREATE INDEX card_suspended ON card (suspended) WHERE suspended = 1;
