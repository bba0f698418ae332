-- Hourly pre-aggregates of each datapoint's values (UTC hours, `hour` is the start
-- in microseconds), rewritten in the transaction of every write or delete that
-- touches the hour. Enough for count, sum, mean, min, max, first and last, and,
-- with the points next to a range, for integral and increase: `area2` is twice the
-- integral (value × µs) of the segments between consecutive points inside the
-- hour, `up` the rises among them, and the drops are kept apart (`drops`, the sum
-- of the values before them and after them) so any counter_max applies at read time.
-- A sum that overflows to infinity is NULL (SQLite stores no NaN): hours holding one
-- are read raw.
CREATE TABLE datapoint_rollups (
    datapoint_id BIGINT NOT NULL REFERENCES datapoints (id) ON DELETE CASCADE,
    hour BIGINT NOT NULL,
    count BIGINT NOT NULL,
    n BIGINT NOT NULL,
    sum DOUBLE,
    min DOUBLE,
    max DOUBLE,
    first_ts BIGINT,
    first_num DOUBLE,
    last_ts BIGINT,
    last_num DOUBLE,
    area2 DOUBLE,
    up DOUBLE,
    drops BIGINT NOT NULL,
    drop_from DOUBLE,
    drop_to DOUBLE,
    PRIMARY KEY (datapoint_id, hour)
) WITHOUT ROWID;

-- Datapoints whose rollups do not cover their values yet (those with values
-- before this migration): reads compute them from the raw values until
-- `joule rollups rebuild` has run.
CREATE TABLE rollups_stale (
    datapoint_id BIGINT NOT NULL PRIMARY KEY REFERENCES datapoints (id) ON DELETE CASCADE
);
INSERT INTO rollups_stale (datapoint_id) SELECT DISTINCT datapoint_id FROM datapoint_values;
