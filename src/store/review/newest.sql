SELECT id, card_id, previous, reviewed_at, phase FROM review_log ORDER BY id DESC LIMIT 1
