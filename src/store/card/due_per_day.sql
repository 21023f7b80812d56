-- Studied cards due on each study day of a range, for load balancing. Suspended and archived
-- cards count too, so that replaying the review log alone places every review on the same day.
SELECT (due - :day_start) / 86400 AS day, COUNT(*)
FROM card
WHERE phase IN ('learning', 'relearning', 'review') AND due >= :from AND due < :to
GROUP BY day ORDER BY day
