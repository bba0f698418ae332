//! `joule-bench`: starts a release `joule` binary on a fresh database and measures it
//! over HTTP on loopback: bulk ingest, single-point writes, range reads, latest value,
//! a year-to-hourly aggregate and the server's memory. Prints one markdown table per
//! backend (SQLite always; PostgreSQL when `JOULE_TEST_POSTGRES_URL` is set).
//!
//! The live plane has rows of its own (`live.rs`): the latest value against a bare
//! hyper server, MQTT ingest through a broker, and WebSocket subscribers.
//!
//! Every non-2xx answer is counted; the program exits non-zero when any phase had one.

mod analytics;
mod influx;
mod live;

use anyhow::{anyhow, bail, Context as _, Result};
use bytes::Bytes;
use clap::Parser;
use diesel::{Connection, PgConnection, RunQueryDsl};
use http_body_util::{BodyExt as _, Full};
use hyper::client::conn::http1::SendRequest;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HOST};
use hyper::{Method, Request, StatusCode};
use hyper_util::rt::TokioIo;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read as _};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

const API: &str = "/api/v1";
/// 2025-01-01T00:00:00Z and 2026-01-01T00:00:00Z as Unix seconds.
const YEAR_START: i64 = 1_735_689_600;
const YEAR_END: i64 = 1_767_225_600;
/// Single-point writes go after the ingested range (2026-02-01T00:00:00Z onwards).
const SINGLE_WRITES_START: i64 = YEAR_END + 31 * 86_400;

const DATAPOINTS: usize = 100;
const POINTS_PER_DATAPOINT: usize = 10_000;
const BATCH: usize = 5_000;
const INGEST_CONNECTIONS: usize = 4;
const LOAD_CONNECTIONS: usize = 32;
const LOAD_SECONDS: f64 = 10.0;
const READS: usize = 200;
const YEAR_POINTS: usize = 525_600;
const AGGREGATE_RUNS: usize = 10;
/// Largest number of error examples kept per phase.
const ERROR_SAMPLES: usize = 3;

#[derive(Parser)]
#[command(
    name = "joule-bench",
    about = "Start a joule server on a fresh database and measure it over HTTP"
)]
struct Args {
    /// The joule binary to start (a release build).
    #[arg(long, value_name = "PATH", default_value = "target/release/joule")]
    joule: PathBuf,
    /// Run only these backends and rows, comma-separated: `sqlite`, `postgres`
    /// (needs JOULE_TEST_POSTGRES_URL), and the rows `ingest`, `writes`, `range`,
    /// `latest`, `aggregate`, `memory`, `hyper`, `mqtt`, `ws`, `increase`, `table`,
    /// `influx` (e.g. `--only sqlite,hyper,ws`).
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    only: Vec<String>,
    /// The MQTT broker of the `mqtt` row (`mqtt://host:port`); without it, a
    /// `mosquitto` is started on a free port if one is installed.
    #[arg(long, value_name = "URL")]
    mqtt_url: Option<String>,
    /// Multiplies point counts, request counts and durations (e.g. 0.05 for a quick run).
    #[arg(long, default_value_t = 1.0, value_name = "F")]
    scale: f64,
}

/// The rows, by the names `--only` takes, in table order.
const ROWS: [&str; 12] = [
    "ingest",
    "writes",
    "range",
    "latest",
    "aggregate",
    "memory",
    "hyper",
    "mqtt",
    "ws",
    "increase",
    "table",
    "influx",
];

/// What `--only` selected.
struct Selection {
    backends: Vec<Backend>,
    rows: Vec<&'static str>,
}

impl Selection {
    fn parse(only: &[String]) -> Result<Selection> {
        let mut backends = Vec::new();
        let mut rows = Vec::new();
        for item in only.iter().map(|i| i.trim().to_ascii_lowercase()) {
            match item.as_str() {
                "sqlite" => backends.push(Backend::Sqlite),
                "postgres" => backends.push(Backend::Postgres),
                other => match ROWS.iter().find(|r| **r == other) {
                    Some(row) => rows.push(*row),
                    None => bail!(
                        "--only: unknown '{other}'; expected sqlite, postgres or one of {}",
                        ROWS.join(", ")
                    ),
                },
            }
        }
        if rows.is_empty() {
            rows = ROWS.to_vec();
        }
        Ok(Selection { backends, rows })
    }

    fn row(&self, name: &str) -> bool {
        self.rows.contains(&name)
    }

