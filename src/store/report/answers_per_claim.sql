-- Per claim: every answer on its cards (review and quiz) and those other than Again.
SELECT card.claim_id, COUNT(*), SUM(review_log.rating > 1)
FROM review_log JOIN card ON card.num = review_log.card
GROUP BY card.claim_id
