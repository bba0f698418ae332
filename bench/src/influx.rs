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

    /// Waits for `/ping`, then creates the database `bench`.
    async fn ready(&self) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(mut conn) = Conn::open(self.addr).await {
                if let Ok((status, _)) = conn.get("/ping").await {
                    if status == StatusCode::NO_CONTENT {
                        let q = "/query?q=CREATE%20DATABASE%20bench";
                        let (status, body) = conn.send(Method::POST, q, Bytes::new()).await?;
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

/// The batches of the row: `bench,series=N value=X T` lines (seconds), 5,000 a
/// batch, every series in each batch, to `path`.
fn batches(path: &str, points: usize) -> Vec<(String, Bytes)> {
    let per_series = points / SERIES;
    let mut lines = Vec::with_capacity(points);
    for k in 0..per_series {
        for series in 0..SERIES {
            lines.push(format!(
                "bench,series={series} value={} {}\n",
                sample_value(series, k),
                FIRST + k as i64
            ));
        }
    }
    lines
        .chunks(BATCH)
        .map(|chunk| (path.to_string(), Bytes::from(chunk.concat())))
        .collect()
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
    eprintln!("10. line protocol ingest, Joule then InfluxDB");
    let db = Database::create(backend, postgres_url)?;
    let server = Server::start(joule, &db, &[])?;
    let mut setup = Conn::open(server.addr).await?;
    for series in 0..SERIES {
        create_datapoint(&mut setup, &format!("bench.series={series}.value")).await?;
    }
    let work = Arc::new(batches("/write?db=bench&precision=s", points));
    let (joule_time, mut errors) =
        send_batches(server.addr, work.clone(), INGEST_CONNECTIONS).await?;
    drop(server);
    drop(db);
    let joule_rate = points as f64 / joule_time.as_secs_f64();

    let influx = match Influx::start() {
        Ok(influx) => influx,
        Err(e) => {
            return Ok(Row {
                number,
                what,
                result: format!(
                    "Joule {} points/s; InfluxDB not measured ({e:#})",
                    thousands(joule_rate)
                ),
                figure: f64::NAN,
                target: None,
                errors,
            })
        }
    };
    influx.ready().await?;
    let (influx_time, influx_errors) = send_batches(influx.addr, work, INGEST_CONNECTIONS).await?;
    errors.merge(influx_errors);
    let influx_rate = points as f64 / influx_time.as_secs_f64();
    let ratio = joule_rate / influx_rate;
    Ok(Row {
        number,
        what,
        result: format!(
            "Joule {} points/s ({:.2} s); InfluxDB {} points/s ({:.2} s); ratio {ratio:.2}",
            thousands(joule_rate),
            joule_time.as_secs_f64(),
            thousands(influx_rate),
            influx_time.as_secs_f64()
        ),
        figure: ratio,
        target: Some((Target::AtLeast(1.0), "Joule ≥ InfluxDB (ratio ≥ 1)")),
        errors,
    })
}
