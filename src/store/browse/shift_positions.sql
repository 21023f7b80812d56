-- Makes room for repositioned cards: new cards from position ?1 on move ?2 places later.
UPDATE card SET position = position + ?2 WHERE phase = 'new' AND archived = 0 AND position >= ?1
