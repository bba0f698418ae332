DROP INDEX devices_ttn_device_id;
ALTER TABLE devices DROP COLUMN ttn_mapping;
ALTER TABLE devices DROP COLUMN ttn_device_id;
