//! Group commit for value writes.
//!
//! Every acknowledged write must be durable, so each commit waits for the disk. One
//! commit per request would cap single-point writes at the disk's sync rate, and on
//! SQLite concurrent writers would also queue on its single write lock by polling.
//! Instead, writer threads take whatever batches are waiting, write each inside its
//! own savepoint (so one failing batch never takes others with it, and each batch
//! stays all-or-nothing), commit once, and only then answer every batch of the group.
//!
//! After the commit, each stored batch is published once on the change hub (a
//! broadcast channel given to [`ValueWriter::start`]) as [`Change::Values`]; a failed
//! or empty batch publishes nothing. Publishing
//! never waits: a subscriber that falls more than [`BACKLOG`] batches behind loses
//! the oldest and is told so (`RecvError::Lagged`).

use crate::committed::{Change, Committed, Origin, Point, Source};
use crate::connection::{DbConnection, Pool};
use crate::error::DbError;
use crate::queries::values::{prepare_rows, upsert_rows};
use crate::raw_transaction::RawTransaction;
use crate::rollups;
use diesel::connection::SimpleConnection;
use std::sync::{Arc, Mutex};
use tokio::sync::{broadcast, mpsc, oneshot};

/// Rows one group may gather before it is committed.
const GROUP_ROWS: usize = 50_000;
/// Batches waiting for a writer before senders wait too (back-pressure).
const QUEUE: usize = 4_096;
/// Committed batches a subscriber may fall behind before it loses the oldest.
pub const BACKLOG: usize = 1_024;

struct Job {
    points: Vec<Point>,
    source: Source,
    done: oneshot::Sender<Result<usize, DbError>>,
}

/// A handle to the writer threads; cheap to clone.
#[derive(Clone)]
pub struct ValueWriter {
    queue: mpsc::Sender<Job>,
    hub: broadcast::Sender<Change>,
}

impl ValueWriter {
    /// Starts `threads` writer threads on `pool` (one suits SQLite, which has one
    /// writer at a time anyway; PostgreSQL can use several); committed batches are
    /// published on `hub`.
    pub fn start(pool: Pool, threads: usize, hub: broadcast::Sender<Change>) -> ValueWriter {
        let (queue, receiver) = mpsc::channel(QUEUE);
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..threads.max(1) {
            let pool = pool.clone();
            let receiver = receiver.clone();
            let hub = hub.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("joule-writer-{n}"))
                .spawn(move || run(&pool, &receiver, &hub));
            if let Err(e) = spawned {
                log::error!("cannot start a writer thread: {e}");
            }
        }
        ValueWriter { queue, hub }
    }

    /// Stores one batch (all or nothing) that came through `source`; answers once it
    /// is committed, after publishing it to the subscribers.
    pub async fn write(&self, points: Vec<Point>, source: Source) -> Result<usize, DbError> {
        let (done, answer) = oneshot::channel();
        self.queue
            .send(Job {
                points,
                source,
                done,
            })
            .await
            .map_err(|_| DbError::Unavailable("the writer has stopped".into()))?;
        answer
            .await
            .map_err(|_| DbError::Internal("a writer thread ended".into()))?
    }

    /// Every change published on the hub from now on, in publishing order.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.hub.subscribe()
    }
}

/// Metric names of the group commit (no-ops unless the server installs a recorder).
pub const GROUP_BATCHES_METRIC: &str = "joule_write_group_batches";
pub const GROUP_ROWS_METRIC: &str = "joule_write_group_rows";
pub const COMMIT_DURATION_METRIC: &str = "joule_write_commit_duration_seconds";

