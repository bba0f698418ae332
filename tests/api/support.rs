//! The test harness: a server process on a fresh database (which a test may also
//! signal, kill and restart), a generated client, raw HTTP helpers, and the
//! timestamps and batches tests share.
//!
//! Every server starts with `JOULE_ADMIN_PASSWORD` set, so it has an `admin` user;
//! `TestApp::client` and `TestApp::raw` (and the free `raw`) act as that admin
//! unless told otherwise, so tests that are not about access need no credentials.

use bytes::Bytes;
use diesel::{Connection, PgConnection, RunQueryDsl};
use http_body_util::{BodyExt, Full};
use hyper::{HeaderMap, Method, Request, StatusCode};
use hyper_util::client::legacy::Client as HttpClient;
use hyper_util::rt::TokioExecutor;
use joule_api::{ApiNoContext, ContextWrapperExt as _};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
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
/// The password of the `admin` user every test server starts with.
pub const ADMIN_PASSWORD: &str = "test-admin-password";

/// The credentials a request carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Creds {
    None,
    /// An access token, sent as `Authorization: Bearer …`.
    Bearer(String),
    /// An API key, sent as `X-API-Key`.
    Key(String),
}

impl Creds {
    pub fn headers(&self) -> Vec<(&'static str, String)> {
        match self {
            Creds::None => vec![],
            Creds::Bearer(token) => vec![("authorization", format!("Bearer {token}"))],
            Creds::Key(key) => vec![("x-api-key", key.clone())],
        }
    }

    fn auth_data(&self) -> Option<AuthData> {
        match self {
            Creds::None => None,
            Creds::Bearer(token) => Some(AuthData::Bearer(token.clone())),
            Creds::Key(key) => Some(AuthData::ApiKey(key.clone())),
        }
    }
}

/// A generated client for `base` that sends `creds`.
pub fn client_for(base: &str, creds: &Creds) -> ApiClient {
    let context: ClientContext = swagger::make_context!(
        ContextBuilder,
        EmptyContext,
        creds.auth_data(),
        XSpanIdString::default()
    );
    let client = joule_api::Client::try_new_http(base).expect("client");
    Box::new(client.with_context(context))
}

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

/// A server process on a database of its own, and a client for it. The test may
/// signal it, kill it and start it again on the same database, with the same
/// environment.
pub struct TestApp {
    pub base: String,
    /// A client acting as the `admin` user.
    pub client: ApiClient,
    /// The admin's credentials (an access token).
    pub admin: Creds,
    /// Lives as long as the server (and across restarts).
    pub db: TestDb,
    child: Option<Child>,
    env: Vec<(String, String)>,
}

impl TestApp {
    pub async fn start() -> TestApp {
        Self::start_with(&[]).await
    }

    /// Starts the server with extra environment variables (e.g. `JOULE_BODY_LIMIT`).
    pub async fn start_with(env: &[(&str, &str)]) -> TestApp {
        Self::start_on(TestDb::fresh(), env).await
    }

    /// Starts the server on `db` with extra environment variables.
    pub async fn start_on(db: TestDb, env: &[(&str, &str)]) -> TestApp {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let (child, base, admin) = Self::spawn(&db, &env).await;
        TestApp {
            client: client_for(&base, &admin),
            admin,
            base,
            db,
            child: Some(child),
            env,
        }
    }

    /// Starts the process and signs in as its admin.
    async fn spawn(db: &TestDb, env: &[(String, String)]) -> (Child, String, Creds) {
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let (child, base) = spawn_server(db.url(), &env);
        let admin = Creds::Bearer(admin_token(&base).await);
        (child, base, admin)
    }

    /// A generated client that sends `creds`.
    pub fn client_as(&self, creds: &Creds) -> ApiClient {
        client_for(&self.base, creds)
    }

    /// The headers that authenticate a request as the admin.
    pub fn admin_headers(&self) -> Vec<(String, String)> {
        self.admin
            .headers()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect()
    }

