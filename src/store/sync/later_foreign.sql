-- Whether another device answered card ?1 after ?2 (Unix milliseconds).
SELECT EXISTS (
  SELECT 1 FROM review_log WHERE card_id = ?1 AND reviewed_at >= ?2 AND origin IS NOT NULL
)
