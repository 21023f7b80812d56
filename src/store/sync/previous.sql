SELECT uid, previous FROM review_log
