-- In time order: answers merged from another device are written here after later ones.
SELECT card_id, reviewed_at, rating FROM review_log ORDER BY reviewed_at, id
