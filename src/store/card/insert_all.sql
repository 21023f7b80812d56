-- Cards of the deck, from a JSON array of [id, claim, reading, kind, position], many to a statement:
-- a statement per card would copy the pages it changes to a statement journal each time (5 GB
-- of temporary writes for 100,000 cards).
INSERT INTO card (id, claim_id, reading_id, kind, position)
SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?1) WHERE true
ON CONFLICT (id) DO UPDATE SET archived = 0, claim_id = excluded.claim_id, reading_id = excluded.reading_id,
  position = excluded.position
-- A card that has not changed is not written again.
WHERE archived != 0 OR claim_id != excluded.claim_id OR reading_id != excluded.reading_id
  OR position != excluded.position
