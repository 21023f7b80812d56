SELECT uid, origin, at_ms FROM sync_undone