fn run(pool: &Pool, receiver: &Mutex<mpsc::Receiver<Job>>, hub: &broadcast::Sender<Change>) {
    // Taken once per thread: recording is then an atomic push per group.
    let group_batches = metrics::histogram!(GROUP_BATCHES_METRIC);
    let group_rows = metrics::histogram!(GROUP_ROWS_METRIC);
    let commit_duration = metrics::histogram!(COMMIT_DURATION_METRIC);
    loop {
        let group = {
            let Ok(mut receiver) = receiver.lock() else {
                return;
            };
            let Some(first) = receiver.blocking_recv() else {
                return;
            };
            let mut rows = first.points.len();
            let mut group = vec![first];
            while rows < GROUP_ROWS {
                match receiver.try_recv() {
                    Ok(job) => {
                        rows += job.points.len();
                        group.push(job);
                    }
                    Err(_) => break,
                }
            }
            group
        };
        let mut batches = Vec::with_capacity(group.len());
        let mut replies = Vec::with_capacity(group.len());
        for job in group {
            let points: Arc<[Point]> = prepare_rows(job.points).into();
            batches.push(Committed {
                source: job.source,
                points,
            });
            replies.push(job.done);
        }
        let started = std::time::Instant::now();
        let outcomes = match pool.get() {
            Ok(mut conn) => write_group(&mut conn, &batches),
            Err(e) => failed(&batches, DbError::from(e)),
        };
        commit_duration.record(started.elapsed().as_secs_f64());
        group_batches.record(batches.len() as f64);
        group_rows.record(batches.iter().map(|b| b.points.len()).sum::<usize>() as f64);
        for ((batch, reply), outcome) in batches.into_iter().zip(replies).zip(outcomes) {
            // Published before the answer, so a subscriber hears of a write no later
            // than its writer; without subscribers `send` fails, which is fine.
            if outcome.is_ok() && !batch.points.is_empty() {
                let _ = hub.send(Change::Values {
                    origin: Origin::Local,
                    batch,
                });
            }
            // A requester that gave up no longer listens; its batch is still stored.
            let _ = reply.send(outcome);
        }
    }
}

/// One transaction, one savepoint per batch; every outcome stands only if the
/// commit succeeds.
fn write_group(conn: &mut DbConnection, batches: &[Committed]) -> Vec<Result<usize, DbError>> {
    let mut transaction = match RawTransaction::begin(conn) {
        Ok(transaction) => transaction,
        Err(e) => return failed(batches, e),
    };
    let conn = transaction.conn();
    let datapoints = batches
        .iter()
        .flat_map(|b| b.points.iter().map(|p| p.datapoint_id));
    if let Err(e) = rollups::lock(conn, datapoints) {
        return failed(batches, e);
    }
    let mut outcomes = Vec::with_capacity(batches.len());
    for batch in batches {
        let outcome = conn
            .batch_execute("SAVEPOINT batch")
            .map_err(DbError::from)
            .and_then(|()| upsert_rows(conn, &batch.points))
            .and_then(|stored| {
                rollups::after_write(conn, &batch.points)?;
                Ok(stored)
            });
        let settle = if outcome.is_ok() {
            "RELEASE SAVEPOINT batch"
        } else {
            "ROLLBACK TO SAVEPOINT batch; RELEASE SAVEPOINT batch"
        };
        match conn.batch_execute(settle) {
            Ok(()) => outcomes.push(outcome),
            // The transaction itself is lost (rolled back on return): nothing of the
            // group stands.
            Err(e) => return failed(batches, e.into()),
        }
    }
    match transaction.commit() {
        Ok(()) => outcomes,
        Err(e) => failed(batches, e),
    }
}

