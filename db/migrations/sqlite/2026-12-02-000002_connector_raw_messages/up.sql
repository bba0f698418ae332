-- Raw device messages a BEMCom connector forwards when its raw_message_to_db is on;
-- a bounded table like the logs.
CREATE TABLE connector_raw_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    connector_id BIGINT NOT NULL REFERENCES connectors (id) ON DELETE CASCADE,
    ts BIGINT NOT NULL,
    raw_message TEXT NOT NULL
);
CREATE INDEX connector_raw_messages_connector_id ON connector_raw_messages (connector_id, id);
