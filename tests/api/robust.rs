//! Helpers of the robustness tests: a server process the test controls (signals,
//! restarts on the same database, memory), HTTP calls that report connection
//! failures instead of panicking, and a lock that makes database work reliably slow.

use crate::support::{admin_token, spawn_server, TestApp, TestDb};
use bytes::Bytes;
use diesel::connection::SimpleConnection as _;
use diesel::{Connection as _, PgConnection, SqliteConnection};
use http_body_util::{BodyExt as _, Full};
use hyper::{HeaderMap, Method, Request, StatusCode};
use hyper_util::client::legacy::Client as HttpClient;
use hyper_util::rt::TokioExecutor;
use serde_json::{json, Value};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// An answer, or why there was none.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Whether this is a problem document of the answer's own status.
    pub fn is_problem(&self) -> bool {
        self.header("content-type") == Some("application/problem+json")
            && self.json()["status"] == self.status.as_u16()
            && self.json()["detail"]
                .as_str()
                .is_some_and(|d| !d.is_empty())
    }
}

/// One request with a deadline; `Err` when the connection failed or the deadline passed.
pub async fn call(
    base: &str,
    method: Method,
    path: &str,
    body: impl Into<Bytes>,
    headers: &[(String, String)],
    deadline: Duration,
) -> Result<Answer, String> {
    let client = HttpClient::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut request = Request::builder()
        .method(method)
        .uri(format!("{base}{}{path}", joule_api::BASE_PATH))
        .header("content-type", "application/json");
    for (k, v) in headers {
        request = request.header(k.as_str(), v.as_str());
    }
    let request = request
        .body(Full::new(body.into()))
        .map_err(|e| e.to_string())?;
    let exchange = async {
        let response = client.request(request).await.map_err(|e| e.to_string())?;
        let (parts, body) = response.into_parts();
        let body = body.collect().await.map_err(|e| e.to_string())?.to_bytes();
        Ok(Answer {
            status: parts.status,
            headers: parts.headers,
            body,
        })
    };
    match tokio::time::timeout(deadline, exchange).await {
        Ok(result) => result,
        Err(_) => Err(format!("no answer within {deadline:?}")),
    }
}

/// A server process on a database of its own, which the test may signal, kill and
/// start again on the same database.
pub struct Server {
    pub db: TestDb,
    pub base: String,
    child: Option<Child>,
    env: Vec<(String, String)>,
    /// Headers every request carries: the admin's credentials.
    pub headers: Vec<(String, String)>,
}

impl Server {
    pub async fn start(env: &[(&str, &str)]) -> Server {
        Self::start_on(TestDb::fresh(), env).await
    }

    pub async fn start_on(db: TestDb, env: &[(&str, &str)]) -> Server {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let mut server = Server {
            db,
            base: String::new(),
            child: None,
            env,
            headers: Vec::new(),
        };
        server.spawn().await;
        server
    }

    /// Starts the process and signs in as its admin.
    async fn spawn(&mut self) {
        let env: Vec<(&str, &str)> = self
            .env
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let (child, base) = spawn_server(self.db.url(), &env);
        self.child = Some(child);
        self.headers = vec![(
            "authorization".to_string(),
            format!("Bearer {}", admin_token(&base).await),
        )];
        self.base = base;
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().map(Child::id).unwrap_or(0)
    }

    /// SIGKILL: no shutdown, no flush.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub async fn restart(&mut self) {
        self.kill();
        self.spawn().await;
    }

    /// Sends SIGTERM (a graceful shutdown).
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .expect("kill");
        assert!(status.success(), "kill -TERM failed");
    }

    /// Waits up to `limit` for the process to exit; answers how long it took.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<Duration> {
        let started = Instant::now();
        let child = self.child.as_mut()?;
        while started.elapsed() < limit {
            if let Ok(Some(_)) = child.try_wait() {
                self.child = None;
                return Some(started.elapsed());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    pub fn alive(&mut self) -> bool {
        self.child
            .as_mut()
            .is_some_and(|c| matches!(c.try_wait(), Ok(None)))
    }

    /// Resident memory of the server process in KiB (VmRSS).
    pub fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .expect("the server's /proc status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .expect("VmRSS")
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: impl Into<Bytes>,
    ) -> Result<Answer, String> {
        call(
            &self.base,
            method,
            path,
            body,
            &self.headers,
            Duration::from_secs(60),
        )
        .await
    }

    /// A request that must succeed with a 2xx; answers its JSON.
    pub async fn ok(&self, method: Method, path: &str, body: Value) -> Value {
        let body = if body.is_null() {
            Bytes::new()
        } else {
            Bytes::from(body.to_string())
        };
        let answer = self
            .call(method.clone(), path, body)
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        assert!(
            answer.status.is_success(),
            "{method} {path}: {} {}",
            answer.status,
            String::from_utf8_lossy(&answer.body)
        );
        answer.json()
    }

    /// A numeric sensor datapoint; answers its id.
    pub async fn datapoint(&self, key: &str) -> i64 {
        self.ok(
            Method::POST,
            "/datapoints",
            json!({"key": key, "type": "sensor", "data_format": "generic_numeric"}),
        )
        .await["id"]
            .as_i64()
            .expect("id")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// 2026-01-01T00:00:00Z in seconds.
pub const T0: i64 = 1_767_225_600;

pub fn at(seconds: i64) -> String {
    chrono::DateTime::from_timestamp(T0 + seconds, 0)
        .expect("in range")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Values `first..first + n` seconds after T0, each valued by its own second.
pub fn batch(first: i64, n: i64) -> Value {
    Value::Array(
        (first..first + n)
            .map(|s| json!({"timestamp": at(s), "value": s as f64}))
            .collect(),
    )
}

/// How many values a datapoint holds in `[first, first + n)` seconds after T0.
pub async fn count(server: &Server, id: i64, first: i64, n: i64) -> usize {
    let path = format!(
        "/datapoints/{id}/values?from={}&to={}&limit=100000",
        at(first),
        at(first + n)
    );
    server.ok(Method::GET, &path, Value::Null).await["items"]
        .as_array()
        .map(Vec::len)
        .expect("items")
}

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

/// The headers that authenticate a raw request as the test app's admin.
pub fn credentials(app: &TestApp) -> Vec<(String, String)> {
    app.admin
        .headers()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}
