//! Soak: a minute of mixed load (batch writes, range reads, aggregates, latest values,
//! registry lists, logins) answers no 5xx, and the server's memory at the end is within 20%
//! of its memory after warm-up.

use crate::support::{at, backend, batch, call, Answer, TestApp, ADMIN_PASSWORD};
use hyper::Method;
use serde_json::json;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const WORKERS: usize = 4;

fn seconds(name: &str, default: u64) -> Duration {
    Duration::from_secs(
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default),
    )
}

#[derive(Default)]
struct Tally {
    requests: AtomicU64,
    server_errors: AtomicU64,
    failures: AtomicU64,
}

/// One worker: a fixed cycle of requests until `until`.
async fn work(
    base: String,
    headers: Vec<(String, String)>,
    worker: usize,
    datapoints: Vec<i64>,
    until: Instant,
    clock: Arc<AtomicU64>,
    tally: Arc<Tally>,
) {
    let mut step = 0usize;
    while Instant::now() < until {
        let dp = datapoints[(worker + step) % datapoints.len()];
        let (method, path, body) = match step % 8 {
            0 | 3 | 6 => {
                // 200 new values, a minute apart, on a clock shared by all workers.
                let first = clock.fetch_add(200 * 60, Ordering::SeqCst) as i64;
                let values: Vec<_> = batch(0, 200)
                    .as_array()
                    .unwrap()
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        let mut v = v.clone();
                        v["timestamp"] = at(first + i as i64 * 60).into();
                        v
                    })
                    .collect();
                (
                    Method::POST,
                    format!("/datapoints/{dp}/values"),
                    serde_json::to_string(&values).unwrap(),
                )
            }
            1 => {
                let now = clock.load(Ordering::SeqCst) as i64;
                let from = at((now - 6 * 3600).max(0));
                (
                    Method::GET,
                    format!("/datapoints/{dp}/values?from={from}&limit=500"),
                    String::new(),
                )
            }
            2 => (
                Method::GET,
                format!(
                    "/datapoints/{dp}/aggregate?from={}&to={}&interval=1h&function=mean&fill=linear",
                    at(0),
                    at(2 * 86_400)
                ),
                String::new(),
            ),
            4 => {
                let ids: Vec<String> = datapoints.iter().map(i64::to_string).collect();
                (
                    Method::GET,
                    format!("/values/latest?datapoint_ids={}", ids.join(",")),
                    String::new(),
                )
            }
            5 => (Method::GET, "/datapoints?limit=50".to_string(), String::new()),
            _ => (
                Method::POST,
                "/auth/login".to_string(),
                json!({"username": "admin", "password": ADMIN_PASSWORD}).to_string(),
            ),
        };
        step += 1;
        tally.requests.fetch_add(1, Ordering::Relaxed);
        match call(
            &base,
            method,
            &path,
            body,
            &headers,
            Duration::from_secs(30),
        )
        .await
        {
            Ok(Answer { status, body, .. }) if status.is_server_error() => {
                tally.server_errors.fetch_add(1, Ordering::Relaxed);
                eprintln!(
                    "soak: {path} answered {status}: {}",
                    String::from_utf8_lossy(&body)
                );
            }
            Ok(answer) if !answer.status.is_success() => {
                tally.failures.fetch_add(1, Ordering::Relaxed);
                eprintln!("soak: {path} answered {}", answer.status);
            }
            Ok(_) => {}
            Err(e) => {
                tally.failures.fetch_add(1, Ordering::Relaxed);
                eprintln!("soak: {path}: {e}");
            }
        }
    }
}

async fn load(
    server: &TestApp,
    datapoints: &[i64],
    clock: &Arc<AtomicU64>,
    run: Duration,
) -> Tally {
    let tally = Arc::new(Tally::default());
    let until = Instant::now() + run;
    let workers: Vec<_> = (0..WORKERS)
        .map(|w| {
            tokio::spawn(work(
                server.base.clone(),
                server.admin_headers(),
                w,
                datapoints.to_vec(),
                until,
                clock.clone(),
                tally.clone(),
            ))
        })
        .collect();
    for w in workers {
        w.await.unwrap();
    }
    Arc::try_unwrap(tally).unwrap_or_default()
}

/// 60 s by default (`JOULE_SOAK_SECS`), after a warm-up of 15 s (`JOULE_SOAK_WARMUP_SECS`).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_minute_of_mixed_load_has_no_5xx_and_no_memory_growth() {
    let server = TestApp::start().await;
    let mut datapoints = Vec::new();
    for i in 0..4 {
        datapoints.push(server.datapoint(&format!("soak-{i}")).await);
    }
    let clock = Arc::new(AtomicU64::new(0));
    let warmup = load(
        &server,
        &datapoints,
        &clock,
        seconds("JOULE_SOAK_WARMUP_SECS", 15),
    )
    .await;
    let after_warmup = server.rss_kib();
    let run = seconds("JOULE_SOAK_SECS", 60);
    let soak = load(&server, &datapoints, &clock, run).await;
    let at_end = server.rss_kib();

    let requests = soak.requests.load(Ordering::Relaxed);
    let errors = soak.server_errors.load(Ordering::Relaxed);
    let failures = soak.failures.load(Ordering::Relaxed);
    let growth = (at_end as f64 - after_warmup as f64) / after_warmup as f64 * 100.0;
    println!(
        "soak figures ({}): {requests} requests in {}s ({:.0}/s, {WORKERS} clients) after {} warm-up requests; \
         {errors} 5xx, {failures} other failures; RSS {after_warmup} KiB after warm-up, \
         {at_end} KiB at the end ({growth:+.1}%)",
        backend(&server),
        run.as_secs(),
        requests as f64 / run.as_secs_f64(),
        warmup.requests.load(Ordering::Relaxed),
    );
    assert_eq!(
        warmup.server_errors.load(Ordering::Relaxed),
        0,
        "5xx during warm-up"
    );
    assert_eq!(errors, 0, "5xx during the soak");
    assert_eq!(failures, 0, "failed requests during the soak");
    assert!(requests > 100, "the load hardly ran: {requests} requests");
    assert!(
        at_end as f64 <= after_warmup as f64 * 1.2,
        "memory grew from {after_warmup} KiB to {at_end} KiB ({growth:+.1}%)"
    );
}
