INSERT INTO quiz (started_at, scope, seed) VALUES (?1, ?2, ?3)
