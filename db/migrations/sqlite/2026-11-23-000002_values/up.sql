-- One row per (datapoint, instant). Numeric and boolean values (0/1) go to num,
-- text to txt; the datapoint's data_format says which. WITHOUT ROWID clusters the
-- rows by key, so a range read of one datapoint is one sequential index scan.
CREATE TABLE datapoint_values (
    datapoint_id BIGINT NOT NULL REFERENCES datapoints (id) ON DELETE CASCADE,
    ts BIGINT NOT NULL,
    num DOUBLE,
    txt TEXT,
    PRIMARY KEY (datapoint_id, ts)
) WITHOUT ROWID;

-- Setpoints and schedules keep their history: the newest row is the current one.
CREATE TABLE setpoints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    datapoint_id BIGINT NOT NULL REFERENCES datapoints (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    items TEXT NOT NULL
);
CREATE INDEX setpoints_datapoint ON setpoints (datapoint_id, created_at);

CREATE TABLE schedules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    datapoint_id BIGINT NOT NULL REFERENCES datapoints (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    items TEXT NOT NULL
);
CREATE INDEX schedules_datapoint ON schedules (datapoint_id, created_at);
