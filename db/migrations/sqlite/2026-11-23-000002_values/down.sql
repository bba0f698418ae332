DROP TABLE schedules;
DROP TABLE setpoints;
DROP TABLE datapoint_values;
