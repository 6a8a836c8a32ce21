-- Decisions of one household, newest first (GET /api/v1/evaluations?household_id=...).
CREATE INDEX decision_log_household ON decision_log (household_id, seq);
