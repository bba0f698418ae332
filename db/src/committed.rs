//! What changed in the store, published after the commit: the points of one caller's
//! batch and where they came from, deleted values, stored setpoints and schedules.
//! Live subscriptions, caches, brokers, peers and rules listen here instead of
//! hooking into each entry point.

use crate::queries::control::Control;
use crate::schema::datapoint_values;
use diesel::Insertable;
use std::sync::Arc;

/// The entry point a batch came through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Source {
    /// The REST API.
    Http,
    /// The MQTT bridge (Joule's own topics and BEMCom connectors).
    Mqtt,
    /// A webhook of another system (The Things Stack uplinks).
    Webhook,
    /// Bulk loads: imports and the demo seed.
    Import,
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

/// Where a change was committed: by this instance, or by another instance on the same
/// database (heard through a peer channel). A change from a peer is never sent on to
/// peers again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Local,
    Peer,
}

/// One change to the store, published once after its transaction committed.
#[derive(Debug, Clone)]
pub enum Change {
    /// Values stored (inserted or rewritten).
    Values { origin: Origin, batch: Committed },
    /// Values of these datapoints were deleted (a range of them, or the datapoints
    /// themselves): what a cache holds of them must be read again.
    Deleted {
        origin: Origin,
        datapoint_ids: Arc<[i64]>,
    },
    /// These datapoints were changed (a new `data_format` may read stored values
    /// differently): what a cache renders of them must be read again.
    Redefined {
        origin: Origin,
        datapoint_ids: Arc<[i64]>,
    },
    /// A new setpoint or schedule version was stored for an actuator.
    Control {
        origin: Origin,
        datapoint_id: i64,
        control: Control,
    },
    /// A BEMCom connector's selection changed (a datapoint linked to it was
    /// created, changed or deleted) or the connector itself did (created, renamed,
    /// deleted): its datapoint map is to be published again. `retired` names a
    /// topic root no longer used (the old name of a renamed connector, the name
    /// of a deleted one), whose map is to be emptied.
    ConnectorMap {
        origin: Origin,
        connector_id: i64,
        retired: Option<Arc<str>>,
    },
}

impl Change {
    pub fn origin(&self) -> Origin {
        match self {
            Change::Values { origin, .. }
            | Change::Deleted { origin, .. }
            | Change::Redefined { origin, .. }
            | Change::Control { origin, .. }
            | Change::ConnectorMap { origin, .. } => *origin,
        }
    }
}
