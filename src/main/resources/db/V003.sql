-- signed checkpoints: a range of records, its head hash and an Ed25519 signature by the office's key
CREATE TABLE checkpoint (
    last_seq BIGINT NOT NULL PRIMARY KEY,
    first_seq BIGINT NOT NULL,
    head_hash CHAR(64) NOT NULL,
    key_id VARCHAR(64) NOT NULL,
    signed_at VARCHAR(40) NOT NULL,
    signature VARCHAR(200) NOT NULL
);
