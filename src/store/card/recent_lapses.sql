-- Cards answered Again (in study or in a quiz) since ?1.
SELECT DISTINCT card_id FROM review_log WHERE rating = 1 AND reviewed_at >= ?1
