-- An answer given on another device (or on this one, given back by its own file after a restore).
INSERT INTO review_log (card_id, reviewed_at, rating, phase, source, uid, origin, seq)
VALUES (:card, :at, :rating, :phase, :source, :uid, :origin, :seq)
