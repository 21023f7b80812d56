-- The answers given on device ?1, in the order they were written here.
SELECT uid, origin, seq, card_id, reviewed_at, rating, source FROM review_log WHERE origin = ?1 ORDER BY id
