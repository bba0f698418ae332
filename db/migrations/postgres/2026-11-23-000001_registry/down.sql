DROP TABLE datapoints;
DROP TABLE devices;
DROP TABLE sites;
