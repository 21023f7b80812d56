UPDATE card SET archived = 1 WHERE archived = 0 AND id NOT IN (SELECT value FROM json_each(?1))
