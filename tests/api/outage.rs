//! A database outage (PostgreSQL): the test runs its own throwaway cluster, stops it
//! for about ten seconds under load and starts it again. Meanwhile the server answers
//! 503 with Retry-After (and /ready says not ready) instead of hanging or dying;
//! afterwards it serves again without a restart, and every acknowledged write is there.
//!
//! Runs only when `JOULE_TEST_POSTGRES_URL` is set (the PostgreSQL suite); then it
//! needs the server binaries (/usr/lib/postgresql/*/bin) and the `postgres` user.

use crate::support::{batch, call, count, TestApp, TestDb};
use hyper::{Method, StatusCode};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A PostgreSQL cluster in a temporary folder on a port of its own.
struct Cluster {
    bin: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
}

fn postgres_bin() -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL server binaries in /usr/lib/postgresql")
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|p| p.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop().expect("an initdb under /usr/lib/postgresql")
}

/// Runs a PostgreSQL program as the `postgres` system user.
fn as_postgres(program: &Path, args: &[&str]) -> std::process::Output {
    let output = Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(program)
        .args(args)
        .output()
        .expect("runuser");
    assert!(
        output.status.success(),
        "{} {args:?} failed: {}{}",
        program.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

impl Cluster {
    fn create() -> Cluster {
        let bin = postgres_bin();
        let dir = tempfile::tempdir().expect("tempdir");
        let status = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(dir.path())
            .status()
            .expect("chown");
        assert!(
            status.success(),
            "cannot give the cluster folder to postgres"
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let data = dir.path().join("data");
        as_postgres(
            &bin.join("initdb"),
            &[
                "-D",
                data.to_str().unwrap(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "--no-sync",
            ],
        );
        let cluster = Cluster { bin, dir, port };
        cluster.start();
        cluster
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn start(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("log").display().to_string();
        as_postgres(
            &self.bin.join("pg_ctl"),
            &[
                "-D",
                &self.data(),
                "-o",
                &options,
                "-l",
                &log,
                "-w",
                "start",
            ],
        );
    }

    fn stop(&self) {
        as_postgres(
            &self.bin.join("pg_ctl"),
            &["-D", &self.data(), "-m", "fast", "-w", "stop"],
        );
    }

    fn url(&self, db: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{db}", self.port)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .args(["-D", &self.data(), "-m", "immediate", "stop"])
            .output();
    }
}

/// What the clients saw in one phase.
#[derive(Default, Debug)]
struct Seen {
    ok: usize,
    unavailable: usize,
    unavailable_without_retry_after: usize,
    other: Vec<String>,
    slowest: Duration,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_database_outage_answers_503_and_the_server_recovers_by_itself() {
    if std::env::var("JOULE_TEST_POSTGRES_URL").map_or(true, |u| u.is_empty()) {
        eprintln!("JOULE_TEST_POSTGRES_URL not set: the outage test runs on PostgreSQL only");
        return;
    }
    let cluster = Cluster::create();
    let admin = cluster.url("postgres");
    {
        use diesel::{Connection as _, RunQueryDsl as _};
        let mut conn = diesel::PgConnection::establish(&admin).expect("the new cluster");
        diesel::sql_query("CREATE DATABASE joule")
            .execute(&mut conn)
            .expect("create database");
    }
    let db = TestDb::Postgres {
        admin_url: admin,
        name: "joule".into(),
        url: cluster.url("joule"),
    };
    let mut server = TestApp::start_on(
        db,
        &[("JOULE_POOL_SIZE", "4"), ("JOULE_POOL_TIMEOUT_SECS", "2")],
    )
    .await;
    let pid = server.pid();
    let dp = server.datapoint("outage").await;

    // Writers send 50-value batches, each at its own seconds, and note what was acknowledged.
    let phase = Arc::new(Mutex::new(Seen::default()));
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut clients = Vec::new();
    for w in 0..3i64 {
        let (base, headers) = (server.base.clone(), server.admin_headers());
        let (phase, acknowledged, stop) = (phase.clone(), acknowledged.clone(), stop.clone());
        clients.push(tokio::spawn(async move {
            let mut n = 0i64;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let first = (n * 3 + w) * 100;
                n += 1;
                let (method, path, body) = if n % 4 == 0 {
                    (Method::GET, "/ready".to_string(), String::new())
                } else {
                    (
                        Method::POST,
                        format!("/datapoints/{dp}/values"),
                        batch(first, 50).to_string(),
                    )
                };
                let started = Instant::now();
                let answer = call(
                    &base,
                    method.clone(),
                    &path,
                    body,
                    &headers,
                    Duration::from_secs(15),
                )
                .await;
                let took = started.elapsed();
                {
                    let mut seen = phase.lock().unwrap();
                    seen.slowest = seen.slowest.max(took);
                    match answer {
                        Ok(a) if a.status.is_success() => {
                            seen.ok += 1;
                            if method == Method::POST {
                                acknowledged.lock().unwrap().push(first);
                            }
                        }
                        Ok(a) if a.status == StatusCode::SERVICE_UNAVAILABLE && a.is_problem() => {
                            seen.unavailable += 1;
                            if a.header("retry-after").is_none() {
                                seen.unavailable_without_retry_after += 1;
                            }
                        }
                        Ok(a) => seen.other.push(format!(
                            "{path}: {} {}",
                            a.status,
                            String::from_utf8_lossy(&a.body)
                        )),
                        Err(e) => seen.other.push(format!("{path}: {e}")),
                    }
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }));
    }
    let take = |phase: &Arc<Mutex<Seen>>| std::mem::take(&mut *phase.lock().unwrap());

    tokio::time::sleep(Duration::from_secs(3)).await;
    let before = take(&phase);

    cluster.stop();
    let stopped = Instant::now();
    tokio::time::sleep(Duration::from_secs(10)).await;
    let ready = server
        .call(Method::GET, "/ready", "")
        .await
        .expect("/ready answers");
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE, "{ready:?}");
    assert!(ready.header("retry-after").is_some());
    let during = take(&phase);
    cluster.start();
    let outage = stopped.elapsed();

    // Back without a restart: /ready and writes succeed again within a few seconds.
    let back = Instant::now();
    loop {
        let ready = server
            .call(Method::GET, "/ready", "")
            .await
            .expect("/ready answers");
        if ready.status == StatusCode::OK {
            break;
        }
        assert!(
            back.elapsed() < Duration::from_secs(30),
            "not ready 30 s after the database came back"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let recovered_in = back.elapsed();
    take(&phase);
    tokio::time::sleep(Duration::from_secs(3)).await;
    let after = take(&phase);
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for c in clients {
        c.await.unwrap();
    }

    assert!(
        server.alive() && server.pid() == pid,
        "the server process did not survive"
    );
    assert!(
        before.ok > 0 && before.other.is_empty(),
        "before: {before:?}"
    );
    assert!(
        during.unavailable > 0,
        "no 503 during the outage: {during:?}"
    );
    assert!(
        during.other.is_empty(),
        "during the outage, answers other than 2xx/503: {:?}",
        during.other
    );
    assert_eq!(
        during.unavailable_without_retry_after, 0,
        "a 503 without Retry-After"
    );
    assert!(
        during.slowest < Duration::from_secs(10),
        "a request took {:?} during the outage",
        during.slowest
    );
    assert!(
        after.ok > 0 && after.unavailable == 0 && after.other.is_empty(),
        "after: {after:?}"
    );

    let acknowledged = acknowledged.lock().unwrap().clone();
    for first in &acknowledged {
        assert_eq!(
            count(&server, dp, *first, 50).await,
            50,
            "an acknowledged batch at {first} is incomplete"
        );
    }
    println!(
        "outage figures (PostgreSQL): database down {:.1}s; before: {} ok; during: {} ok (before the \
         stop was noticed), {} answered 503 with Retry-After, 0 other, slowest {} ms; ready again {} ms \
         after the restart, no server restart (pid {pid}); after: {} ok; {} acknowledged batches all intact",
        outage.as_secs_f64(),
        before.ok,
        during.ok,
        during.unavailable,
        during.slowest.as_millis(),
        recovered_in.as_millis(),
        after.ok,
        acknowledged.len()
    );
}
