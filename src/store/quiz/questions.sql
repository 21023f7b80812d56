SELECT position, card_id, given, outcome FROM quiz_question WHERE quiz_id = ?1 ORDER BY position
