-- An answer of this device taken back (its sync id ?1): an event the other devices honour.
INSERT OR IGNORE INTO sync_undone (uid, origin, at_ms)
VALUES (?1, (SELECT value FROM setting WHERE key = 'device_id'), CAST(unixepoch('subsec') * 1000 AS INTEGER))
