-- A studied card brought forward to its exam plan's target day (only its due time changes).
UPDATE card SET due = ?2 WHERE id = ?1
