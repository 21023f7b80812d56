-- Every answer ever given, added up from the tally the review log's triggers keep.
SELECT COALESCE(SUM(reviews), 0) FROM review_tally
