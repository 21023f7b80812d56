-- Every card that is not archived, as today's queue needs it.
SELECT id, claim_id, reading_id, position, phase, due, suspended FROM card WHERE archived = 0
