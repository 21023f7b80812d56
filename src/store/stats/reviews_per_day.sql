-- reviews_per_day_scan.sql from the quarter-hour tally; :since_ms and :shift are whole slots.
SELECT (slot * 900 + :shift) / 86400 AS day, SUM(reviews)
FROM review_tally WHERE slot >= :since_ms / 900000
GROUP BY day HAVING SUM(reviews) > 0 ORDER BY day
