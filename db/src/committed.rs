//! What the value writer publishes after a commit: the points of one caller's batch
//! and where they came from. Live subscriptions, caches, brokers and rules listen
//! here instead of hooking into each entry point.

use crate::schema::datapoint_values;
use diesel::Insertable;
use std::sync::Arc;

/// The entry point a batch came through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Source {
    /// The REST API.
    Http,
}

/// One value as it is written: a datapoint, a timestamp (microseconds since the Unix
/// epoch) and the stored form of the value (`num` for numeric formats, `txt` for the
/// others).
#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = datapoint_values, treat_none_as_default_value = false)]
pub struct Point {
    pub datapoint_id: i64,
    pub ts: i64,
    pub num: Option<f64>,
    pub txt: Option<String>,
}

/// One committed batch, published once after its transaction committed. `points`
/// holds what was stored: ordered by (datapoint, timestamp), the last value of a
/// (datapoint, timestamp) written twice in the batch.
#[derive(Debug, Clone)]
pub struct Committed {
    pub source: Source,
    pub points: Arc<[Point]>,
}
