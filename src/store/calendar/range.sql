-- Studied cards due on each study day from ?1 to ?2 (numbered as build.sql numbers them).
SELECT day, n FROM due_day WHERE day BETWEEN ?1 AND ?2 AND n > 0
