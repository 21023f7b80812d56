SELECT card_id, reviewed_at, rating FROM review_log ORDER BY card_id, reviewed_at, id
