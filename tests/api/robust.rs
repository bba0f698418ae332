//! Tools of the robustness tests: a replayable random generator, and a lock that
//! makes database work reliably slow.

use crate::support::TestDb;
use diesel::connection::SimpleConnection as _;
use diesel::{Connection as _, PgConnection, SqliteConnection};

/// A small deterministic generator (xorshift), seeded per run and printed, so a
/// failing kill moment can be replayed.
pub struct Rng(u64);

impl Rng {
    pub fn seeded() -> (Rng, u64) {
        let seed = std::env::var("JOULE_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(7)
                    | 1
            });
        (Rng(seed), seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Uniform in `[low, high)`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low).max(1)
    }
}

/// Holds the database's write lock from outside the server, so that the server's
/// next write waits on it while holding a pooled connection: a request that is
/// reliably slow for as long as the test wants. Released on drop.
pub enum WriteLock {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

impl WriteLock {
    pub fn take(db: &TestDb) -> WriteLock {
        let url = db.url();
        if url.starts_with("postgres") {
            let mut conn = PgConnection::establish(url).expect("PostgreSQL");
            conn.batch_execute("BEGIN; LOCK TABLE datapoint_values IN ACCESS EXCLUSIVE MODE;")
                .expect("lock");
            WriteLock::Postgres(conn)
        } else {
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            let mut conn = SqliteConnection::establish(path).expect("SQLite");
            conn.batch_execute("PRAGMA busy_timeout = 10000; BEGIN EXCLUSIVE;")
                .expect("lock");
            WriteLock::Sqlite(conn)
        }
    }

    pub fn release(self) {
        drop(self);
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        let _ = match self {
            WriteLock::Sqlite(c) => c.batch_execute("COMMIT"),
            WriteLock::Postgres(c) => c.batch_execute("COMMIT"),
        };
    }
}
