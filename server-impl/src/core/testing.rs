//! A core on a fresh, migrated SQLite database, for the services' own tests.

use super::{Core, Limits};
use crate::auth::{Auth, AuthConfig};
use joule_db::connection::{self, PoolOptions};
use std::sync::Arc;
use std::time::Duration;

/// The core and the folder holding its database (removed when dropped).
pub struct TestCore {
    pub core: Core,
    _dir: tempfile::TempDir,
}

pub fn fresh_core() -> TestCore {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let url = format!("sqlite://{}", dir.path().join("joule.db").display());
    let pool = connection::connect(&url, &PoolOptions::default()).expect("a SQLite pool");
    connection::migrate(&pool).expect("migrations");
    let auth = Auth::new(&AuthConfig {
        signing_key: b"0123456789abcdef0123456789abcdef".to_vec(),
        access_ttl: Duration::from_secs(60),
        refresh_ttl: Duration::from_secs(60),
    })
    .expect("auth");
    TestCore {
        core: Core::new(pool, Limits::default(), Arc::new(auth)),
        _dir: dir,
    }
}

/// A fresh database on the PostgreSQL at `JOULE_TEST_POSTGRES_URL`, dropped with
/// the value; `None`, said on standard error, when the variable is not set (CI sets
/// it, and then the test must pass).
pub struct TestPostgres {
    admin_url: String,
    name: String,
    pub url: String,
}

impl TestPostgres {
    pub fn fresh() -> Option<TestPostgres> {
        use diesel::{Connection, PgConnection, RunQueryDsl};
        let Some(admin_url) = std::env::var("JOULE_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())
        else {
            eprintln!("JOULE_TEST_POSTGRES_URL not set: skipped");
            return None;
        };
        let name = format!(
            "joule_core_{}_{:08x}",
            std::process::id(),
            rand::random::<u32>()
        );
        let mut admin = PgConnection::establish(&admin_url).expect("PostgreSQL answers");
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .expect("a test database");
        let base = admin_url.rsplit_once('/').map_or(&*admin_url, |(b, _)| b);
        let url = format!("{base}/{name}");
        Some(TestPostgres {
            admin_url,
            name,
            url,
        })
    }

    /// A core on this database (migrated on first use).
    pub fn core(&self) -> Core {
        let pool = connection::connect(&self.url, &PoolOptions::default()).expect("a pool");
        connection::migrate(&pool).expect("migrations");
        let auth = Auth::new(&AuthConfig {
            signing_key: b"0123456789abcdef0123456789abcdef".to_vec(),
            access_ttl: Duration::from_secs(60),
            refresh_ttl: Duration::from_secs(60),
        })
        .expect("auth");
        Core::new(pool, Limits::default(), Arc::new(auth))
    }
}

impl Drop for TestPostgres {
    fn drop(&mut self) {
        use diesel::{Connection, PgConnection, RunQueryDsl};
        if let Ok(mut admin) = PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut admin);
        }
    }
}
