-- Answers per study day (days since 1970-01-01 in local time, counted from the rollover hour).
SELECT (reviewed_at / 1000 + :shift) / 86400 AS day, COUNT(*)
FROM review_log WHERE reviewed_at >= :since_ms
GROUP BY day ORDER BY day
