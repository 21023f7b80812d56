SELECT MIN(due) FROM card
WHERE suspended = 0 AND archived = 0 AND phase <> 'new'
