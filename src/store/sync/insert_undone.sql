INSERT OR IGNORE INTO sync_undone (uid, origin, at_ms) VALUES (?1, ?2, ?3)
