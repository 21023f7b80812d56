-- The record a card had before an answer (the answer's row ?1), for an exact undo.
INSERT OR REPLACE INTO review_undo (id, phase, due, stability, difficulty, step, reps, lapses, last_review, suspended, leech)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
