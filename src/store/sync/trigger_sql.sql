SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1
