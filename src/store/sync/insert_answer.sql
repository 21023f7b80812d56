-- An answer given on another device.
INSERT INTO review_log (card_id, reviewed_at, rating, phase, source, previous, uid, origin, seq)
VALUES (:card, :at, :rating, :phase, :source, :previous, :uid, :origin, :seq)
