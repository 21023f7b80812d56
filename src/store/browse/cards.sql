-- The browse index: every current card's row id, id and claim, and what its claim's cards show,
-- in deck order.
SELECT c.num, c.id, c.claim_id, cc.body FROM card c JOIN card_content cc ON cc.claim_id = c.claim_id
WHERE c.archived = 0
ORDER BY c.position, c.id
