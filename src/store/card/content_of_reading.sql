-- The current cards of one reading (all readings when ?1 is NULL), in deck order.
SELECT cc.body FROM card c JOIN card_content cc ON cc.id = c.id
WHERE c.archived = 0 AND (?1 IS NULL OR c.reading_id = ?1)
ORDER BY c.position
