INSERT INTO card (id, claim_id, reading_id, kind, position)
VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (id) DO UPDATE SET archived = 0, claim_id = excluded.claim_id, reading_id = excluded.reading_id,
  position = excluded.position
-- A card that has not changed is not written again.
WHERE archived != 0 OR claim_id != excluded.claim_id OR reading_id != excluded.reading_id
  OR position != excluded.position
