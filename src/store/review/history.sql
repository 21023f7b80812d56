-- Every answer, card by card (in the order of their numbers), each card's in the order given.
SELECT COALESCE(c.id, a.id), l.reviewed_at, l.rating
FROM review_log l LEFT JOIN card c ON c.num = l.card LEFT JOIN card_absent a ON a.num = -l.card
ORDER BY l.card, l.reviewed_at, l.id
