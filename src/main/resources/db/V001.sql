-- decision log with hash chain; rule-set snapshots stored by content hash
CREATE TABLE decision_log (
    seq BIGINT NOT NULL PRIMARY KEY,
    decision_id VARCHAR(26) NOT NULL UNIQUE,
    decided_at VARCHAR(40) NOT NULL,
    evaluation_date VARCHAR(10) NOT NULL,
    household_id VARCHAR(200),
    input_sha256 CHAR(64) NOT NULL,
    input_json TEXT NOT NULL,
    rule_set_id VARCHAR(80) NOT NULL,
    parameter_overrides TEXT NOT NULL,
    engine_version VARCHAR(80) NOT NULL,
    decision_json TEXT NOT NULL,
    batch_id VARCHAR(26),
    batch_line BIGINT,
    content_hash CHAR(64) NOT NULL,
    prev_hash CHAR(64) NOT NULL,
    record_hash CHAR(64) NOT NULL
);
CREATE UNIQUE INDEX decision_log_batch_line ON decision_log (batch_id, batch_line);
CREATE INDEX decision_log_rule_set ON decision_log (rule_set_id);
CREATE INDEX decision_log_decided_at ON decision_log (decided_at);
CREATE TABLE rule_set (
    id VARCHAR(80) NOT NULL PRIMARY KEY,
    label VARCHAR(200) NOT NULL,
    engine_version VARCHAR(80) NOT NULL,
    stored_at VARCHAR(40) NOT NULL
);
CREATE TABLE rule_file (
    rule_set_id VARCHAR(80) NOT NULL,
    path VARCHAR(500) NOT NULL,
    content_sha256 CHAR(64) NOT NULL,
    PRIMARY KEY (rule_set_id, path)
);
CREATE TABLE content (
    sha256 CHAR(64) NOT NULL PRIMARY KEY,
    text TEXT NOT NULL
);
