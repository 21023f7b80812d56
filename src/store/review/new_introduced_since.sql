SELECT COUNT(DISTINCT card_id) FROM review_log WHERE phase = 'new' AND reviewed_at >= ?1
