-- BEMCom connectors: the name is the root of the connector's MQTT topics. The last
-- heartbeat and the last available_datapoints message are kept on the row (only the
-- latest matters); logs are a bounded table of their own.
CREATE TABLE connectors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    site_id BIGINT REFERENCES sites (id),
    raw_message_to_db BOOLEAN NOT NULL DEFAULT FALSE,
    last_heartbeat_at BIGINT,
    next_heartbeat_at BIGINT,
    available_datapoints TEXT,
    available_datapoints_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX connectors_site_id ON connectors (site_id, id);

CREATE TABLE connector_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    connector_id BIGINT NOT NULL REFERENCES connectors (id) ON DELETE CASCADE,
    ts BIGINT NOT NULL,
    level INTEGER NOT NULL,
    emitter TEXT,
    msg TEXT NOT NULL
);
CREATE INDEX connector_logs_connector_id ON connector_logs (connector_id, id);

ALTER TABLE datapoints ADD COLUMN connector_id BIGINT REFERENCES connectors (id);
ALTER TABLE datapoints ADD COLUMN key_in_connector TEXT;
CREATE UNIQUE INDEX datapoints_connector_key ON datapoints (connector_id, key_in_connector);
