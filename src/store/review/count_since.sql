SELECT COUNT(*) FROM review_log WHERE reviewed_at >= ?1
