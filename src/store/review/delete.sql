DELETE FROM review_log WHERE id = ?1
