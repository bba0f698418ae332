//! The database handle of the core: the pool, the slots that bound blocking work
//! to one task per connection, and the helper that runs a query off the async
//! threads.

use super::CoreError;
use crate::metrics::names;
use joule_db::{DbConnection, DbError, Pool};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

#[derive(Clone)]
pub struct Db {
    pool: Pool,
    slots: Arc<Semaphore>,
    /// How long a caller waits for a connection before the work is refused.
    wait: Duration,
}

impl Db {
    pub fn new(pool: Pool, wait: Duration) -> Db {
        let slots = Arc::new(Semaphore::new(pool.max_size() as usize));
        Db { pool, slots, wait }
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    pub fn wait(&self) -> Duration {
        self.wait
    }

    /// Runs `f` on a pooled connection inside `spawn_blocking`.
    pub async fn run<T, F>(&self, f: F) -> Result<T, CoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
    {
        self.run_with(move |conn| f(conn).map_err(CoreError::from))
            .await
    }

    /// As [`Db::run`], for work whose own errors are domain errors.
    pub async fn run_with<T, F>(&self, f: F) -> Result<T, CoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, CoreError> + Send + 'static,
    {
        // At most one blocking task per pooled connection: the others wait here,
        // asynchronously, instead of parking threads on the pool's lock.
        let started = Instant::now();
        let acquired = match self.slots.clone().try_acquire_owned() {
            Ok(permit) => Ok(Ok(permit)),
            Err(_) => {
                metrics::counter!(names::POOL_WAITS).increment(1);
                tokio::time::timeout(self.wait, self.slots.clone().acquire_owned()).await
            }
        };
        let permit = match acquired {
            Ok(Ok(permit)) => permit,
            _ => {
                metrics::counter!(names::POOL_TIMEOUTS).increment(1);
                log::warn!("no database connection free within {:?}", self.wait);
                return Err(CoreError::Unavailable(
                    "the server is busy; retry later".into(),
                ));
            }
        };
        let pool = self.pool.clone();
        // The pool gets what is left of the wait, so that a caller waits at most
        // `wait` in all, not that twice (the value writer holds connections too).
        let left = self
            .wait
            .saturating_sub(started.elapsed())
            .max(Duration::from_millis(10));
        let outcome = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let mut conn = pool.get_timeout(left).map_err(DbError::from)?;
            f(&mut conn)
        })
        .await;
        match outcome {
            Ok(result) => result,
            Err(join) => Err(CoreError::Internal(format!("database task failed: {join}"))),
        }
    }
}
