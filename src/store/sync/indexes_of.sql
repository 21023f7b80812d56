-- The indexes of table ?1 that the schema made (those of its keys have no SQL), with their SQL.
SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL ORDER BY name
