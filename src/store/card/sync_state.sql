SELECT id, claim_id, reading_id FROM card WHERE archived = 0
