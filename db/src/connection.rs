//! Connections, the pool and migrations. The backend comes from the URL scheme:
//! `postgres://` / `postgresql://` for PostgreSQL, `sqlite://…` or a bare path for
//! SQLite (`sqlite://joule.db`, `sqlite:///var/lib/joule/joule.db`, `joule.db`). Any
//! other scheme (`mysql://…`) is refused rather than taken for a file name.

use crate::error::DbError;
use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection};
use diesel::{Connection, PgConnection, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use std::time::Duration;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Arbitrary constant naming the advisory lock that serialises migrations when
/// several instances start at once on one PostgreSQL database.
const MIGRATION_LOCK_ID: i64 = 0x006a_6f75_6c65;

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    Pg(PgConnection),
}

pub type Pool = r2d2::Pool<ConnectionManager<DbConnection>>;
pub type PooledConnection = r2d2::PooledConnection<ConnectionManager<DbConnection>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// How the pool behaves; the defaults suit one small server.
#[derive(Debug, Clone)]
pub struct PoolOptions {
    pub max_size: u32,
    /// How long a request waits for a free connection before answering 503.
    pub acquire_timeout: Duration,
    /// SQLite only: how long a writer waits for the write lock.
    pub busy_timeout: Duration,
}

impl Default for PoolOptions {
    fn default() -> Self {
        PoolOptions {
            max_size: 8,
            acquire_timeout: Duration::from_secs(5),
            busy_timeout: Duration::from_secs(5),
        }
    }
}

/// The file path inside a SQLite URL.
pub fn sqlite_path(url: &str) -> &str {
    url.strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url)
}

/// Masks every credential of a database URL for logs and `joule config`: the
/// password of the user part and query parameters such as `?password=` or
/// `sslpassword=` (libpq reads both).
pub fn redact_url(url: &str) -> String {
    let Ok(mut parsed) = url::Url::parse(url) else {
        // Not a URL a connection could use; show nothing that might be a secret.
        return match url.split_once("://") {
            Some((scheme, _)) => format!("{scheme}://***"),
            None => url.to_string(),
        };
    };
    let mut masked = false;
    if parsed.password().is_some() {
        masked = parsed.set_password(Some("***")).is_ok();
    }
    let secret = |name: &str| {
        let name = name.to_ascii_lowercase();
        ["pass", "secret", "token", "key"]
            .iter()
            .any(|s| name.contains(s))
    };
    if parsed.query_pairs().any(|(name, _)| secret(&name)) {
        let pairs: Vec<(String, String)> = parsed
            .query_pairs()
            .map(|(name, value)| {
                let value = if secret(&name) {
                    "***".into()
                } else {
                    value.into_owned()
                };
                (name.into_owned(), value)
            })
            .collect();
        parsed.query_pairs_mut().clear().extend_pairs(pairs);
        masked = true;
    }
    if masked {
        parsed.to_string().replace("%2A%2A%2A", "***")
    } else {
        url.to_string()
    }
}

