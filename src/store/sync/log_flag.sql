-- Suspending or unsuspending a card here: the next of this device's flag events.
INSERT INTO sync_flag (uid, origin, seq, card_id, at_ms, suspended)
SELECT lower(hex(randomblob(16))), d.value,
       (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_flag WHERE origin = d.value), ?1, ?2, ?3
FROM setting d WHERE d.key = 'device_id'
