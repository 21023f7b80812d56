SELECT seed, finished_at FROM quiz WHERE id = ?1
