//! The test harness: a server process on a fresh database, a generated client,
//! and a small raw HTTP helper.
//!
//! Every server starts with `JOULE_ADMIN_PASSWORD` set, so it has an `admin` user;
//! `TestApp::client` and `TestApp::raw` (and the free `raw`) act as that admin
//! unless told otherwise, so tests that are not about access need no credentials.

use bytes::Bytes;
use diesel::{Connection, PgConnection, RunQueryDsl};
use http_body_util::{BodyExt, Full};
use hyper::{Method, Request, StatusCode};
use hyper_util::client::legacy::Client as HttpClient;
use hyper_util::rt::TokioExecutor;
use joule_api::{ApiNoContext, ContextWrapperExt as _};
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

/// A running server and a client for it.
pub struct TestApp {
    pub base: String,
    /// A client acting as the `admin` user.
    pub client: ApiClient,
    /// The admin's credentials (an access token).
    pub admin: Creds,
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
        let admin = Creds::Bearer(admin_token(&base).await);
        TestApp {
            client: client_for(&base, &admin),
            admin,
            base,
            _db: db,
            child,
        }
    }

    /// A generated client that sends `creds`.
    pub fn client_as(&self, creds: &Creds) -> ApiClient {
        client_for(&self.base, creds)
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
    pub async fn login(&self, username: &str, password: &str) -> serde_json::Value {
        let body = serde_json::json!({"username": username, "password": password});
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
        let body = serde_json::json!({"username": username, "password": password, "role": role});
        let created = self.raw(Method::POST, "/users", body.to_string()).await;
        assert_eq!(created.status, StatusCode::CREATED, "{created:?}");
        let pair = self.login(username, &password).await;
        Creds::Bearer(pair["access_token"].as_str().expect("token").to_string())
    }

    /// Creates an API key as the admin; answers its id and credential.
    pub async fn key(&self, role: &str, site_ids: Option<&[i64]>) -> (i64, Creds) {
        let body =
            serde_json::json!({"name": format!("{role} key"), "role": role, "site_ids": site_ids});
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
        self._db.url()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}{path}", self.base, joule_api::BASE_PATH)
    }

    /// Sends a raw request to `path` below the API base, as the admin; answers status,
    /// content type, body.
    pub async fn raw(&self, method: Method, path: &str, body: impl Into<Bytes>) -> RawResponse {
        self.raw_with(&self.admin.clone(), method, path, body).await
    }
}

impl TestApp {
    /// Kills the server (SIGKILL, no shutdown) and starts a new one on the same database.
    pub async fn restart(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let (child, base) = spawn_server(self._db.url(), &[]);
        self.child = child;
        self.admin = Creds::Bearer(admin_token(&base).await);
        self.client = client_for(&base, &self.admin);
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

/// Signs in as the `admin` user of the server at `base`; answers the access token.
pub async fn admin_token(base: &str) -> String {
    let url = format!("{base}{}/auth/login", joule_api::BASE_PATH);
    let body = serde_json::json!({"username": "admin", "password": ADMIN_PASSWORD});
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
    let body = serde_json::json!({"username": "admin", "password": ADMIN_PASSWORD}).to_string();
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
    let pair: serde_json::Value = serde_json::from_str(json)
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
