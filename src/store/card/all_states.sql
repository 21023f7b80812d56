SELECT id, phase, due, stability, difficulty, step, reps, lapses, last_review, suspended, leech
FROM card ORDER BY id
