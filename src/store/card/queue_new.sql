-- The next active new cards after (:position, :id) in the order they are introduced, in all
-- readings or in :reading.
SELECT id, claim_id, reading_id, position, phase, due, suspended FROM card INDEXED BY card_new
WHERE phase = 'new' AND suspended = 0 AND archived = 0 AND (position, id) > (:position, :id)
ORDER BY position, id
LIMIT :limit
