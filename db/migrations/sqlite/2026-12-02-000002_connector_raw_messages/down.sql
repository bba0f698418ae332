DROP TABLE connector_raw_messages;
