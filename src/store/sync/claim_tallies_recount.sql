-- The claims' tallies counted again from the card table once a bulk merge has written its cards
-- with the trigger card_tally_update (migration 0010) dropped: the counts that trigger would have
-- kept card by card. A tally is kept when its claim has no counted card left, as the trigger does.
UPDATE claim_tally SET (active, new) = (
  SELECT COALESCE(SUM(suspended = 0 AND archived = 0), 0),
         COALESCE(SUM(suspended = 0 AND archived = 0 AND phase = 'new'), 0)
  FROM card WHERE card.reading_id = claim_tally.reading_id AND card.claim_id = claim_tally.claim_id
);

INSERT INTO claim_tally (reading_id, claim_id, active, new)
SELECT reading_id, claim_id, SUM(suspended = 0 AND archived = 0), SUM(suspended = 0 AND archived = 0 AND phase = 'new')
FROM card
WHERE NOT EXISTS (SELECT 1 FROM claim_tally t WHERE t.reading_id = card.reading_id AND t.claim_id = card.claim_id)
GROUP BY reading_id, claim_id
HAVING SUM(suspended = 0 AND archived = 0) > 0;
