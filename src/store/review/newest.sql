SELECT id, card_id, previous FROM review_log ORDER BY id DESC LIMIT 1
