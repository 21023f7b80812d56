-- The content of claims no longer in the deck (?1: a JSON array of the deck's claims).
DELETE FROM card_content WHERE claim_id NOT IN (SELECT value FROM json_each(?1))
