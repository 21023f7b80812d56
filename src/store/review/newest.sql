-- The newest answer given on this device (answers merged from other devices are theirs to undo),
-- with the card's record from before it when that is still kept.
SELECT l.id, COALESCE(c.id, a.id), l.reviewed_at, l.phase, l.uid, l.seq,
       u.phase, u.due, u.stability, u.difficulty, u.step, u.reps, u.lapses, u.last_review, u.suspended, u.leech
FROM review_log l LEFT JOIN review_undo u ON u.id = l.id
  LEFT JOIN card c ON c.num = l.card LEFT JOIN card_absent a ON a.num = -l.card
WHERE l.origin IS NULL
ORDER BY l.id DESC LIMIT 1
