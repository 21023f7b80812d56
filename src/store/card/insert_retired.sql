-- A card whose claim has left the deck, with its history kept (synthetic data only).
INSERT INTO card (id, claim_id, reading_id, kind, position, archived)
VALUES (?1, ?2, ?3, 'cloze', ?4, 1)
