-- Per reading: its claims with cards, those studied (a card of theirs answered) and those well
-- learned (a review card whose memory lasts three weeks or more).
SELECT reading_id, COUNT(*), SUM(studied), SUM(mastered)
FROM (
  SELECT reading_id,
    MAX(phase <> 'new') AS studied,
    MAX(phase = 'review' AND stability >= 21.0) AS mastered
  FROM card WHERE archived = 0
  GROUP BY reading_id, claim_id
)
GROUP BY reading_id
