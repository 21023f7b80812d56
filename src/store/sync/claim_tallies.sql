-- Every claim's tally.
SELECT reading_id, claim_id, active, new FROM claim_tally
