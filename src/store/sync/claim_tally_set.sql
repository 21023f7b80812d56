-- A claim's tally as the cards written in a merge leave it.
UPDATE claim_tally SET active = ?3, new = ?4 WHERE reading_id = ?1 AND claim_id = ?2
