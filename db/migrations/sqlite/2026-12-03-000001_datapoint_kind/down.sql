ALTER TABLE datapoints DROP COLUMN counter_max;
ALTER TABLE datapoints DROP COLUMN kind;
