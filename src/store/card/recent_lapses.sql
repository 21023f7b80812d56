-- Cards answered Again (in study or in a quiz) since ?1.
SELECT DISTINCT COALESCE(c.id, a.id)
FROM review_log l LEFT JOIN card c ON c.num = l.card LEFT JOIN card_absent a ON a.num = -l.card
WHERE l.rating = 1 AND l.reviewed_at >= ?1
