-- An answer given on another device (or on this one, given back by its own file after a restore):
-- card, time, rating, the card's phase before it, source, stored id, device number, sequence.
INSERT INTO review_log (card_id, reviewed_at, rating, phase, source, uid, origin, seq)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
