SELECT phase, due, stability, difficulty, step, reps, lapses, last_review
FROM card WHERE id = ?1
