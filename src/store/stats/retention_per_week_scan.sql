-- Reviews of graduated cards per week, and how many were recalled (not Again): true retention.
-- Phase 2 is review (store/codes.rs).
SELECT ((reviewed_at / 1000 + :shift) / 86400 + 3) / 7 AS week, COUNT(*), SUM(rating > 1)
FROM review_log WHERE phase = 2 AND reviewed_at >= :since_ms
GROUP BY week ORDER BY week
