-- Numbers card ?1, which the card table does not hold, for the review log (see card/number.sql).
INSERT OR IGNORE INTO card_absent (id) VALUES (?1)
