-- The answers given on device ?1 (this device's have no number), in the order they were written here.
SELECT l.id, l.uid, d.id, l.seq, l.card_id, l.reviewed_at, l.rating, l.source
FROM review_log l LEFT JOIN sync_device d ON d.num = l.origin
WHERE l.origin IS (SELECT num FROM sync_device WHERE id = ?1) ORDER BY l.id
