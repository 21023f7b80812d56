INSERT OR IGNORE INTO sync_device (id) VALUES (?1)
