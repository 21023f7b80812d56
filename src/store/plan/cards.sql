-- Cards in study (neither suspended nor archived) with their claim and reading, for exam plans.
SELECT id, claim_id, reading_id, phase, due, stability, difficulty, step, reps, lapses, last_review, suspended, leech
FROM card WHERE suspended = 0 AND archived = 0 ORDER BY id
