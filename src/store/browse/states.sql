-- What a search reads of every current card: its row id, new-card position and record.
SELECT rowid, position, phase, due, stability, difficulty, step, reps, lapses, last_review, suspended, leech
FROM card WHERE archived = 0
