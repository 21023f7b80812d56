-- Answers since ?1: the claim of the card answered and the card's phase (number) before the answer.
SELECT c.claim_id, l.phase FROM review_log l JOIN card c ON c.num = l.card WHERE l.reviewed_at >= ?1
