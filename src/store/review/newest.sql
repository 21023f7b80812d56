-- The newest answer given on this device (answers merged from other devices are theirs to undo).
SELECT id, card_id, previous, reviewed_at, phase FROM review_log
WHERE origin = (SELECT value FROM setting WHERE key = 'device_id')
ORDER BY id DESC LIMIT 1
