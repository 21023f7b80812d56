UPDATE card SET suspended = ?2, leech = ?3 WHERE id = ?1
