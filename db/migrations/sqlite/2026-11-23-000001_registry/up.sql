CREATE TABLE sites (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    description TEXT,
    timezone TEXT NOT NULL DEFAULT 'UTC',
    latitude DOUBLE,
    longitude DOUBLE,
    address TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE devices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id BIGINT NOT NULL REFERENCES sites (id),
    name TEXT NOT NULL,
    kind TEXT,
    manufacturer TEXT,
    model TEXT,
    serial_number TEXT,
    description TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX devices_site_id ON devices (site_id, id);

CREATE TABLE datapoints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    device_id BIGINT REFERENCES devices (id),
    name TEXT,
    description TEXT,
    type TEXT NOT NULL,
    data_format TEXT NOT NULL,
    unit TEXT,
    min_value DOUBLE,
    max_value DOUBLE,
    allowed_values TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX datapoints_device_id ON datapoints (device_id, id);
