SELECT id, leech, lapses FROM card WHERE suspended = 1 AND archived = 0 ORDER BY position
