-- A merge of many answers: the review log's indexes are made again once at the end (sorting each
-- once) rather than kept up to date row by row. Their definitions are those of migration 0008
-- (recreate_log_indexes.sql).
DROP INDEX review_log_card;
DROP INDEX review_log_time;
