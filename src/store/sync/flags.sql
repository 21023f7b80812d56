SELECT uid, origin, seq, card_id, at_ms, suspended FROM sync_flag ORDER BY rowid
