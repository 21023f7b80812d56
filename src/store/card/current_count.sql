-- The cards of the current deck (those not archived).
SELECT COUNT(*) FROM card WHERE archived = 0