    /// The row's number in the full table.
    fn number(name: &str) -> usize {
        ROWS.iter().position(|r| *r == name).map_or(0, |i| i + 1)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(errors) => {
            eprintln!("joule-bench: {errors} request(s) failed (see the tables above)");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("joule-bench: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs every selected backend; answers the number of failed requests.
fn run(args: &Args) -> Result<u64> {
    if !(args.scale > 0.0 && args.scale.is_finite()) {
        bail!("--scale must be a positive number");
    }
    if !args.joule.is_file() {
        bail!(
            "{} does not exist: build it with `cargo build --release -p joule`",
            args.joule.display()
        );
    }
    // The server runs in a temporary folder, so a relative path would not find it.
    let joule = args.joule.canonicalize()?;
    let postgres_url = std::env::var("JOULE_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty());
    let selection = Selection::parse(&args.only)?;
    let named = |b| selection.backends.is_empty() || selection.backends.contains(&b);
    let mut backends = Vec::new();
    if named(Backend::Sqlite) {
        backends.push(Backend::Sqlite);
    }
    if named(Backend::Postgres) {
        if postgres_url.is_some() {
            backends.push(Backend::Postgres);
        } else if selection.backends.contains(&Backend::Postgres) {
            bail!("--only postgres needs JOULE_TEST_POSTGRES_URL");
        } else {
            eprintln!("JOULE_TEST_POSTGRES_URL not set: PostgreSQL not measured");
        }
    }

    let plan = Plan::new(args.scale);
    println!("# joule-bench\n");
    println!("- binary: `{}`", args.joule.display());
    println!("- machine: {}", machine());
    println!("- scale: {}", args.scale);
    println!("- load average at start: {}\n", load_average());

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let mut failed = 0;
    for backend in backends {
        eprintln!("== {} (load average {}) ==", backend.name(), load_average());
        let db = Database::create(backend, postgres_url.as_deref())?;
        let server = Server::start(&joule, &db, &[])?;
        let outcome = runtime.block_on(measure(&server, backend, &plan, &selection));
        let whole_run_kib = status_kib(server.pid, "VmHWM");
        let log = server.stop();
        drop(db);
        let mut report = outcome?;
        report.whole_run_kib = whole_run_kib;
        let live = live::Live {
            joule: &joule,
            backend,
            postgres_url: postgres_url.as_deref(),
            plan: &plan,
            mqtt_url: args.mqtt_url.as_deref(),
        };
        if selection.row("mqtt") {
            report.rows.push(runtime.block_on(live.mqtt())?);
        }
        if selection.row("ws") {
            report.rows.push(runtime.block_on(live.websocket())?);
        }
        if selection.row("influx") {
            let row = influx::row(&joule, backend, postgres_url.as_deref(), &plan);
            report.rows.push(runtime.block_on(row)?);
        }
        report.rows.sort_by_key(|row| row.number);
        report.print();
        if !log.trim().is_empty() {
            let lines: Vec<&str> = log.lines().collect();
            println!(
                "Server log ({} line(s), first ones):\n\n```\n{}\n```\n",
                lines.len(),
                lines
                    .iter()
                    .take(10)
                    .copied()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
        failed += report.errors();
    }
    Ok(failed)
}

/// The amounts of work, after `--scale`.
struct Plan {
    scale: f64,
    points_per_datapoint: usize,
    load_duration: Duration,
    reads: usize,
    year_points: usize,
}

impl Plan {
    fn new(scale: f64) -> Plan {
        let scaled = |n: usize| ((n as f64) * scale).round() as usize;
        Plan {
            scale,
            points_per_datapoint: scaled(POINTS_PER_DATAPOINT).max(1),
            load_duration: Duration::from_secs_f64((LOAD_SECONDS * scale).max(0.2)),
            reads: scaled(READS).max(10),
            year_points: scaled(YEAR_POINTS).max(60),
        }
    }
}

/// The 1, 5 and 15 minute load averages, from /proc/loadavg.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".into())
}

/// CPU model and count, from /proc/cpuinfo.
fn machine() -> String {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = info
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, m)| m.trim().to_string())
        .unwrap_or_else(|| "unknown CPU".into());
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpus} CPU(s), {model}; the load generator runs on the same CPUs")
}

// ---------------------------------------------------------------------------------
// Database and server process

/// A database used for one run, removed afterwards.
enum Database {
    Sqlite {
        dir: tempfile::TempDir,
        url: String,
    },
    Postgres {
        dir: tempfile::TempDir,
        admin_url: String,
        name: String,
        url: String,
    },
}

impl Database {
    fn create(backend: Backend, postgres_url: Option<&str>) -> Result<Database> {
        let dir = tempfile::Builder::new().prefix("joule-bench").tempdir()?;
        match backend {
            Backend::Sqlite => {
                let url = format!("sqlite://{}", dir.path().join("bench.db").display());
                Ok(Database::Sqlite { dir, url })
            }
            Backend::Postgres => {
                let admin_url = postgres_url
                    .ok_or_else(|| anyhow!("JOULE_TEST_POSTGRES_URL not set"))?
                    .to_string();
                let name = format!("joule_bench_{}", std::process::id());
                let mut admin = PgConnection::establish(&admin_url)
                    .with_context(|| "cannot connect to JOULE_TEST_POSTGRES_URL")?;
                diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut admin)?;
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .with_context(|| format!("cannot create database {name}"))?;
                let base = admin_url
                    .split_once('?')
                    .map_or(admin_url.as_str(), |(b, _)| b);
                let base = base.rsplit_once('/').map_or(base, |(b, _)| b);
                let url = format!("{base}/{name}");
                Ok(Database::Postgres {
                    dir,
                    admin_url,
                    name,
                    url,
                })
            }
        }
    }

    fn url(&self) -> &str {
        match self {
            Database::Sqlite { url, .. } | Database::Postgres { url, .. } => url,
        }
    }

    fn dir(&self) -> &Path {
        match self {
            Database::Sqlite { dir, .. } | Database::Postgres { dir, .. } => dir.path(),
        }
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Database::Postgres {
            admin_url, name, ..
        } = self
        {
            match PgConnection::establish(admin_url) {
                Ok(mut admin) => {
                    if let Err(e) =
                        diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                            .execute(&mut admin)
                    {
                        eprintln!("joule-bench: cannot drop database {name}: {e}");
                    }
                }
                Err(e) => eprintln!("joule-bench: cannot drop database {name}: {e}"),
            }
        }
    }
}

/// A `joule serve` child process; killed when dropped.
struct Server {
    child: Child,
    pid: u32,
    addr: SocketAddr,
    log_path: PathBuf,
}

impl Server {
    /// Starts `joule serve` on `db` with extra environment variables (`env`).
    fn start(joule: &Path, db: &Database, env: &[(&str, &str)]) -> Result<Server> {
        let log_path = db.dir().join("server.log");
        let log = std::fs::File::create(&log_path)?;
        let mut child = Command::new(joule)
            .args(["serve", "--bind", "127.0.0.1:0", "--database-url", db.url()])
            .env("JOULE_LOG", "warn")
            .env("JOULE_ADMIN_PASSWORD", BENCH_PASSWORD)
            // One token lasts the whole run.
            .env("JOULE_ACCESS_TOKEN_TTL_SECS", "86400")
            .envs(env.iter().copied())
            .current_dir(db.dir())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .with_context(|| format!("cannot start {}", joule.display()))?;
        let pid = child.id();
        let stdout = child.stdout.take().context("no stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let addr = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(url) = line.trim().strip_prefix("joule listening on http://") {
                        break url
                            .parse::<SocketAddr>()
                            .with_context(|| format!("cannot read the address in {line:?}"))?;
                    }
                }
                _ => {
                    let status = child.wait()?;
                    let log = std::fs::read_to_string(&log_path).unwrap_or_default();
                    bail!("the server exited before listening ({status}):\n{log}");
                }
            }
        };
        // Keep draining stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        let token = login(addr).context("signing in as the admin")?;
        *TOKEN.write().map_err(|_| anyhow!("token lock"))? = Some(format!("Bearer {token}"));
        Ok(Server {
            child,
            pid,
            addr,
            log_path,
        })
    }

    /// Kills the server; answers what it wrote to stderr.
    fn stop(mut self) -> String {
        self.kill();
        let mut log = String::new();
        if let Ok(mut f) = std::fs::File::open(&self.log_path) {
            let _ = f.read_to_string(&mut log);
        }
        log
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A field of /proc/PID/status in KiB (VmRSS, VmHWM).
fn status_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
}

