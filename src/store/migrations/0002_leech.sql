-- Leeches: cards failed 8 times are tagged and suspended until the student deals with them.
ALTER TABLE card ADD COLUMN leech INTEGER NOT NULL DEFAULT 0;
CREATE INDEX card_leech ON card (leech) WHERE leech = 1;
