UPDATE quiz_question SET given = ?3, outcome = ?4, answered_at = ?5
WHERE quiz_id = ?1 AND position = ?2 AND outcome IS NULL
