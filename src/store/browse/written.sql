-- The cards written through this connection since they were last taken (see track.sql), in
-- the columns of states.sql; NULLs for a card that is no longer a current card.
SELECT w.card, c.position, c.phase, c.due, c.stability, c.difficulty, c.step, c.reps, c.lapses, c.last_review,
       c.suspended, c.leech
FROM browse_written w LEFT JOIN card c ON c.rowid = w.card AND c.archived = 0
