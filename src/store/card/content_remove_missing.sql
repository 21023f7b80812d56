DELETE FROM card_content WHERE id NOT IN (SELECT value FROM json_each(?1))
