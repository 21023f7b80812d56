-- retention_per_week_scan.sql from the quarter-hour tally; :since_ms and :shift are whole slots.
SELECT ((slot * 900 + :shift) / 86400 + 3) / 7 AS week, SUM(graduated), SUM(recalled)
FROM review_tally WHERE slot >= :since_ms / 900000
GROUP BY week HAVING SUM(graduated) > 0 ORDER BY week
