-- An answer given on another device (or on this one, given back by its own file after a restore):
-- card number, time, rating, the card's phase before it and the source (numbers, store/codes.rs),
-- stored id, device number, sequence.
INSERT INTO review_log (card, reviewed_at, rating, phase, source, uid, origin, seq)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
