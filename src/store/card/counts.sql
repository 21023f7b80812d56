-- Today's counts per reading: new cards (before the daily limit), learning, and reviews due.
SELECT reading_id,
  SUM(phase = 'new'),
  SUM(phase IN ('learning', 'relearning') AND due < :day_end),
  SUM(phase = 'review' AND due < :day_end),
  COUNT(*)
FROM card
WHERE suspended = 0 AND archived = 0
GROUP BY reading_id
