-- What each claim's cards show (zstd of their JSON, in hex; see store/mod.rs, claims_content), from a JSON array
-- of [claim, body], many to a statement; a body that has not changed is not written again.
INSERT INTO card_content (claim_id, body)
SELECT value ->> 0, unhex(value ->> 1) FROM json_each(?1) WHERE true
ON CONFLICT (claim_id) DO UPDATE SET body = excluded.body WHERE body != excluded.body
