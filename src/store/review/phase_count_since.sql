-- Answers since ?2 to cards in phase number ?1 (store/codes.rs) at the time.
SELECT COUNT(*) FROM review_log WHERE phase = ?1 AND reviewed_at >= ?2
