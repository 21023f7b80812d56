-- Answers another device took back.
DELETE FROM review_log WHERE uid = ?1
