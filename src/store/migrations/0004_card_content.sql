-- What each card of the current deck shows (the card as JSON), made when the deck changes and
-- read when a card is shown, so that opening never has to make the deck's cards again.
-- The `cards_key` setting names the deck and card format the rows were made for.
CREATE TABLE card_content (
  id    TEXT PRIMARY KEY,
  body  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
