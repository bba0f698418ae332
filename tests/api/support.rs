//! The test harness: a server process on a fresh database, a generated client,
//! and a small raw HTTP helper.

use bytes::Bytes;
use diesel::{Connection, PgConnection, RunQueryDsl};
use http_body_util::{BodyExt, Full};
use hyper::{Method, Request, StatusCode};
use hyper_util::client::legacy::Client as HttpClient;
use hyper_util::rt::TokioExecutor;
use joule_api::{ApiNoContext, ContextWrapperExt as _};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};
use swagger::auth::AuthData;
use swagger::{ContextBuilder, EmptyContext, Push as _, XSpanIdString};

pub type ClientContext = swagger::make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);
pub type ApiClient = Box<dyn ApiNoContext<ClientContext> + Send + Sync>;

pub const BIN: &str = env!("CARGO_BIN_EXE_joule");

/// A database only this test uses, dropped afterwards.
pub enum TestDb {
    Sqlite {
        _dir: tempfile::TempDir,
        url: String,
    },
    Postgres {
        admin_url: String,
        name: String,
        url: String,
    },
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    pub fn fresh() -> TestDb {
        match std::env::var("JOULE_TEST_POSTGRES_URL") {
            Ok(admin_url) if !admin_url.is_empty() => {
                let name = format!(
                    "joule_t_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst),
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.subsec_nanos())
                        .unwrap_or(0)
                );
                let mut admin = PgConnection::establish(&admin_url)
                    .expect("JOULE_TEST_POSTGRES_URL is set but PostgreSQL does not answer");
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .expect("cannot create a test database");
                let base = admin_url
                    .rsplit_once('/')
                    .map(|(b, _)| b)
                    .unwrap_or(&admin_url);
                let url = format!("{base}/{name}");
                TestDb::Postgres {
                    admin_url,
                    name,
                    url,
                }
            }
            _ => {
                let dir = tempfile::tempdir().expect("tempdir");
                let url = format!("sqlite://{}", dir.path().join("joule.db").display());
                TestDb::Sqlite { _dir: dir, url }
            }
        }
    }

    pub fn url(&self) -> &str {
        match self {
            TestDb::Sqlite { url, .. } | TestDb::Postgres { url, .. } => url,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Postgres {
            admin_url, name, ..
        } = self
        {
            if let Ok(mut admin) = PgConnection::establish(admin_url) {
                let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut admin);
            }
        }
    }
}

/// A running server and a client for it.
pub struct TestApp {
    pub base: String,
    pub client: ApiClient,
    /// Kept so the database lives as long as the server.
    _db: TestDb,
    child: Child,
}

impl TestApp {
    pub async fn start() -> TestApp {
        Self::start_with(&[]).await
    }

    /// Starts the server with extra environment variables (e.g. `JOULE_BODY_LIMIT`).
    pub async fn start_with(env: &[(&str, &str)]) -> TestApp {
        let db = TestDb::fresh();
        let (child, base) = spawn_server(db.url(), env);
        let context: ClientContext = swagger::make_context!(
            ContextBuilder,
            EmptyContext,
            None::<AuthData>,
            XSpanIdString::default()
        );
        let client = joule_api::Client::try_new_http(&base).expect("client");
        let client: ApiClient = Box::new(client.with_context(context));
        TestApp {
            base,
            client,
            _db: db,
            child,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}{path}", self.base, joule_api::BASE_PATH)
    }

    /// Sends a raw request to `path` below the API base; answers status, content type, body.
    pub async fn raw(&self, method: Method, path: &str, body: impl Into<Bytes>) -> RawResponse {
        raw(method, &self.url(path), body.into(), &[]).await
    }
}

impl TestApp {
    /// Kills the server (SIGKILL, no shutdown) and starts a new one on the same database.
    pub async fn restart(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let (child, base) = spawn_server(self._db.url(), &[]);
        self.child = child;
        let context: ClientContext = swagger::make_context!(
            ContextBuilder,
            EmptyContext,
            None::<AuthData>,
            XSpanIdString::default()
        );
        let client = joule_api::Client::try_new_http(&base).expect("client");
        self.client = Box::new(client.with_context(context));
        self.base = base;
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `joule serve` on an ephemeral port and waits for its "listening" line.
pub fn spawn_server(database_url: &str, env: &[(&str, &str)]) -> (Child, String) {
    let mut command = Command::new(BIN);
    command
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--database-url",
            database_url,
        ])
        .env("JOULE_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().expect("cannot start the joule binary");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        assert!(
            Instant::now() < deadline,
            "the server did not start in time"
        );
        match lines.next() {
            Some(Ok(line)) => {
                if let Some(base) = line.strip_prefix("joule listening on ") {
                    return (child, base.trim().to_string());
                }
            }
            _ => panic!("the server exited before listening: {:?}", child.wait()),
        }
    }
}

#[derive(Debug)]
pub struct RawResponse {
    pub status: StatusCode,
    pub headers: hyper::HeaderMap,
    pub body: Bytes,
}

impl RawResponse {
    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    /// Asserts a problem document with this status and answers it.
    pub fn problem(&self, status: u16) -> serde_json::Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "body: {}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.content_type(), "application/problem+json");
        let p = self.json();
        assert_eq!(p["status"], status);
        assert!(p["title"].is_string() && p["type"].is_string(), "{p}");
        assert!(p["detail"].as_str().is_some_and(|d| !d.is_empty()), "{p}");
        p
    }
}

pub async fn raw(method: Method, url: &str, body: Bytes, headers: &[(&str, &str)]) -> RawResponse {
    let client = HttpClient::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut request = Request::builder().method(method).uri(url);
    request = request.header("content-type", "application/json");
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let response = client
        .request(request.body(Full::new(body)).expect("request"))
        .await
        .expect("response");
    let (parts, body) = response.into_parts();
    let body = body.collect().await.expect("body").to_bytes();
    RawResponse {
        status: parts.status,
        headers: parts.headers,
        body,
    }
}

/// Field names of a problem's `errors` list.
pub fn error_fields(problem: &serde_json::Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .filter_map(|e| e["field"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}
