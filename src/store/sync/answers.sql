-- Every answer with its global id, device and sequence, in the order they were written here.
SELECT uid, origin, seq, card_id, reviewed_at, rating, source FROM review_log ORDER BY id
