DROP INDEX datapoints_connector_key;
ALTER TABLE datapoints DROP COLUMN key_in_connector;
ALTER TABLE datapoints DROP COLUMN connector_id;
DROP TABLE connector_logs;
DROP TABLE connectors;
