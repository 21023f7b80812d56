-- The next card to study: learning cards due now, then reviews due today, then new cards,
-- each within what is left of today's limits. A claim answered today has its other new and
-- review cards buried until tomorrow; learning cards are never buried.
WITH touched AS (
  SELECT DISTINCT c.claim_id FROM review_log l JOIN card c ON c.num = l.card
  WHERE l.reviewed_at >= :day_start_ms
)
SELECT id FROM card
WHERE suspended = 0 AND archived = 0
  AND (:reading IS NULL OR reading_id = :reading)
  AND (
    (phase IN ('learning', 'relearning') AND due <= :now)
    OR (phase = 'review' AND :review_left > 0 AND due < :day_end AND claim_id NOT IN touched)
    OR (phase = 'new' AND :new_left > 0 AND claim_id NOT IN touched)
  )
ORDER BY CASE phase WHEN 'new' THEN 2 WHEN 'review' THEN 1 ELSE 0 END, due, position
LIMIT 1
