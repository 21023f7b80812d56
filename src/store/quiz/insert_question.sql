INSERT INTO quiz_question (quiz_id, position, card_id) VALUES (?1, ?2, ?3)
