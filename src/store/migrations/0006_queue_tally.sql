-- What today's queue needs of the cards it does not load, kept by triggers: per claim and
-- reading, the active cards (neither suspended nor archived) and how many of them are new; per
-- reading, the active cards and the claims with an active new card. The queue then reads only
-- learning cards, reviews due today, the claims answered today and the first new cards.
CREATE TABLE claim_tally (
  reading_id TEXT NOT NULL,
  claim_id   TEXT NOT NULL,
  active     INTEGER NOT NULL,
  new        INTEGER NOT NULL,
  PRIMARY KEY (reading_id, claim_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE reading_tally (
  reading_id TEXT PRIMARY KEY,
  active     INTEGER NOT NULL,
  new_claims INTEGER NOT NULL
) STRICT;

INSERT INTO claim_tally (reading_id, claim_id, active, new)
SELECT reading_id, claim_id, SUM(suspended = 0 AND archived = 0), SUM(suspended = 0 AND archived = 0 AND phase = 'new')
FROM card GROUP BY reading_id, claim_id;

INSERT INTO reading_tally (reading_id, active, new_claims)
SELECT reading_id, SUM(active), SUM(new > 0) FROM claim_tally GROUP BY reading_id;

CREATE TRIGGER claim_tally_insert AFTER INSERT ON claim_tally BEGIN
  INSERT INTO reading_tally (reading_id, active, new_claims) VALUES (NEW.reading_id, NEW.active, NEW.new > 0)
  ON CONFLICT (reading_id) DO UPDATE SET
    active = active + excluded.active, new_claims = new_claims + excluded.new_claims;
END;

CREATE TRIGGER claim_tally_update AFTER UPDATE ON claim_tally BEGIN
  UPDATE reading_tally SET
    active = active + NEW.active - OLD.active,
    new_claims = new_claims + (NEW.new > 0) - (OLD.new > 0)
  WHERE reading_id = NEW.reading_id;
END;

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

-- Only changes that move a card in or out of the tallies: answering a review card fires nothing.
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

-- Learning cards and reviews due today, read from the index alone (which needs the columns of
-- its own condition too).
DROP INDEX card_due;
CREATE INDEX card_due ON card (phase, due, claim_id, reading_id, position, id, suspended, archived)
WHERE suspended = 0 AND archived = 0;

-- The first new cards by position, over all readings and within one.
CREATE INDEX card_new ON card (position, id) WHERE phase = 'new' AND suspended = 0 AND archived = 0;
CREATE INDEX card_new_in_reading ON card (reading_id, position, id)
WHERE phase = 'new' AND suspended = 0 AND archived = 0;
