//! Group commit for value writes.
//!
//! Every acknowledged write must be durable, so each commit waits for the disk. One
//! commit per request would cap single-point writes at the disk's sync rate, and on
//! SQLite concurrent writers would also queue on its single write lock by polling.
//! Instead, writer threads take whatever batches are waiting, write each inside its
//! own savepoint (so one failing batch never takes others with it, and each batch
//! stays all-or-nothing), commit once, and only then answer every batch of the group.

use crate::connection::{DbConnection, Pool};
use crate::error::DbError;
use crate::queries::values::{prepare_rows, upsert_rows, NewValue};
use diesel::connection::SimpleConnection;
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, oneshot};

/// Rows one group may gather before it is committed.
const GROUP_ROWS: usize = 50_000;
/// Batches waiting for a writer before senders wait too (back-pressure).
const QUEUE: usize = 4_096;

struct Job {
    rows: Vec<NewValue>,
    done: oneshot::Sender<Result<usize, DbError>>,
}

/// A handle to the writer threads; cheap to clone.
#[derive(Clone)]
pub struct ValueWriter {
    queue: mpsc::Sender<Job>,
}

impl ValueWriter {
    /// Starts `threads` writer threads on `pool` (one suits SQLite, which has one
    /// writer at a time anyway; PostgreSQL can use several).
    pub fn start(pool: Pool, threads: usize) -> ValueWriter {
        let (queue, receiver) = mpsc::channel(QUEUE);
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..threads.max(1) {
            let pool = pool.clone();
            let receiver = receiver.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("joule-writer-{n}"))
                .spawn(move || run(&pool, &receiver));
            if let Err(e) = spawned {
                log::error!("cannot start a writer thread: {e}");
            }
        }
        ValueWriter { queue }
    }

    /// Stores one batch (all or nothing); answers once it is committed.
    pub async fn write(&self, rows: Vec<NewValue>) -> Result<usize, DbError> {
        let (done, answer) = oneshot::channel();
        self.queue
            .send(Job { rows, done })
            .await
            .map_err(|_| DbError::Unavailable("the writer has stopped".into()))?;
        answer
            .await
            .map_err(|_| DbError::Internal("a writer thread ended".into()))?
    }
}

fn run(pool: &Pool, receiver: &Mutex<mpsc::Receiver<Job>>) {
    loop {
        let group = {
            let Ok(mut receiver) = receiver.lock() else {
                return;
            };
            let Some(first) = receiver.blocking_recv() else {
                return;
            };
            let mut rows = first.rows.len();
            let mut group = vec![first];
            while rows < GROUP_ROWS {
                match receiver.try_recv() {
                    Ok(job) => {
                        rows += job.rows.len();
                        group.push(job);
                    }
                    Err(_) => break,
                }
            }
            group
        };
        let (batches, replies): (Vec<_>, Vec<_>) = group
            .into_iter()
            .map(|job| (prepare_rows(job.rows), job.done))
            .unzip();
        let outcomes = match pool.get() {
            Ok(mut conn) => write_group(&mut conn, &batches),
            Err(e) => {
                let e = DbError::from(e);
                batches.iter().map(|_| Err(e.clone())).collect()
            }
        };
        for (reply, outcome) in replies.into_iter().zip(outcomes) {
            // A requester that gave up no longer listens; its batch is still stored.
            let _ = reply.send(outcome);
        }
    }
}

/// One transaction, one savepoint per batch; every outcome stands only if the
/// commit succeeds.
fn write_group(conn: &mut DbConnection, batches: &[Vec<NewValue>]) -> Vec<Result<usize, DbError>> {
    let begin = match conn {
        DbConnection::Sqlite(_) => "BEGIN IMMEDIATE",
        DbConnection::Pg(_) => "BEGIN",
    };
    if let Err(e) = conn.batch_execute(begin) {
        let e = DbError::from(e);
        return batches.iter().map(|_| Err(e.clone())).collect();
    }
    let mut outcomes = Vec::with_capacity(batches.len());
    for rows in batches {
        let outcome = conn
            .batch_execute("SAVEPOINT batch")
            .map_err(DbError::from)
            .and_then(|()| upsert_rows(conn, rows));
        let settle = if outcome.is_ok() {
            "RELEASE SAVEPOINT batch"
        } else {
            "ROLLBACK TO SAVEPOINT batch; RELEASE SAVEPOINT batch"
        };
        match conn.batch_execute(settle) {
            Ok(()) => outcomes.push(outcome),
            Err(e) => {
                // The transaction itself is lost: nothing of the group stands.
                let e = DbError::from(e);
                let _ = conn.batch_execute("ROLLBACK");
                return batches.iter().map(|_| Err(e.clone())).collect();
            }
        }
    }
    if let Err(e) = conn.batch_execute("COMMIT") {
        let e = DbError::from(e);
        let _ = conn.batch_execute("ROLLBACK");
        return batches.iter().map(|_| Err(e.clone())).collect();
    }
    outcomes
}
