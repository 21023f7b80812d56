-- The card's phase (number) before an answer, as the merged log has it.
UPDATE review_log SET phase = :phase WHERE id = :row
