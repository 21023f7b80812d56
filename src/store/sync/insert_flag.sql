INSERT OR IGNORE INTO sync_flag (uid, origin, seq, card_id, at_ms, suspended)
VALUES (:uid, :origin, :seq, :card, :at, :suspended)
