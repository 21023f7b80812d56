-- The tally of a claim that had none, as the cards written in a merge leave it.
INSERT INTO claim_tally (reading_id, claim_id, active, new) VALUES (?1, ?2, ?3, ?4)