    /// Sends a raw request with `creds` (and no others).
    pub async fn raw_with(
        &self,
        creds: &Creds,
        method: Method,
        path: &str,
        body: impl Into<Bytes>,
    ) -> RawResponse {
        let headers = creds.headers();
        let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        send(method, &self.url(path), body.into(), &headers, None).await
    }

    /// Signs in; answers the token pair (or panics).
    pub async fn login(&self, username: &str, password: &str) -> Value {
        let body = json!({"username": username, "password": password});
        let answer = self
            .raw_with(&Creds::None, Method::POST, "/auth/login", body.to_string())
            .await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "login of {username}: {answer:?}"
        );
        answer.json()
    }

    /// Creates a user as the admin and answers a bearer credential for them.
    pub async fn user(&self, username: &str, role: &str) -> Creds {
        let password = format!("{username}-password");
        let body = json!({"username": username, "password": password, "role": role});
        let created = self.raw(Method::POST, "/users", body.to_string()).await;
        assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
        let pair = self.login(username, &password).await;
        Creds::Bearer(pair["access_token"].as_str().expect("token").to_string())
    }

    /// Creates an API key as the admin; answers its id and credential.
    pub async fn key(&self, role: &str, site_ids: Option<&[i64]>) -> (i64, Creds) {
        let body = json!({"name": format!("{role} key"), "role": role, "site_ids": site_ids});
        let created = self.raw(Method::POST, "/api-keys", body.to_string()).await;
        assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
        let key = created.json();
        (
            key["id"].as_i64().expect("id"),
            Creds::Key(key["key"].as_str().expect("secret").to_string()),
        )
    }

    /// The server's database, for tests that check what is stored.
    pub fn database_url(&self) -> &str {
        self.db.url()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}{path}", self.base, joule_api::BASE_PATH)
    }

    /// Sends a raw request to `path` below the API base, as the admin; answers status,
    /// content type, body.
    pub async fn raw(&self, method: Method, path: &str, body: impl Into<Bytes>) -> RawResponse {
        self.raw_with(&self.admin.clone(), method, path, body).await
    }

    /// A request as the admin that reports a failed connection or no answer within a
    /// minute instead of panicking.
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
            &self.admin_headers(),
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

/// The process: signals, restarts, memory.
impl TestApp {
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

