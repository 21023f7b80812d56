-- Records kept for undo only for the newest answers (rows after ?1).
DELETE FROM review_undo WHERE id <= ?1
