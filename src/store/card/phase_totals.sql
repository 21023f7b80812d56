SELECT phase, COUNT(*) FROM card WHERE archived = 0 GROUP BY phase
