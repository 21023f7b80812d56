-- Answers since ?1, oldest first: the card's claim and reading, when, and its phase before.
SELECT c.claim_id, c.reading_id, l.reviewed_at, l.phase
FROM review_log l JOIN card c ON c.id = l.card_id
WHERE l.reviewed_at >= ?1 ORDER BY l.reviewed_at
