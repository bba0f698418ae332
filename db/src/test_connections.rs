//! Connections for unit tests that run a statement on each backend.

use crate::DbConnection;
use diesel::{Connection, PgConnection, SqliteConnection};

pub fn sqlite_in_memory() -> DbConnection {
    DbConnection::Sqlite(SqliteConnection::establish(":memory:").expect("in-memory SQLite"))
}

/// PostgreSQL at `JOULE_TEST_POSTGRES_URL`; `None`, said on standard error, when it is
/// not set (CI sets it, and then the test must pass).
pub fn postgres() -> Option<DbConnection> {
    let Some(url) = std::env::var("JOULE_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        eprintln!("JOULE_TEST_POSTGRES_URL not set: skipped");
        return None;
    };
    Some(DbConnection::Pg(
        PgConnection::establish(&url).expect("PostgreSQL at JOULE_TEST_POSTGRES_URL"),
    ))
}
