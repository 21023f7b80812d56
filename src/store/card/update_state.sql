UPDATE card SET phase = ?2, due = ?3, stability = ?4, difficulty = ?5, step = ?6, reps = ?7,
  lapses = ?8, last_review = ?9
WHERE id = ?1
