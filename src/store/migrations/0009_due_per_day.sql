-- Load balancing counts the studied cards due on each day ahead at every answer, suspended and
-- archived cards included (store/card/due_per_day.sql), which no index served: each answer read
-- the whole card table (27 ms at 100k cards). This index holds just those cards by due time.
CREATE INDEX card_due_studied ON card (due) WHERE phase IN ('learning', 'relearning', 'review');
