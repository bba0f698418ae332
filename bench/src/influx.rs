//! Row 10: line protocol ingest, Joule against the InfluxDB 1.x server, with the same
//! points, batches, connections and client. InfluxDB is Debian's `influxdb` package
//! (installed with apt-get when `influxd` is missing), started on free loopback
//! ports with a data folder of its own and stopped at the end.

use super::*;
use std::net::TcpListener;

/// Series of the row, and points in all.
const SERIES: usize = 100;
const POINTS: usize = 1_000_000;
/// 2026-01-01T00:00:00Z: the first point's second.
const FIRST: i64 = 1_767_225_600;

/// An `influxd` started for the run; killed (and its folder removed) when dropped.
struct Influx {
    child: Child,
    addr: SocketAddr,
    _dir: tempfile::TempDir,
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// `influxd`, installed from Debian's packages when missing.
fn influxd() -> Result<PathBuf> {
    let found = |p: &str| Path::new(p).is_file().then(|| PathBuf::from(p));
    if let Some(path) = found("/usr/bin/influxd") {
        return Ok(path);
    }
    eprintln!("   influxd is missing: apt-get install -y influxdb");
    let status = Command::new("apt-get")
        .args(["install", "-y", "influxdb"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .context("cannot run apt-get")?;
    if !status.success() {
        bail!("apt-get install influxdb failed ({status}); run apt-get update first");
    }
    found("/usr/bin/influxd").ok_or_else(|| anyhow!("influxd is still missing"))
}

impl Influx {
    fn start() -> Result<Influx> {
        let binary = influxd()?;
        let dir = tempfile::tempdir()?;
        let (http, rpc) = (free_port()?, free_port()?);
        let root = dir.path().display().to_string();
        // Defaults but for the folders and ports; the write-ahead log is synced as
        // shipped (wal-fsync-delay 0), as Joule syncs every commit.
        let config = format!(
            "reporting-disabled = true\nbind-address = \"127.0.0.1:{rpc}\"\n\
             [meta]\n  dir = \"{root}/meta\"\n\
             [data]\n  dir = \"{root}/data\"\n  wal-dir = \"{root}/wal\"\n  query-log-enabled = false\n\
             [http]\n  bind-address = \"127.0.0.1:{http}\"\n  log-enabled = false\n\
             [monitor]\n  store-enabled = false\n"
        );
        let path = dir.path().join("influxdb.conf");
        std::fs::write(&path, config)?;
        let child = Command::new(binary)
            .arg("-config")
            .arg(&path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.path().join("influxd.log"))?)
            .spawn()
            .context("cannot start influxd")?;
        let addr: SocketAddr = format!("127.0.0.1:{http}").parse()?;
        Ok(Influx {
            child,
            addr,
            _dir: dir,
        })
    }

    /// Waits for `/ping`, then creates `database`.
    async fn ready(&self, database: &str) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(mut conn) = Conn::open(self.addr).await {
                if let Ok((status, _)) = conn.get("/ping").await {
                    if status == StatusCode::NO_CONTENT {
                        let q = format!("/query?q=CREATE%20DATABASE%20{database}");
                        let (status, body) = conn.send(Method::POST, &q, Bytes::new()).await?;
                        if !status.is_success() {
                            bail!("CREATE DATABASE answered {status} {}", truncate(&body, 200));
                        }
                        return Ok(());
                    }
                }
            }
            if Instant::now() > deadline {
                bail!("influxd did not answer /ping within 30 s");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for Influx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// How the lines of the row are ordered into batches.
#[derive(Clone, Copy)]
enum Order {
    /// Series by series, as row 1 sends its JSON batches: 5,000 seconds of one series.
    Series,
    /// Second by second, every series in each second, as a collector such as Telegraf
    /// sends: 50 seconds of all 100 series.
    Time,
}

/// The batches of the row: `bench,series=N value=X T` lines (seconds), 5,000 a
/// batch, to `path`.
fn batches(path: &str, points: usize, order: Order) -> Vec<(String, Bytes)> {
    let per_series = points / SERIES;
    let line = |series: usize, k: usize| {
        format!(
            "bench,series={series} value={} {}\n",
            sample_value(series, k),
            FIRST + k as i64
        )
    };
    let lines: Vec<String> = match order {
        Order::Series => (0..SERIES)
            .flat_map(|series| (0..per_series).map(move |k| (series, k)))
            .map(|(series, k)| line(series, k))
            .collect(),
        Order::Time => (0..per_series)
            .flat_map(|k| (0..SERIES).map(move |series| (series, k)))
            .map(|(series, k)| line(series, k))
            .collect(),
    };
    lines
        .chunks(BATCH)
        .map(|chunk| (path.to_string(), Bytes::from(chunk.concat())))
        .collect()
}

/// Joule's rate for `work` on a fresh server and database.
async fn joule_rate(
    joule: &Path,
    backend: Backend,
    postgres_url: Option<&str>,
    work: Arc<Vec<(String, Bytes)>>,
    points: usize,
    errors: &mut Errors,
) -> Result<(f64, Duration)> {
    let db = Database::create(backend, postgres_url)?;
    let server = Server::start(joule, &db, &[])?;
    let mut setup = Conn::open(server.addr).await?;
    for series in 0..SERIES {
        create_datapoint(&mut setup, &format!("bench.series={series}.value")).await?;
    }
    let (elapsed, failed) = send_batches(server.addr, work, INGEST_CONNECTIONS).await?;
    errors.merge(failed);
    Ok((points as f64 / elapsed.as_secs_f64(), elapsed))
}

/// Row 10 on a fresh database of `backend`.
pub(super) async fn row(
    joule: &Path,
    backend: Backend,
    postgres_url: Option<&str>,
    plan: &Plan,
) -> Result<Row> {
    let number = Selection::number("influx");
    let points = ((POINTS as f64 * plan.scale).round() as usize).max(BATCH);
    let what = format!(
        "line protocol ingest, {} points in {SERIES} series, batches of {}, {INGEST_CONNECTIONS} connections: Joule `POST /write` and InfluxDB 1.x",
        thousands(points as f64),
        thousands(BATCH as f64)
    );
    eprintln!("10. line protocol ingest, Joule then InfluxDB, in two orders");
    let orders = [(Order::Series, "by series"), (Order::Time, "by time")];
    let mut errors = Errors::default();
    let mut joule_rates = Vec::new();
    for (order, _) in orders {
        let work = Arc::new(batches("/write?db=bench&precision=s", points, order));
        joule_rates
            .push(joule_rate(joule, backend, postgres_url, work, points, &mut errors).await?);
    }
    let influx = match Influx::start() {
        Ok(influx) => influx,
        Err(e) => {
            return Ok(Row {
                number,
                what,
                result: format!(
                    "Joule {} points/s by series, {} by time; InfluxDB not measured ({e:#})",
                    thousands(joule_rates[0].0),
                    thousands(joule_rates[1].0)
                ),
                figure: f64::NAN,
                target: None,
                errors,
            })
        }
    };
    let mut parts = Vec::new();
    let mut worst = f64::INFINITY;
    for (i, (order, name)) in orders.into_iter().enumerate() {
        let database = format!("bench{i}");
        influx.ready(&database).await?;
        let path = format!("/write?db={database}&precision=s");
        let work = Arc::new(batches(&path, points, order));
        let (influx_time, failed) = send_batches(influx.addr, work, INGEST_CONNECTIONS).await?;
        errors.merge(failed);
        let influx_rate = points as f64 / influx_time.as_secs_f64();
        let (joule_rate, joule_time) = joule_rates[i];
        let ratio = joule_rate / influx_rate;
        worst = worst.min(ratio);
        parts.push(format!(
            "{name}: Joule {} points/s ({:.2} s), InfluxDB {} points/s ({:.2} s), ratio {ratio:.2}",
            thousands(joule_rate),
            joule_time.as_secs_f64(),
            thousands(influx_rate),
            influx_time.as_secs_f64()
        ));
    }
    Ok(Row {
        number,
        what,
        result: parts.join("; "),
        figure: worst,
        target: Some((
            Target::AtLeast(1.0),
            "Joule ≥ InfluxDB in both orders (ratio ≥ 1)",
        )),
        errors,
    })
}