#[derive(Debug)]
struct SqlitePragmas {
    busy_timeout_ms: u128,
}

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        if let DbConnection::Sqlite(c) = conn {
            // WAL lets readers run beside the writer; synchronous=FULL makes every
            // acknowledged commit survive power loss, not only a process crash.
            c.batch_execute(&format!(
                "PRAGMA busy_timeout = {}; PRAGMA journal_mode = WAL; \
                 PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
                self.busy_timeout_ms
            ))
            .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Refuses a URL whose scheme names neither backend, so `mysql://x` is not taken
/// for a SQLite file called `mysql:/x`.
pub fn check_url(url: &str) -> Result<(), DbError> {
    let scheme = url.split_once("://").map(|(scheme, _)| scheme);
    match scheme {
        None | Some("postgres" | "postgresql" | "sqlite") => Ok(()),
        Some(other) => Err(DbError::Unavailable(format!(
            "unsupported database URL scheme `{other}://`: use postgres://user@host/db \
             (PostgreSQL) or sqlite://path/to/joule.db (SQLite, also a bare path)"
        ))),
    }
}

/// Opens one connection outside the pool, so that a wrong path, a closed port or a
/// missing database is reported with its own cause at once (the pool would only
/// time out with a generic message).
fn probe(backend: Backend, target: &str) -> Result<(), DbError> {
    let established = match backend {
        Backend::Postgres => PgConnection::establish(target).map(drop),
        Backend::Sqlite => SqliteConnection::establish(target).map(drop),
    };
    established.map_err(|e| {
        let cause = e.to_string();
        let cause = cause.trim();
        DbError::Unavailable(match backend {
            Backend::Postgres => format!("cannot connect to PostgreSQL: {cause}"),
            Backend::Sqlite => format!("cannot open the SQLite database {target}: {cause}"),
        })
    })
}

/// Opens a pool for `url`, creating the SQLite file (and its folder) if missing.
/// Does not migrate: call [`migrate`].
pub fn connect(url: &str, options: &PoolOptions) -> Result<Pool, DbError> {
    check_url(url)?;
    let backend = Backend::from_url(url);
    let target = match backend {
        Backend::Postgres => url.to_string(),
        Backend::Sqlite => {
            let path = sqlite_path(url);
            if let Some(parent) = std::path::Path::new(path).parent() {
                if !parent.as_os_str().is_empty() {
                    std::fs::create_dir_all(parent).map_err(|e| {
                        DbError::Unavailable(format!("cannot create {}: {e}", parent.display()))
                    })?;
                }
            }
            path.to_string()
        }
    };
    probe(backend, &target)?;
    let manager = ConnectionManager::<DbConnection>::new(target);
    r2d2::Pool::builder()
        .max_size(options.max_size)
        .min_idle(Some(1))
        .connection_timeout(options.acquire_timeout)
        // A PostgreSQL connection that died (server restart, network) is only noticed
        // by using it, so each checkout pings; an embedded SQLite connection cannot
        // die that way, and the ping would cost every request a statement.
        .test_on_check_out(backend == Backend::Postgres)
        .connection_customizer(Box::new(SqlitePragmas {
            busy_timeout_ms: options.busy_timeout.as_millis(),
        }))
        .build(manager)
        .map_err(DbError::from)
}

/// Applies every pending migration; answers the versions applied.
pub fn migrate(pool: &Pool) -> Result<Vec<String>, DbError> {
    let mut conn = pool.get()?;
    let applied = match &mut *conn {
        DbConnection::Sqlite(c) => run(c, SQLITE_MIGRATIONS)?,
        DbConnection::Pg(c) => {
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_ID})"))?;
            let result = run(c, POSTGRES_MIGRATIONS);
            c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_ID})"))?;
            result?
        }
    };
    Ok(applied)
}

fn run<C>(conn: &mut C, migrations: EmbeddedMigrations) -> Result<Vec<String>, DbError>
where
    C: MigrationHarness<C::Backend> + Connection,
{
    conn.run_pending_migrations(migrations)
        .map(|versions| versions.iter().map(ToString::to_string).collect())
        .map_err(|e| DbError::Internal(format!("migration failed: {e}")))
}

/// Checks that the database answers (for the readiness probe).
pub fn ping_conn(conn: &mut DbConnection) -> Result<(), DbError> {
    conn.batch_execute("SELECT 1")?;
    Ok(())
}

impl DbConnection {
    pub fn backend(&self) -> Backend {
        match self {
            DbConnection::Sqlite(_) => Backend::Sqlite,
            DbConnection::Pg(_) => Backend::Postgres,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_backend_and_masks_passwords() {
        assert_eq!(Backend::from_url("postgres://u@h/db"), Backend::Postgres);
        assert_eq!(Backend::from_url("postgresql://u@h/db"), Backend::Postgres);
        assert_eq!(Backend::from_url("sqlite://joule.db"), Backend::Sqlite);
        assert_eq!(sqlite_path("sqlite:///var/joule.db"), "/var/joule.db");
        assert_eq!(sqlite_path("joule.db"), "joule.db");
        assert_eq!(
            redact_url("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(redact_url("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(
            redact_url("postgres://u@h/db?password=hunter2&sslmode=require"),
            "postgres://u@h/db?password=***&sslmode=require"
        );
        assert_eq!(
            redact_url("postgresql://u:p%40ss@h/db?sslpassword=x"),
            "postgresql://u:***@h/db?sslpassword=***"
        );
        assert_eq!(redact_url("sqlite://joule.db"), "sqlite://joule.db");
        assert!(!redact_url("postgres://u:se cret@h/db").contains("se cret"));
    }
}
