-- Login attempts of the last minutes, counted per username and client address, per
-- username and per address to throttle password guessing. An attempt is recorded
-- before its password is checked and removed when it succeeds, so the rows are the
-- failures and the attempts in progress. The username is kept as its SHA-256 (hex):
-- a row has the same small size whatever name a client sends. The rows of the old
-- table (full names) are dropped; at worst they would have throttled for 15 minutes.
DROP TABLE login_failures;
CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username_hash TEXT NOT NULL,
    address TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_user_address ON login_failures (username_hash, address, at);
CREATE INDEX login_failures_username_hash ON login_failures (username_hash, at);
CREATE INDEX login_failures_address ON login_failures (address, at);
CREATE INDEX login_failures_at ON login_failures (at);
