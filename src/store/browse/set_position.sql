UPDATE card SET position = ?2 WHERE id = ?1 AND phase = 'new' AND archived = 0
