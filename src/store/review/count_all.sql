SELECT COUNT(*) FROM review_log
