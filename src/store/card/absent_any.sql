-- Whether a card absent from the card table is now in it.
SELECT EXISTS (SELECT 1 FROM card_absent a JOIN card c ON c.id = a.id)
