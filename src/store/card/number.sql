-- The number the review log names card ?1 by: card.num, or -card_absent.num for a card the card
-- table does not hold.
SELECT num FROM card WHERE id = ?1
UNION ALL
SELECT -num FROM card_absent WHERE id = ?1
LIMIT 1
