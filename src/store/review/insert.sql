-- card number (store/codes.rs, card_number), time, rating, phase number, source number
INSERT INTO review_log (card, reviewed_at, rating, phase, source)
VALUES (?1, ?2, ?3, ?4, ?5)
