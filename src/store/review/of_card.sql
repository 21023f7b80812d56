-- One card's answers in the order they were given, each with the card's record from before it
-- when that is still kept. The log has no index by card: this reads it through.
SELECT l.reviewed_at, l.rating, l.phase, l.source, l.id,
       u.phase, u.due, u.stability, u.difficulty, u.step, u.reps, u.lapses, u.last_review, u.suspended, u.leech
FROM review_log l LEFT JOIN review_undo u ON u.id = l.id
WHERE l.card = (SELECT num FROM card WHERE id = ?1 UNION ALL SELECT -num FROM card_absent WHERE id = ?1 LIMIT 1)
ORDER BY l.reviewed_at, l.id
