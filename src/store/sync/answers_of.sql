-- The answers given on device ?1 (this device's have no number), in the order they were written
-- here; the source is its number (store/codes.rs).
SELECT l.id, l.uid, d.id, l.seq, COALESCE(c.id, a.id), l.reviewed_at, l.rating, l.source
FROM review_log l LEFT JOIN sync_device d ON d.num = l.origin
  LEFT JOIN card c ON c.num = l.card LEFT JOIN card_absent a ON a.num = -l.card
WHERE l.origin IS (SELECT num FROM sync_device WHERE id = ?1) ORDER BY l.id
