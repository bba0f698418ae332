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
