-- Reviews of graduated cards per week, and how many were recalled (not Again): true retention.
SELECT ((reviewed_at / 1000 + :shift) / 86400 + 3) / 7 AS week, COUNT(*), SUM(rating > 1)
FROM review_log WHERE phase = 'review' AND reviewed_at >= :since_ms
GROUP BY week ORDER BY week
