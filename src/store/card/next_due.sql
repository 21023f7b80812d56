-- The next card to study: learning cards due now, then reviews due today, then new cards,
-- each within what is left of today's limits. Siblings (other cards of a claim answered
-- today) wait until tomorrow, unless in learning.
SELECT id FROM card c
WHERE suspended = 0 AND archived = 0
  AND (
    (phase IN ('learning', 'relearning') AND due <= :now)
    OR (phase = 'review' AND :review_left > 0 AND due < :day_end AND NOT EXISTS (
          SELECT 1 FROM card s JOIN review_log l ON l.card_id = s.id
          WHERE s.claim_id = c.claim_id AND s.id <> c.id AND l.reviewed_at >= :day_start_ms))
    OR (phase = 'new' AND :new_left > 0 AND NOT EXISTS (
          SELECT 1 FROM card s JOIN review_log l ON l.card_id = s.id
          WHERE s.claim_id = c.claim_id AND s.id <> c.id AND l.reviewed_at >= :day_start_ms))
  )
ORDER BY CASE phase WHEN 'new' THEN 2 WHEN 'review' THEN 1 ELSE 0 END, due, position
LIMIT 1
