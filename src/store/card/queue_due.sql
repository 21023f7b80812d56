-- The active cards today's queue always holds: every learning card, and reviews due before the
-- end of the study day (?1).
SELECT id, claim_id, reading_id, position, phase, due, 0 FROM card INDEXED BY card_due
WHERE phase IN ('learning', 'relearning') AND suspended = 0 AND archived = 0
UNION ALL
SELECT id, claim_id, reading_id, position, phase, due, 0 FROM card INDEXED BY card_due
WHERE phase = 'review' AND due < ?1 AND suspended = 0 AND archived = 0
