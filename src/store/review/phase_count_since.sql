SELECT COUNT(*) FROM review_log WHERE phase = ?1 AND reviewed_at >= ?2
