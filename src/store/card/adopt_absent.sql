-- Answers to a card that was absent from the card table and is now in it take its number.
UPDATE review_log SET card = (
  SELECT c.num FROM card_absent a JOIN card c ON c.id = a.id WHERE -a.num = review_log.card
)
WHERE card < 0 AND card IN (SELECT -a.num FROM card_absent a JOIN card c ON c.id = a.id)
