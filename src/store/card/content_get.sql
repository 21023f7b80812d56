SELECT body FROM card_content WHERE id = ?1
