-- queue_new.sql within :reading.
SELECT id, claim_id, reading_id, position, phase, due, suspended FROM card INDEXED BY card_new_in_reading
WHERE phase = 'new' AND suspended = 0 AND archived = 0 AND reading_id = :reading
  AND (position, id) > (:position, :id)
ORDER BY position, id
LIMIT :limit
