-- The browse index: every current card's row id and content, in deck order.
SELECT c.rowid, cc.body FROM card c JOIN card_content cc ON cc.id = c.id
WHERE c.archived = 0
ORDER BY c.position, c.id
