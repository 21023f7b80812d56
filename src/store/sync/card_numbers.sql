-- Every card the review log can name, with the number it names it by (see card/number.sql).
SELECT id, num FROM card
UNION ALL
SELECT id, -num FROM card_absent
