-- A card's record as the merged log replays it, the card found by its number.
UPDATE card SET phase = ?2, due = ?3, stability = ?4, difficulty = ?5, step = ?6, reps = ?7,
  lapses = ?8, last_review = ?9, suspended = ?10, leech = ?11
WHERE num = ?1
