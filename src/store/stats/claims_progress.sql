-- Per claim: whether any of its cards was studied, and whether one is well learned
-- (a review card whose memory lasts three weeks or more).
SELECT reading_id, claim_id,
  MAX(phase <> 'new'),
  MAX(phase = 'review' AND stability >= 21.0)
FROM card WHERE archived = 0
GROUP BY reading_id, claim_id
