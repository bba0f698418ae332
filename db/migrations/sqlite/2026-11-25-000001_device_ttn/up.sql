-- Devices that send uplinks through The Things Stack: their ID there (unique, so an
-- uplink names one device) and, optionally, the datapoint key of each decoded payload
-- field as a JSON object of strings.
ALTER TABLE devices ADD COLUMN ttn_device_id TEXT;
ALTER TABLE devices ADD COLUMN ttn_mapping TEXT;
CREATE UNIQUE INDEX devices_ttn_device_id ON devices (ttn_device_id);
