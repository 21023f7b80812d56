INSERT OR IGNORE INTO setting (key, value) VALUES (?1, ?2)
