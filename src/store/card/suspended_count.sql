SELECT COUNT(*) FROM card WHERE suspended = 1
