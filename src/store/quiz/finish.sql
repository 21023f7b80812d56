UPDATE quiz SET finished_at = ?2 WHERE id = ?1 AND finished_at IS NULL
