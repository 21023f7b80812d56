-- Cards coming due on each of the next days; overdue cards count on day 0. The phases are listed
-- (not `phase <> 'new'`) so that each is a range of the card_due index.
SELECT MAX(0, (due - :day_start) / 86400) AS day, COUNT(*)
FROM card
WHERE suspended = 0 AND archived = 0 AND phase IN ('learning', 'relearning', 'review') AND due < :day_start + :days * 86400
GROUP BY day ORDER BY day
