-- In time order: answers merged from another device are written here after later ones.
SELECT COALESCE(c.id, a.id), l.reviewed_at, l.rating
FROM review_log l LEFT JOIN card c ON c.num = l.card LEFT JOIN card_absent a ON a.num = -l.card
ORDER BY l.reviewed_at, l.id
