-- What the claims' tallies count of every card (see the trigger card_tally_update, migration
-- 0010), by number: reading, claim, whether it is new, suspended, archived.
SELECT num, reading_id, claim_id, phase = 'new', suspended, archived FROM card
