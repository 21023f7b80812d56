-- The card's record before an answer, as the merged log has it.
UPDATE review_log SET phase = :phase, previous = :previous WHERE uid = :uid
