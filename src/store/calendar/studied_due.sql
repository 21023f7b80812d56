-- When each studied card is due, suspended and archived ones included, in due order (read from
-- the index card_due_studied alone).
SELECT due FROM card WHERE phase IN ('learning', 'relearning', 'review') AND due IS NOT NULL ORDER BY due
