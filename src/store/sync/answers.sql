-- Every answer with what makes its global id, device (NULL: this one) and sequence, in the order
-- they were written here.
SELECT l.id, l.uid, d.id, l.seq, l.card_id, l.reviewed_at, l.rating, l.source
FROM review_log l LEFT JOIN sync_device d ON d.num = l.origin ORDER BY l.id
