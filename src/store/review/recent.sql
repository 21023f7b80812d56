-- The newest answers, newest first: card, time, button and the phase (number) before (for answer
-- times and button habits).
SELECT COALESCE(c.id, a.id), l.reviewed_at, l.rating, l.phase
FROM review_log l LEFT JOIN card c ON c.num = l.card LEFT JOIN card_absent a ON a.num = -l.card
ORDER BY l.id DESC LIMIT :limit
