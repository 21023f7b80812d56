-- Today's counts per reading. A claim whose card was answered today has its other new and
-- review cards buried until tomorrow, and of a claim's new or due cards only one is studied
-- a day, so those count claims, not cards. The daily limits are applied by the caller.
WITH touched AS (
  SELECT DISTINCT c.claim_id FROM review_log l JOIN card c ON c.num = l.card
  WHERE l.reviewed_at >= :day_start_ms
)
SELECT reading_id,
  COUNT(DISTINCT CASE WHEN phase = 'new' AND claim_id NOT IN touched THEN claim_id END),
  SUM(phase IN ('learning', 'relearning') AND due < :day_end),
  COUNT(DISTINCT CASE WHEN phase = 'review' AND due < :day_end AND claim_id NOT IN touched THEN claim_id END),
  COUNT(*)
FROM card
WHERE suspended = 0 AND archived = 0
GROUP BY reading_id