/// Samples the server's resident memory every 50 ms on a thread of its own.
struct MemorySampler {
    stop: Arc<AtomicBool>,
    peak_kib: Arc<AtomicU64>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl MemorySampler {
    fn start(pid: u32) -> MemorySampler {
        let stop = Arc::new(AtomicBool::new(false));
        let peak_kib = Arc::new(AtomicU64::new(0));
        let thread = std::thread::spawn({
            let stop = stop.clone();
            let peak_kib = peak_kib.clone();
            move || loop {
                for field in ["VmRSS", "VmHWM"] {
                    if let Some(kib) = status_kib(pid, field) {
                        peak_kib.fetch_max(kib, Ordering::Relaxed);
                    }
                }
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        });
        MemorySampler {
            stop,
            peak_kib,
            thread: Some(thread),
        }
    }

    /// Stops sampling (after one last sample) and answers the peak in KiB.
    fn finish(mut self) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        self.peak_kib.load(Ordering::Relaxed)
    }
}

// ---------------------------------------------------------------------------------
// HTTP

/// The password of the `admin` user the benchmark's servers start with.
const BENCH_PASSWORD: &str = "benchmark-admin";

/// `Authorization` of every request to the current server.
static TOKEN: RwLock<Option<String>> = RwLock::new(None);

/// Signs in as the admin (a blocking HTTP/1.1 exchange); answers the access token.
fn login(addr: SocketAddr) -> Result<String> {
    use std::io::Write as _;
    let body = format!(r#"{{"username": "admin", "password": "{BENCH_PASSWORD}"}}"#);
    let mut stream = std::net::TcpStream::connect(addr)?;
    write!(
        stream,
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    let (_, json) = answer
        .split_once("\r\n\r\n")
        .ok_or_else(|| anyhow!("no HTTP answer: {answer}"))?;
    let pair: serde_json::Value =
        serde_json::from_str(json).with_context(|| format!("login answered {answer}"))?;
    pair["access_token"]
        .as_str()
        .map(String::from)
        .ok_or_else(|| anyhow!("login answered {answer}"))
}

/// One keep-alive HTTP/1.1 connection; reconnects after the server closed it.
struct Conn {
    addr: SocketAddr,
    host: String,
    sender: SendRequest<Full<Bytes>>,
}

impl Conn {
    async fn open(addr: SocketAddr) -> Result<Conn> {
        let stream = tokio::net::TcpStream::connect(addr)
            .await
            .with_context(|| format!("cannot connect to {addr}"))?;
        stream.set_nodelay(true)?;
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .context("HTTP handshake")?;
        tokio::spawn(async move {
            let _ = connection.await;
        });
        Ok(Conn {
            addr,
            host: addr.to_string(),
            sender,
        })
    }

    async fn send(
        &mut self,
        method: Method,
        path: &str,
        body: Bytes,
    ) -> Result<(StatusCode, Bytes)> {
        if self.sender.is_closed() {
            *self = Conn::open(self.addr).await?;
        }
        self.sender.ready().await?;
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header(HOST, &self.host);
        if !body.is_empty() {
            request = request.header(CONTENT_TYPE, "application/json");
        }
        if let Some(token) = TOKEN.read().ok().and_then(|t| t.clone()) {
            request = request.header(AUTHORIZATION, token);
        }
        let response = self
            .sender
            .send_request(request.body(Full::new(body))?)
            .await?;
        let status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        Ok((status, body))
    }

    async fn get(&mut self, path: &str) -> Result<(StatusCode, Bytes)> {
        self.send(Method::GET, path, Bytes::new()).await
    }
}

/// A request as it is shown in error messages.
fn describe(method: &Method, path: &str, body: &[u8]) -> String {
    if body.is_empty() {
        format!("{method} {path}")
    } else {
        format!("{method} {path} {}", truncate(body, 160))
    }
}

fn truncate(bytes: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    if text.chars().count() <= max {
        text.into_owned()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

/// Failed requests of a phase: a count and the first few, verbatim.
#[derive(Default)]
struct Errors {
    count: u64,
    samples: Vec<String>,
}

impl Errors {
    fn record(&mut self, request: String, answer: String) {
        self.count += 1;
        if self.samples.len() < ERROR_SAMPLES {
            self.samples.push(format!("{request} → {answer}"));
        }
    }

    /// Records `result` unless it is a 2xx answer; answers the body of a 2xx answer.
    fn check(
        &mut self,
        method: &Method,
        path: &str,
        body: &[u8],
        result: Result<(StatusCode, Bytes)>,
    ) -> Option<Bytes> {
        match result {
            Ok((status, answer)) if status.is_success() => Some(answer),
            Ok((status, answer)) => {
                self.record(
                    describe(method, path, body),
                    format!("{status} {}", truncate(&answer, 400)),
                );
                None
            }
            Err(e) => {
                self.record(describe(method, path, body), format!("{e:#}"));
                None
            }
        }
    }

    fn merge(&mut self, other: Errors) {
        self.count += other.count;
        for s in other.samples {
            if self.samples.len() < ERROR_SAMPLES {
                self.samples.push(s);
            }
        }
    }
}

/// Sends `batches` (path, body) over `connections` connections, each taking the next
/// unsent batch; answers the wall time and the failures.
async fn send_batches(
    addr: SocketAddr,
    batches: Arc<Vec<(String, Bytes)>>,
    connections: usize,
) -> Result<(Duration, Errors)> {
    let mut conns = Vec::with_capacity(connections);
    for _ in 0..connections {
        conns.push(Conn::open(addr).await?);
    }
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for mut conn in conns {
        let batches = batches.clone();
        let next = next.clone();
        tasks.push(tokio::spawn(async move {
            let mut errors = Errors::default();
            while let Some((path, body)) = batches.get(next.fetch_add(1, Ordering::Relaxed)) {
                let result = conn.send(Method::POST, path, body.clone()).await;
                errors.check(&Method::POST, path, body, result);
            }
            errors
        }));
    }
    let mut errors = Errors::default();
    for task in tasks {
        errors.merge(task.await?);
    }
    Ok((start.elapsed(), errors))
}

/// What a closed-loop load phase measured.
struct Load {
    requests: u64,
    elapsed: Duration,
    /// Latency of every answered request, in microseconds, sorted.
    latencies: Vec<u32>,
    errors: Errors,
}

impl Load {
    fn rate(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64()
    }

    /// Nearest-rank percentile in milliseconds.
    fn percentile_ms(&self, p: f64) -> f64 {
        percentile_ms(&self.latencies, p)
    }
}

fn percentile_ms(sorted_us: &[u32], p: f64) -> f64 {
    if sorted_us.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted_us.len() as f64).ceil() as usize;
    f64::from(sorted_us[rank.clamp(1, sorted_us.len()) - 1]) / 1000.0
}

type MakeRequest = dyn Fn(u64) -> (Method, String, Bytes) + Send + Sync;

/// `connections` connections each send requests back to back for `duration`;
/// `make(n)` builds the n-th request of the phase (n counts over all connections).
async fn closed_loop(
    addr: SocketAddr,
    connections: usize,
    duration: Duration,
    make: Arc<MakeRequest>,
) -> Result<Load> {
    let mut conns = Vec::with_capacity(connections);
    for _ in 0..connections {
        conns.push(Conn::open(addr).await?);
    }
    let counter = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let deadline = start + duration;
    let mut tasks = Vec::new();
    for mut conn in conns {
        let make = make.clone();
        let counter = counter.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(65_536);
            let mut errors = Errors::default();
            let mut requests = 0u64;
            while Instant::now() < deadline {
                let (method, path, body) = make(counter.fetch_add(1, Ordering::Relaxed));
                let sent = Instant::now();
                let result = conn.send(method.clone(), &path, body.clone()).await;
                let took = sent.elapsed();
                if result.is_ok() {
                    requests += 1;
                    latencies.push(u32::try_from(took.as_micros()).unwrap_or(u32::MAX));
                }
                let broken = result.is_err();
                errors.check(&method, &path, &body, result);
                if broken && conn.sender.is_closed() {
                    // Give a failing server a moment instead of spinning on reconnects.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
            }
            (requests, latencies, errors)
        }));
    }
    let mut load = Load {
        requests: 0,
        elapsed: Duration::ZERO,
        latencies: Vec::new(),
        errors: Errors::default(),
    };
    for task in tasks {
        let (requests, latencies, errors) = task.await?;
        load.requests += requests;
        load.latencies.extend(latencies);
        load.errors.merge(errors);
    }
    load.elapsed = start.elapsed();
    load.latencies.sort_unstable();
    Ok(load)
}

// ---------------------------------------------------------------------------------
// Payloads

/// Unix seconds as RFC 3339 in UTC (`2026-01-01T00:00:00Z`).
fn rfc3339(unix: i64) -> String {
    let (y, m, d) = civil_from_days(unix.div_euclid(86_400));
    let s = unix.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A JSON array of `{"timestamp", "value"}` for the given Unix seconds.
fn values_body(points: impl Iterator<Item = (i64, f64)>) -> Bytes {
    let mut body = String::with_capacity(BATCH * 48);
    body.push('[');
    for (i, (t, v)) in points.enumerate() {
        if i > 0 {
            body.push(',');
        }
        let _ = write!(body, r#"{{"timestamp":"{}","value":{v}}}"#, rfc3339(t));
    }
    body.push(']');
    Bytes::from(body)
}

/// A deterministic, varied value.
fn sample_value(series: usize, k: usize) -> f64 {
    ((k * 7919 + series * 31) % 20_000) as f64 / 10.0
}

/// Creates a numeric datapoint; answers its id.
async fn create_datapoint(conn: &mut Conn, key: &str) -> Result<i64> {
    create_datapoint_of_kind(conn, key, "gauge").await
}

/// Creates a numeric datapoint of `kind` (`gauge` or `counter`); answers its id.
async fn create_datapoint_of_kind(conn: &mut Conn, key: &str, kind: &str) -> Result<i64> {
    let path = format!("{API}/datapoints");
    let body = serde_json::json!({
        "key": key,
        "type": "sensor",
        "data_format": "continuous_numeric",
        "kind": kind,
    })
    .to_string();
    let (status, answer) = conn
        .send(Method::POST, &path, Bytes::from(body.clone()))
        .await?;
    if status != StatusCode::CREATED {
        bail!(
            "{} → {status} {}",
            describe(&Method::POST, &path, body.as_bytes()),
            truncate(&answer, 400)
        );
    }
    let json: serde_json::Value = serde_json::from_slice(&answer)?;
    json["id"]
        .as_i64()
        .ok_or_else(|| anyhow!("no id in {}", truncate(&answer, 400)))
}

// ---------------------------------------------------------------------------------
// The phases

enum Target {
    AtLeast(f64),
    AtMost(f64),
}

struct Row {
    /// The row's number in the full table (see [`ROWS`]).
    number: usize,
    what: String,
    result: String,
    /// The figure compared with the target.
    figure: f64,
    target: Option<(Target, &'static str)>,
    errors: Errors,
}

struct Report {
    backend: Backend,
    rows: Vec<Row>,
    whole_run_kib: Option<u64>,
    /// The health route under the same load, as a ceiling of this client and machine.
    baseline: String,
}

impl Report {
    fn errors(&self) -> u64 {
        self.rows.iter().map(|r| r.errors.count).sum()
    }

    fn print(&self) {
        println!("## {}\n", self.backend.name());
        println!("| # | measurement | result | target | met | errors |");
        println!("| --- | --- | --- | --- | --- | --- |");
        for row in &self.rows {
            let (target, met) = match &row.target {
                None => ("—".to_string(), "—"),
                Some((t, text)) => {
                    let met = match t {
                        Target::AtLeast(x) => row.figure >= *x,
                        Target::AtMost(x) => row.figure <= *x,
                    };
                    (text.to_string(), if met { "yes" } else { "**no**" })
                }
            };
            let mut result = row.result.clone();
            if row.number == Selection::number("memory") {
                if let Some(kib) = self.whole_run_kib {
                    let _ = write!(result, "; whole run {:.1} MiB", kib as f64 / 1024.0);
                }
            }
            println!(
                "| {} | {} | {} | {} | {} | {} |",
                row.number, row.what, result, target, met, row.errors.count
            );
        }
        println!();
        if !self.baseline.is_empty() {
            println!("HTTP baseline (not a target): {}\n", self.baseline);
        }
        for row in &self.rows {
            for sample in &row.errors.samples {
                println!(
                    "- phase {} error: `{}`",
                    row.number,
                    sample.replace('`', "'")
                );
            }
        }
        if self.errors() > 0 {
            println!();
        }
    }
}

fn thousands(n: f64) -> String {
    let digits = format!("{:.0}", n.round());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && c != '-' {
            out.push(',');
        }
        out.push(c);
    }
    out
}

async fn measure(
    server: &Server,
    backend: Backend,
    plan: &Plan,
    selection: &Selection,
) -> Result<Report> {
    let addr = server.addr;
    let postgres = backend == Backend::Postgres;
    let mut setup = Conn::open(addr).await?;
    let mut rows = Vec::new();

    // 1. Bulk ingest.
    eprintln!("creating {DATAPOINTS} datapoints");
    let mut ids = Vec::with_capacity(DATAPOINTS);
    for n in 0..DATAPOINTS {
        ids.push(create_datapoint(&mut setup, &format!("bench/{n}")).await?);
    }
    let per_dp = plan.points_per_datapoint;
    let mut batches = Vec::new();
    for (series, id) in ids.iter().enumerate() {
        for chunk in (0..per_dp).collect::<Vec<_>>().chunks(BATCH) {
            let body = values_body(
                chunk
                    .iter()
                    .map(|&k| (YEAR_END + k as i64, sample_value(series, k))),
            );
            batches.push((format!("{API}/datapoints/{id}/values"), body));
        }
    }
    let total = per_dp * DATAPOINTS;
    // The range read and the memory row measure this phase's data and load.
    let ingest = ["ingest", "range", "memory"]
        .iter()
        .any(|r| selection.row(r));
    let mut ingest_peak_kib = 0;
    if ingest {
        eprintln!("1. ingesting {total} points");
        let sampler = MemorySampler::start(server.pid);
        let (elapsed, errors) = send_batches(addr, Arc::new(batches), INGEST_CONNECTIONS).await?;
        ingest_peak_kib = sampler.finish();
        let rate = total as f64 / elapsed.as_secs_f64();
        if selection.row("ingest") {
            rows.push(Row {
        number: Selection::number("ingest"),
        what: format!(
            "ingest {} points into {DATAPOINTS} datapoints, batches of {}, {INGEST_CONNECTIONS} connections",
            thousands(total as f64),
            thousands(BATCH.min(per_dp) as f64)
        ),
        result: format!(
            "{} points/s ({:.2} s)",
            thousands(rate),
            elapsed.as_secs_f64()
        ),
        figure: rate,
        target: Some(if postgres {
            (Target::AtLeast(250_000.0), "≥ 250,000 points/s")
        } else {
            (Target::AtLeast(400_000.0), "≥ 400,000 points/s")
        }),
        errors,
    });
        }
    } else {
        // The latest-value rows read datapoint 1: give it a value.
        let path = format!("{API}/datapoints/{}/values", ids[1]);
        let body = values_body(std::iter::once((YEAR_END, 1.5)));
        let result = setup.send(Method::POST, &path, body.clone()).await;
        let mut errors = Errors::default();
        if errors.check(&Method::POST, &path, &body, result).is_none() {
            bail!("cannot write a value: {:?}", errors.samples);
        }
    }

    // 2. Single-point writes.
    let secs = plan.load_duration.as_secs_f64();
    if selection.row("writes") {
        eprintln!("2. single-point writes for {secs:.1} s");
        let load = closed_loop(addr, LOAD_CONNECTIONS, plan.load_duration, {
            let ids = ids.clone();
            Arc::new(move |n: u64| {
                let id = ids[(n % ids.len() as u64) as usize];
                let body = format!(
                    r#"[{{"timestamp":"{}","value":{}}}]"#,
                    rfc3339(SINGLE_WRITES_START + n as i64),
                    sample_value(0, n as usize)
                );
                (
                    Method::POST,
                    format!("{API}/datapoints/{id}/values"),
                    Bytes::from(body),
                )
            })
        })
        .await?;
        rows.push(Row {
            number: Selection::number("writes"),
            what: format!("single-point writes, {LOAD_CONNECTIONS} connections, {secs:.1} s"),
            result: format!(
                "{} req/s; p50 {:.2} ms; p99 {:.2} ms",
                thousands(load.rate()),
                load.percentile_ms(50.0),
                load.percentile_ms(99.0)
            ),
            figure: load.rate(),
            target: (!postgres).then_some((Target::AtLeast(10_000.0), "≥ 10,000 req/s")),
            errors: load.errors,
        });
    }

    // 3. Range read of one datapoint.
    if selection.row("range") {
        eprintln!("3. {} range reads of {per_dp} points", plan.reads);
        let path = format!(
            "{API}/datapoints/{}/values?from={}&to={}&limit={per_dp}",
            ids[0],
            rfc3339(YEAR_END),
            rfc3339(YEAR_END + per_dp as i64)
        );
        let mut errors = Errors::default();
        let mut latencies = Vec::with_capacity(plan.reads);
        for i in 0..plan.reads {
            let sent = Instant::now();
            let result = setup.get(&path).await;
            let took = sent.elapsed();
            if result.is_ok() {
                latencies.push(u32::try_from(took.as_micros()).unwrap_or(u32::MAX));
            }
            if let Some(answer) = errors.check(&Method::GET, &path, &[], result) {
                if i == 0 {
                    let items = serde_json::from_slice::<serde_json::Value>(&answer)
                        .ok()
                        .and_then(|j| j["items"].as_array().map(Vec::len));
                    if items != Some(per_dp) {
                        errors.record(
                            describe(&Method::GET, &path, &[]),
                            format!("expected {per_dp} items, got {items:?}"),
                        );
                    }
                }
            }
        }
        latencies.sort_unstable();
        let p99 = percentile_ms(&latencies, 99.0);
        rows.push(Row {
            number: Selection::number("range"),
            what: format!(
                "read {} points of one datapoint, {} sequential requests",
                thousands(per_dp as f64),
                plan.reads
            ),
            result: format!(
                "p50 {:.2} ms; p99 {p99:.2} ms",
                percentile_ms(&latencies, 50.0)
            ),
            figure: p99,
            target: Some(if postgres {
                (Target::AtMost(25.0), "p99 ≤ 25 ms")
            } else {
                (Target::AtMost(15.0), "p99 ≤ 15 ms")
            }),
            errors,
        });
    }

    // 4. Latest value.
    let latest_path = format!("{API}/datapoints/{}/values/latest", ids[1]);
    if selection.row("latest") {
        eprintln!("4. latest value for {secs:.1} s");
        let load = closed_loop(addr, LOAD_CONNECTIONS, plan.load_duration, {
            let latest_path = latest_path.clone();
            Arc::new(move |_| (Method::GET, latest_path.clone(), Bytes::new()))
        })
        .await?;
        rows.push(Row {
            number: Selection::number("latest"),
            what: format!(
                "latest value of one datapoint, {LOAD_CONNECTIONS} connections, {secs:.1} s"
            ),
            result: format!(
                "{} req/s; p50 {:.2} ms; p99 {:.2} ms",
                thousands(load.rate()),
                load.percentile_ms(50.0),
                load.percentile_ms(99.0)
            ),
            figure: load.rate(),
            target: Some(if postgres {
                (Target::AtLeast(30_000.0), "≥ 30,000 req/s")
            } else {
                (Target::AtLeast(40_000.0), "≥ 40,000 req/s")
            }),
            errors: load.errors,
        });
    }

    // 5. A year of 1-minute data to hourly means.
    if selection.row("aggregate") {
        let year_points = plan.year_points;
        let buckets = year_points.div_ceil(60);
        eprintln!("5. writing {year_points} 1-minute points");
        let year_id = create_datapoint(&mut setup, "bench/year").await?;
        let minutes: Vec<usize> = (0..year_points).collect();
        let batches: Vec<(String, Bytes)> = minutes
            .chunks(BATCH)
            .map(|chunk| {
                let body = values_body(
                    chunk
                        .iter()
                        .map(|&k| (YEAR_START + 60 * k as i64, sample_value(7, k))),
                );
                (format!("{API}/datapoints/{year_id}/values"), body)
            })
            .collect();
        let (elapsed, mut errors) =
            send_batches(addr, Arc::new(batches), INGEST_CONNECTIONS).await?;
        eprintln!(
            "   written in {:.2} s ({} points/s)",
            elapsed.as_secs_f64(),
            thousands(year_points as f64 / elapsed.as_secs_f64())
        );
        let path = format!(
            "{API}/datapoints/{year_id}/aggregate?from={}&to={}&interval=1h&function=mean",
            rfc3339(YEAR_START),
            rfc3339(YEAR_END)
        );
        eprintln!("   aggregating {AGGREGATE_RUNS} times");
        let mut times = Vec::with_capacity(AGGREGATE_RUNS);
        for i in 0..AGGREGATE_RUNS {
            let sent = Instant::now();
            let result = setup.get(&path).await;
            let took = sent.elapsed();
            if let Some(answer) = errors.check(&Method::GET, &path, &[], result) {
                times.push(took.as_secs_f64() * 1000.0);
                if i == 0 {
                    let got = serde_json::from_slice::<serde_json::Value>(&answer)
                        .ok()
                        .and_then(|j| j["buckets"].as_array().map(Vec::len));
                    if got != Some(buckets) {
                        errors.record(
                            describe(&Method::GET, &path, &[]),
                            format!("expected {buckets} buckets, got {got:?}"),
                        );
                    }
                }
            }
        }
        times.sort_by(f64::total_cmp);
        let (median, result) = analytics::median(&times);
        rows.push(Row {
        number: Selection::number("aggregate"),
        what: format!(
            "hourly means over a year of 1-minute data ({} points → {} buckets), median of {AGGREGATE_RUNS}",
            thousands(year_points as f64),
            thousands(buckets as f64)
        ),
        result,
        figure: median,
        target: Some(if postgres {
            (Target::AtMost(40.0), "≤ 40 ms")
        } else {
            (Target::AtMost(25.0), "≤ 25 ms")
        }),
        errors,
    });
    }
    if selection.row("increase") {
        rows.push(analytics::daily_increase(&mut setup, addr, plan).await?);
    }
    if selection.row("table") {
        rows.push(analytics::month_table(&mut setup, addr, plan).await?);
    }

    // For reference: the same closed loop on the health route, which does no storage work.
    let mut baseline_line = String::new();
    if ["writes", "latest", "hyper"]
        .iter()
        .any(|r| selection.row(r))
    {
        eprintln!("   baseline: GET {API}/health for {secs:.1} s");
        let baseline = closed_loop(addr, LOAD_CONNECTIONS, plan.load_duration, {
            let path = format!("{API}/health");
            Arc::new(move |_| (Method::GET, path.clone(), Bytes::new()))
        })
        .await?;
        baseline_line = format!(
            "GET {API}/health, {LOAD_CONNECTIONS} connections, {secs:.1} s: {} req/s; p50 {:.2} ms; p99 {:.2} ms; {} error(s)",
            thousands(baseline.rate()),
            baseline.percentile_ms(50.0),
            baseline.percentile_ms(99.0),
            baseline.errors.count
        );
    }

    // 6. Memory.
    if selection.row("memory") {
        let mib = ingest_peak_kib as f64 / 1024.0;
        rows.push(Row {
            number: Selection::number("memory"),
            what: "peak server memory (VmRSS/VmHWM, sampled every 50 ms) during 1".into(),
            result: format!("{mib:.1} MiB"),
            figure: mib,
            target: Some((Target::AtMost(150.0), "≤ 150 MiB")),
            errors: Errors::default(),
        });
    }

    // 7. The latest value against a bare hyper server, in the same run.
    if selection.row("hyper") {
        rows.push(live::against_bare_hyper(addr, &latest_path, plan).await?);
    }

    Ok(Report {
        backend,
        rows,
        whole_run_kib: None,
        baseline: baseline_line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_timestamps() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(YEAR_START), "2025-01-01T00:00:00Z");
        assert_eq!(rfc3339(YEAR_END), "2026-01-01T00:00:00Z");
        assert_eq!(
            rfc3339(YEAR_START + 59 * 86_400 + 3661),
            "2025-03-01T01:01:01Z"
        );
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn percentiles_and_numbers() {
        let us: Vec<u32> = (1..=100).map(|i| i * 1000).collect();
        assert_eq!(percentile_ms(&us, 50.0), 50.0);
        assert_eq!(percentile_ms(&us, 99.0), 99.0);
        assert_eq!(thousands(1_234_567.0), "1,234,567");
        assert_eq!(thousands(999.0), "999");
    }
}
