SELECT id FROM card WHERE leech = 1 AND archived = 0 ORDER BY position
