-- The row of the last answer in the log (0 when it is empty): about how many answers it holds.
SELECT COALESCE(MAX(id), 0) FROM review_log
