-- The current cards of one reading (all readings when ?1 is NULL), in deck order: each card's id
-- and claim, and what its claim's cards show.
SELECT c.id, c.claim_id, cc.body FROM card c JOIN card_content cc ON cc.claim_id = c.claim_id
WHERE c.archived = 0 AND (?1 IS NULL OR c.reading_id = ?1)
ORDER BY c.position
