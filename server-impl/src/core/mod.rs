//! The domain services: every rule of Joule lives here, once. A service takes
//! domain input (joule-db's forms and plain values), returns domain results or a
//! [`CoreError`], and knows nothing of HTTP or of the generated API types. Doors
//! (the REST API in `crate::http::api`, the CLI, and the doors to come: MQTT, live
//! streams, jobs) convert their input, call a service, and convert the result.

pub mod accounts;
pub mod aggregates;
pub mod compute;
pub mod control;
pub mod db;
pub mod derived;
pub mod error;
pub mod ingest;
pub mod keys;
pub mod limits;
pub mod login_throttle;
pub mod registry;
pub mod rules;
pub mod sessions;
#[cfg(test)]
pub(crate) mod testing;
pub mod timestamps;
pub mod value_rules;
pub mod values;

pub use db::Db;
pub use error::CoreError;
pub use limits::Limits;

use crate::auth::SharedAuth;
use joule_db::committed::{Committed, Point, Source};
use joule_db::writer::ValueWriter;
use joule_db::{DbError, Pool};

/// What the services share; every door holds one (cheap to clone).
#[derive(Clone)]
pub struct Core {
    pub db: Db,
    pub limits: Limits,
    pub auth: SharedAuth,
    writer: ValueWriter,
}

impl Core {
    pub fn new(pool: Pool, limits: Limits, auth: SharedAuth) -> Core {
        let writer = ValueWriter::start(pool.clone(), limits.writer_threads);
        Core {
            db: Db::new(pool, limits.db_wait),
            limits,
            auth,
            writer,
        }
    }

    /// Stores a checked batch through the group-committing writer; answers once it
    /// is durable. Waits at most twice as long as for a connection (the batch may
    /// still be committed later, whole: it is never partly stored).
    /// After the commit, the batch is published to every subscriber (see
    /// [`Core::subscribe_committed`]), tagged with `source`.
    pub async fn write_values(
        &self,
        points: Vec<Point>,
        source: Source,
    ) -> Result<usize, CoreError> {
        let wait = self.limits.db_wait * 2;
        match tokio::time::timeout(wait, self.writer.write(points, source)).await {
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

    /// Every batch of values committed from now on, whichever door it came through.
    /// A subscriber that falls more than the writer's backlog behind is told so
    /// (`RecvError::Lagged`); it never holds up a write.
    pub fn subscribe_committed(&self) -> tokio::sync::broadcast::Receiver<Committed> {
        self.writer.subscribe()
    }

    /// Whether the database answers now (readiness).
    pub async fn ready(&self) -> Result<(), CoreError> {
        self.db.run(joule_db::connection::ping_conn).await
    }
}
