-- Every settings change (kept in the setting table under `?1<its id>`), by id.
SELECT key, value FROM setting WHERE key > ?1 AND key < ?1 || '~' ORDER BY key
