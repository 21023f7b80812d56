SELECT phase, due, stability, difficulty, step, reps, lapses, last_review, suspended, leech
FROM card WHERE id = ?1