    /// Kills the server (SIGKILL, no shutdown) and starts a new one on the same
    /// database with the same environment.
    pub async fn restart(&mut self) {
        self.kill();
        let (child, base, admin) = Self::spawn(&self.db, &self.env).await;
        self.child = Some(child);
        self.client = client_for(&base, &admin);
        self.admin = admin;
        self.base = base;
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
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.kill();
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
        .env("JOULE_ADMIN_PASSWORD", ADMIN_PASSWORD)
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
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl RawResponse {
    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    /// Asserts a problem document with this status and answers it.
    pub fn problem(&self, status: u16) -> Value {
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

/// Signs in as the `admin` user of the server at `base`; answers the access token.
pub async fn admin_token(base: &str) -> String {
    let url = format!("{base}{}/auth/login", joule_api::BASE_PATH);
    let body = json!({"username": "admin", "password": ADMIN_PASSWORD});
    let answer = send(Method::POST, &url, body.to_string().into(), &[], None).await;
    assert_eq!(answer.status, StatusCode::OK, "admin login: {answer:?}");
    answer.json()["access_token"]
        .as_str()
        .expect("access_token")
        .to_string()
}

/// The admin's `Authorization` header for the server at `base` (`http://host:port`),
/// fetched with a blocking request, for harnesses with HTTP clients of their own.
pub fn admin_authorization(base: &str) -> (String, String) {
    use std::io::{Read as _, Write as _};
    let host = base.trim_start_matches("http://");
    let body = json!({"username": "admin", "password": ADMIN_PASSWORD}).to_string();
    let mut stream = std::net::TcpStream::connect(host).expect("connect");
    write!(
        stream,
        "POST {}/auth/login HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        joule_api::BASE_PATH,
        body.len()
    )
    .expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    let json = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    let pair: Value = serde_json::from_str(json)
        .unwrap_or_else(|e| panic!("admin login answered {answer} ({e})"));
    let token = pair["access_token"].as_str().expect("access_token");
    ("authorization".to_string(), format!("Bearer {token}"))
}

/// Admin tokens of the servers `raw` has talked to, by base URL.
static TOKENS: Mutex<Option<HashMap<String, String>>> = Mutex::new(None);

/// `scheme://host:port` of a URL.
fn base_of(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("http", url));
    let host = rest.split('/').next().unwrap_or(rest);
    format!("{scheme}://{host}")
}

/// Sends a request; without credentials among `headers`, as the server's admin.
pub async fn raw(method: Method, url: &str, body: Bytes, headers: &[(&str, &str)]) -> RawResponse {
    let given = headers.iter().any(|(k, _)| {
        k.eq_ignore_ascii_case("authorization") || k.eq_ignore_ascii_case("x-api-key")
    });
    if given {
        return send(method, url, body, headers, None).await;
    }
    let base = base_of(url);
    let known = TOKENS
        .lock()
        .unwrap()
        .get_or_insert_with(HashMap::new)
        .get(&base)
        .cloned();
    let token = match known {
        Some(token) => token,
        None => {
            let token = admin_token(&base).await;
            TOKENS
                .lock()
                .unwrap()
                .get_or_insert_with(HashMap::new)
                .insert(base, token.clone());
            token
        }
    };
    let bearer = format!("Bearer {token}");
    let mut all = headers.to_vec();
    all.push(("authorization", &bearer));
    send(method, url, body, &all, None).await
}

/// Sends a request exactly as given, from `local` when set (another loopback
/// address stands for another client). The body goes as `application/json` unless
/// `headers` name a content type; an empty one sends none.
pub async fn send(
    method: Method,
    url: &str,
    body: Bytes,
    headers: &[(&str, &str)],
    local: Option<std::net::IpAddr>,
) -> RawResponse {
    let mut connector = hyper_util::client::legacy::connect::HttpConnector::new();
    connector.set_local_address(local);
    let client = HttpClient::builder(TokioExecutor::new()).build::<_, Full<Bytes>>(connector);
    let mut request = Request::builder().method(method).uri(url);
    if !headers
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
    {
        request = request.header("content-type", "application/json");
    }
    for (k, v) in headers {
        if !(k.eq_ignore_ascii_case("content-type") && v.is_empty()) {
            request = request.header(*k, *v);
        }
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
pub fn error_fields(problem: &Value) -> Vec<String> {
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
pub async fn count(server: &TestApp, id: i64, first: i64, n: i64) -> usize {
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

/// The name of the backend `server` runs on, for reports.
pub fn backend(server: &TestApp) -> &'static str {
    if server.db.url().starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite"
    }
}

/// A request as the admin that must succeed; answers its JSON.
pub async fn post(app: &TestApp, path: &str, body: Value) -> Value {
    let answer = app.raw(Method::POST, path, body.to_string()).await;
    assert!(answer.status.is_success(), "{path}: {answer:?}");
    answer.json()
}

/// A site with a device and a numeric datapoint that has a value; answers the ids.
pub async fn estate(app: &TestApp, name: &str) -> (i64, i64, i64) {
    let site = post(app, "/sites", json!({"name": name})).await["id"]
        .as_i64()
        .unwrap();
    let device = post(app, "/devices", json!({"site_id": site, "name": name})).await["id"]
        .as_i64()
        .unwrap();
    let dp = post(
        app,
        "/datapoints",
        json!({"key": format!("{name}.power"), "device_id": device, "type": "actuator",
               "data_format": "continuous_numeric"}),
    )
    .await["id"]
        .as_i64()
        .unwrap();
    post(
        app,
        &format!("/datapoints/{dp}/values"),
        json!([{"timestamp": "2026-01-01T00:00:00Z", "value": 1.5}]),
    )
    .await;
    (site, device, dp)
}

/// `v`, or what its `$ref` points to in `spec`.
pub fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => spec.pointer(r.trim_start_matches('#')).unwrap(),
        None => v,
    }
}
