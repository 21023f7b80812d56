-- One card's answers in the order they were given, each with the card's record from before it.
SELECT reviewed_at, rating, phase, source, previous FROM review_log WHERE card_id = ?1 ORDER BY reviewed_at, id
