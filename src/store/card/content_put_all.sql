-- What each card shows, from a JSON array of [id, body], many to a statement; a body that has not
-- changed is not written again.
INSERT INTO card_content (id, body)
SELECT value ->> 0, value ->> 1 FROM json_each(?1) WHERE true
ON CONFLICT (id) DO UPDATE SET body = excluded.body WHERE body != excluded.body
