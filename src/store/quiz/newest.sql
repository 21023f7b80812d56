SELECT id, scope, finished_at FROM quiz ORDER BY id DESC LIMIT 1
