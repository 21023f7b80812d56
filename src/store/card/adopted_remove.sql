-- The absent cards that are now in the card table (after card/adopt_absent.sql).
DELETE FROM card_absent WHERE id IN (SELECT id FROM card)
