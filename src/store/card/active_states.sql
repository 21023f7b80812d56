-- Cards in study (neither suspended nor archived), for the workload simulation.
SELECT id, phase, due, stability, difficulty, step, reps, lapses, last_review, suspended, leech
FROM card WHERE suspended = 0 AND archived = 0 ORDER BY id
