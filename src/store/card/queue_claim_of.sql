-- Every card not archived of the claim of card ?1.
SELECT id, claim_id, reading_id, position, phase, due, suspended FROM card
WHERE archived = 0 AND claim_id = (SELECT claim_id FROM card WHERE id = ?1)
