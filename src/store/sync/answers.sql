-- Every answer with what makes its global id, device (NULL: this one) and sequence, in the order
-- they were written here; the source is its number (store/codes.rs).
SELECT l.id, l.uid, d.id, l.seq, COALESCE(c.id, a.id), l.reviewed_at, l.rating, l.source
FROM review_log l LEFT JOIN sync_device d ON d.num = l.origin
  LEFT JOIN card c ON c.num = l.card LEFT JOIN card_absent a ON a.num = -l.card
ORDER BY l.id
