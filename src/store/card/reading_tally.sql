-- Per reading: active cards, and claims with an active new card (kept by triggers).
SELECT reading_id, active, new_claims FROM reading_tally WHERE active > 0
