SELECT num FROM sync_device WHERE id = ?1
