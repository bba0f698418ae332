-- What a datapoint's values measure: a level (gauge) or a cumulative total
-- (counter, whose increase per bucket is what people read), and the value at
-- which a counter rolls over, when it does.
ALTER TABLE datapoints ADD COLUMN kind TEXT NOT NULL DEFAULT 'gauge';
ALTER TABLE datapoints ADD COLUMN counter_max DOUBLE PRECISION;
