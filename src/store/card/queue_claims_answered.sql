-- Every card not archived of the claims answered since ?1 (Unix milliseconds), claim by claim.
SELECT id, claim_id, reading_id, position, phase, due, suspended FROM card
WHERE archived = 0 AND claim_id IN (
  SELECT c.claim_id FROM review_log l JOIN card c ON c.num = l.card WHERE l.reviewed_at >= ?1
)
ORDER BY claim_id
