INSERT INTO review_log (card_id, reviewed_at, rating, phase, source)
VALUES (?1, ?2, ?3, ?4, ?5)
