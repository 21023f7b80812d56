-- Answers merged in one go, tallied per quarter hour ?1 as the trigger review_tally_add
-- (migration 0008) tallies each one: ?2 answers, ?3 to cards in review, ?4 of those not Again.
INSERT INTO review_tally (slot, reviews, graduated, recalled) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (slot) DO UPDATE SET
  reviews = reviews + excluded.reviews, graduated = graduated + excluded.graduated,
  recalled = recalled + excluded.recalled
