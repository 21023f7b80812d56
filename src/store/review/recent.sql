-- The newest answers, newest first: card, time, button and the phase before (for answer times
-- and button habits).
SELECT card_id, reviewed_at, rating, phase FROM review_log ORDER BY id DESC LIMIT :limit
