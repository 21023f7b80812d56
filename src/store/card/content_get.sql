-- The claim of card ?1 and what its cards show (see card/content_put_all.sql).
SELECT cc.claim_id, cc.body FROM card c JOIN card_content cc ON cc.claim_id = c.claim_id WHERE c.id = ?1
