-- Whether another device answered card ?1 after ?2 (Unix milliseconds), found by time.
SELECT EXISTS (
  SELECT 1 FROM review_log
  WHERE reviewed_at >= ?2 AND origin IS NOT NULL
    AND card = (SELECT num FROM card WHERE id = ?1 UNION ALL SELECT -num FROM card_absent WHERE id = ?1 LIMIT 1)
)
