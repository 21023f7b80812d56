-- Answers since ?1, oldest first: the card's claim and reading, when, and its phase (number) before.
SELECT c.claim_id, c.reading_id, l.reviewed_at, l.phase
FROM review_log l JOIN card c ON c.num = l.card
WHERE l.reviewed_at >= ?1 ORDER BY l.reviewed_at