/// The same error for every batch of a group.
fn failed(batches: &[Committed], e: DbError) -> Vec<Result<usize, DbError>> {
    batches.iter().map(|_| Err(e.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connection::{connect, migrate, PoolOptions};
    use tokio::sync::broadcast::error::{RecvError, TryRecvError};

    /// A writer on a fresh SQLite database with datapoints 1 and 2.
    fn writer() -> (tempfile::TempDir, ValueWriter) {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}", dir.path().join("joule.db").display());
        let pool = connect(&url, &PoolOptions::default()).expect("pool");
        migrate(&pool).expect("migrations");
        pool.get()
            .expect("connection")
            .batch_execute(
                "INSERT INTO datapoints (id, key, type, data_format, allowed_values, created_at, updated_at) \
                 VALUES (1, 'a', 'sensor', 'generic_numeric', '[]', 0, 0), \
                        (2, 'b', 'sensor', 'generic_string', '[]', 0, 0)",
            )
            .expect("datapoints");
        let (hub, _) = broadcast::channel(BACKLOG);
        (dir, ValueWriter::start(pool, 1, hub))
    }

    /// The batch of a published change (the writer publishes nothing else).
    fn batch_of(change: Change) -> Committed {
        match change {
            Change::Values {
                origin: Origin::Local,
                batch,
            } => batch,
            other => panic!("the writer published {other:?}"),
        }
    }

    fn num(datapoint_id: i64, ts: i64, value: f64) -> Point {
        Point {
            datapoint_id,
            ts,
            num: Some(value),
            txt: None,
        }
    }

    #[tokio::test]
    async fn a_subscriber_sees_every_committed_value_with_its_source() {
        let (_dir, writer) = writer();
        let mut committed = writer.subscribe();
        let text = Point {
            datapoint_id: 2,
            ts: 5,
            num: None,
            txt: Some("on".into()),
        };
        let batch = vec![
            num(1, 20, 2.0),
            num(1, 10, 1.0),
            text.clone(),
            num(1, 10, 3.0),
        ];
        assert_eq!(writer.write(batch, Source::Http).await.ok(), Some(3));
        let heard = batch_of(committed.try_recv().expect("published before the answer"));
        assert_eq!(heard.source, Source::Http);
        // What was stored: in key order, the last of a repeated (datapoint, timestamp).
        assert_eq!(&*heard.points, &[num(1, 10, 3.0), num(1, 20, 2.0), text]);
        assert_eq!(committed.try_recv().unwrap_err(), TryRecvError::Empty);
    }

    #[tokio::test]
    async fn nothing_of_a_rejected_batch_is_published() {
        let (_dir, writer) = writer();
        let mut committed = writer.subscribe();
        // Datapoint 9 does not exist: the foreign key refuses the whole batch.
        let refused = writer
            .write(vec![num(1, 1, 1.0), num(9, 1, 1.0)], Source::Http)
            .await;
        assert!(matches!(refused, Err(DbError::Conflict(_))), "{refused:?}");
        assert_eq!(committed.try_recv().unwrap_err(), TryRecvError::Empty);
        // Refused and stored batches in one group: only the stored ones are heard of.
        let mut writes = tokio::task::JoinSet::new();
        for i in 0..20 {
            let writer = writer.clone();
            let id = if i % 2 == 0 { 1 } else { 9 };
            writes.spawn(async move { writer.write(vec![num(id, i, 0.0)], Source::Http).await });
        }
        let stored = writes.join_all().await.iter().filter(|o| o.is_ok()).count();
        assert_eq!(stored, 10);
        let mut heard = Vec::new();
        while let Ok(change) = committed.try_recv() {
            heard.extend(batch_of(change).points.iter().map(|p| p.datapoint_id));
        }
        assert_eq!(heard, vec![1; 10]);
    }

    #[tokio::test]
    async fn a_subscriber_that_never_reads_lags_and_blocks_no_write() {
        let (_dir, writer) = writer();
        let mut idle = writer.subscribe();
        let extra = 5;
        let total = BACKLOG as i64 + extra;
        let mut writes = tokio::task::JoinSet::new();
        for ts in 0..total {
            let writer = writer.clone();
            writes.spawn(async move { writer.write(vec![num(1, ts, 0.0)], Source::Http).await });
        }
        let outcomes = tokio::time::timeout(std::time::Duration::from_secs(60), writes.join_all())
            .await
            .expect("writes never wait for a subscriber");
        assert!(outcomes.iter().all(|o| matches!(o, Ok(1))));
        assert_eq!(
            idle.recv().await.unwrap_err(),
            RecvError::Lagged(extra as u64)
        );
        // After the lag it goes on with the oldest batch still kept.
        assert!(idle.recv().await.is_ok());
    }
}
