DROP TABLE rollups_stale;
DROP TABLE datapoint_rollups;
