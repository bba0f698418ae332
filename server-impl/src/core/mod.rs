//! The domain services: every rule of Joule lives here, once. A service takes
//! domain input (joule-db's forms and plain values), returns domain results or a
//! [`CoreError`], and knows nothing of HTTP or of the generated API types. Doors
//! (the REST API in `crate::http::api`, the CLI, and the doors to come: MQTT, live
//! streams, jobs) convert their input, call a service, and convert the result.

pub mod accounts;
pub mod aggregates;
pub mod bemcom;
pub mod compute;
pub mod connectors;
pub mod control;
pub mod db;
pub mod derived;
pub mod error;
pub mod export;
pub mod health;
pub mod import;
pub mod ingest;
pub mod keys;
pub mod latest;
#[cfg(test)]
mod latest_tests;
pub mod limits;
pub mod lines;
pub mod live;
pub mod login_throttle;
pub mod peers;
pub mod registry;
pub mod rows;
pub mod rules;
pub mod sessions;
#[cfg(test)]
pub(crate) mod testing;
pub mod timestamps;
pub mod ttn;
pub mod value_rules;
pub mod values;

pub use db::Db;
pub use error::CoreError;
pub use health::Health;
pub use limits::Limits;

use crate::auth::SharedAuth;
use crate::metrics::names::{self, source_label};
use joule_db::committed::{Change, Origin, Point, Source};
use joule_db::queries::control::Control;
use joule_db::writer::ValueWriter;
use joule_db::{DbError, Pool};

/// What the services share; every door holds one (cheap to clone).
#[derive(Clone)]
pub struct Core {
    pub db: Db,
    pub limits: Limits,
    pub auth: SharedAuth,
    /// Links besides the database that readiness waits on.
    pub health: Health,
    /// The latest value of each datapoint read so far (see [`latest`]).
    pub latest: latest::LatestCache,
    /// How line protocol names datapoints (see [`lines`]).
    pub lines: std::sync::Arc<lines::LineMapping>,
    writer: ValueWriter,
    hub: tokio::sync::broadcast::Sender<Change>,
}

impl Core {
    pub fn new(pool: Pool, limits: Limits, auth: SharedAuth) -> Core {
        let (hub, _) = tokio::sync::broadcast::channel(joule_db::writer::BACKLOG);
        let latest = latest::LatestCache::new();
        // Subscribed before the writer starts, so the cache hears of every commit.
        let changes = hub.subscribe();
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                runtime.spawn(latest::follow(latest.clone(), changes));
            }
            // Without a runtime (a one-off CLI core) only this core's own writes and
            // announcements update the cache, synchronously; nothing else can.
            Err(_) => drop(changes),
        }
        let writer = ValueWriter::start(pool.clone(), limits.writer_threads, hub.clone());
        Core {
            db: Db::new(pool, limits.db_wait),
            limits,
            auth,
            health: Health::default(),
            latest,
            lines: Default::default(),
            writer,
            hub,
        }
    }

    /// Stores a checked batch through the group-committing writer; answers once it
    /// is durable. Waits at most twice as long as for a connection (the batch may
    /// still be committed later, whole: it is never partly stored).
    /// After the commit, the batch is published to every subscriber (see
    /// [`Core::subscribe_changes`]), tagged with `source`.
    pub async fn write_values(
        &self,
        points: Vec<Point>,
        source: Source,
    ) -> Result<usize, CoreError> {
        let wait = self.limits.db_wait * 2;
        // The hub updates the cache too, but its follower may run after this answer:
        // applied here as well, a 2xx write is seen by the next latest read.
        let tops = latest::tops(&points);
        let since = self.latest.epoch();
        let outcome = tokio::time::timeout(wait, self.writer.write(points, source)).await;
        if let Ok(Ok(written)) = outcome {
            self.latest.offer_since(&tops, since);
            metrics::counter!(names::VALUES_WRITTEN, "source" => source_label(source))
                .increment(written as u64);
        }
        match outcome {
            // Checked datapoints that vanish before the commit break the foreign key.
            Ok(Err(DbError::Conflict(_))) => Err(CoreError::Conflict(
                "a datapoint of this batch was deleted while the batch was written; \
                 nothing of the batch is stored"
                    .into(),
            )),
            Ok(outcome) => outcome.map_err(CoreError::from),
            Err(_) => Err(CoreError::Unavailable(
                "the database did not commit in time; retry later".into(),
            )),
        }
    }

    /// Every change committed from now on (values, deletions, setpoints and
    /// schedules), whichever door it came through and, with a peer channel, whichever
    /// instance. A subscriber that falls more than the backlog behind is told so
    /// (`RecvError::Lagged`); it never holds up a write.
    pub fn subscribe_changes(&self) -> tokio::sync::broadcast::Receiver<Change> {
        self.hub.subscribe()
    }

    /// Publishes a change committed elsewhere than the value writer: a deletion, a
    /// control version, or a change heard from a peer instance. Without subscribers
    /// nothing happens.
    pub fn announce(&self, change: Change) {
        // Applied before it is published, so the announcer's next read sees it.
        self.latest.apply(&change);
        let _ = self.hub.send(change);
    }

    /// Announces that values of `datapoint_ids` were deleted here.
    pub(crate) fn announce_deleted(&self, datapoint_ids: Vec<i64>) {
        if !datapoint_ids.is_empty() {
            self.announce(Change::Deleted {
                origin: Origin::Local,
                datapoint_ids: datapoint_ids.into(),
            });
        }
    }

    /// Announces that these datapoints were changed (their format may differ).
    pub(crate) fn announce_redefined(&self, datapoint_ids: Vec<i64>) {
        if !datapoint_ids.is_empty() {
            self.announce(Change::Redefined {
                origin: Origin::Local,
                datapoint_ids: datapoint_ids.into(),
            });
        }
    }

    /// Announces a new setpoint or schedule version stored here.
    pub(crate) fn announce_control(&self, datapoint_id: i64, control: Control) {
        self.announce(Change::Control {
            origin: Origin::Local,
            datapoint_id,
            control,
        });
    }

    /// Whether the database answers now and every registered link (see
    /// [`Health`]) is up (readiness).
    pub async fn ready(&self) -> Result<(), CoreError> {
        self.db.run(joule_db::connection::ping_conn).await?;
        let down = self.health.down();
        if !down.is_empty() {
            return Err(CoreError::Unavailable(format!(
                "not connected to {}",
                down.join(", ")
            )));
        }
        Ok(())
    }
}
