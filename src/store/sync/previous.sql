-- Every answer's row and the card's phase (number) before it, with the card's whole record for
-- the newest answers.
SELECT l.id, l.phase,
       u.phase, u.due, u.stability, u.difficulty, u.step, u.reps, u.lapses, u.last_review, u.suspended, u.leech
FROM review_log l LEFT JOIN review_undo u ON u.id = l.id
