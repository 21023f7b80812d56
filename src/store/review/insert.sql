INSERT INTO review_log (card_id, reviewed_at, rating, phase, source, previous)
VALUES (?1, ?2, ?3, ?4, ?5, ?6)
