//! Nothing acknowledged is lost, and nothing unacknowledged is half there: clients
//! ingest batches concurrently, the server is killed with SIGKILL at a random moment
//! and restarted on the same database, several times.

use crate::robust::Rng;
use crate::support::{at, backend, batch, count, TestApp};
use hyper::Method;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const CLIENTS: usize = 4;
const ROUNDS: u64 = 4;
const BATCH: i64 = 250;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    /// The server answered 2xx.
    Acknowledged,
    /// Sent, but no answer (the server died) or a non-2xx answer.
    Unacknowledged,
}

/// One batch a client sent: where its values are, and what the client was told.
#[derive(Debug, Clone)]
struct Sent {
    /// The datapoints it wrote to (one, or several for a cross-datapoint batch).
    datapoints: Vec<i64>,
    first: i64,
    outcome: Outcome,
}

/// Sends batches until the server stops answering; each batch has its own seconds.
async fn ingest(
    base: String,
    headers: Vec<(String, String)>,
    client: usize,
    round: u64,
    datapoints: Vec<i64>,
    log: Arc<Mutex<Vec<Sent>>>,
) {
    for n in 0.. {
        let first = (round as i64 * 1_000 + n) * 10_000 + client as i64 * 1_000;
        // Client 0 writes across datapoints (POST /values), the others one datapoint each.
        let (path, body, targets) = if client == 0 {
            let items: Vec<Value> = (0..BATCH)
                .map(|i| {
                    let dp = datapoints[i as usize % datapoints.len()];
                    json!({"datapoint_id": dp, "timestamp": at(first + i), "value": (first + i) as f64})
                })
                .collect();
            (
                "/values".to_string(),
                Value::Array(items),
                datapoints.clone(),
            )
        } else {
            let dp = datapoints[client];
            (
                format!("/datapoints/{dp}/values"),
                batch(first, BATCH),
                vec![dp],
            )
        };
        let answer = crate::support::call(
            &base,
            Method::POST,
            &path,
            body.to_string(),
            &headers,
            Duration::from_secs(30),
        )
        .await;
        let outcome = match &answer {
            Ok(a) if a.status.is_success() => Outcome::Acknowledged,
            _ => Outcome::Unacknowledged,
        };
        log.lock().unwrap().push(Sent {
            datapoints: targets,
            first,
            outcome,
        });
        if answer.is_err() {
            return; // the server is gone
        }
    }
}

/// Values of a batch found after the restart.
async fn found(server: &TestApp, sent: &Sent) -> usize {
    let mut total = 0;
    for dp in &sent.datapoints {
        total += count(server, *dp, sent.first, BATCH).await;
    }
    total
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_batches_survive_sigkill_and_none_is_half_there() {
    let (mut rng, seed) = Rng::seeded();
    let mut server = TestApp::start().await;
    let mut datapoints = Vec::new();
    for c in 0..CLIENTS {
        datapoints.push(server.datapoint(&format!("crash-{c}")).await);
    }
    let (mut acknowledged, mut unacknowledged_absent, mut unacknowledged_whole) = (0, 0, 0);
    let mut kill_moments = Vec::new();
    for round in 0..ROUNDS {
        let log = Arc::new(Mutex::new(Vec::new()));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|c| {
                tokio::spawn(ingest(
                    server.base.clone(),
                    server.admin_headers(),
                    c,
                    round,
                    datapoints.clone(),
                    log.clone(),
                ))
            })
            .collect();
        let kill_after = rng.between(300, 2_500);
        kill_moments.push(kill_after);
        tokio::time::sleep(Duration::from_millis(kill_after)).await;
        server.kill();
        for c in clients {
            c.await.unwrap();
        }
        server.restart().await;

        let sent = log.lock().unwrap().clone();
        assert!(
            sent.iter().any(|s| s.outcome == Outcome::Acknowledged),
            "round {round}: no batch was acknowledged before the kill (seed {seed})"
        );
        let whole = BATCH as usize;
        for s in &sent {
            let n = found(&server, s).await;
            match s.outcome {
                Outcome::Acknowledged => {
                    assert_eq!(
                        n, whole,
                        "round {round}: an acknowledged batch at {} lost values (seed {seed})",
                        s.first
                    );
                    acknowledged += 1;
                }
                Outcome::Unacknowledged => {
                    assert!(
                        n == 0 || n == whole,
                        "round {round}: an unacknowledged batch at {} is partly there: {n} of {whole} (seed {seed})",
                        s.first
                    );
                    if n == 0 {
                        unacknowledged_absent += 1;
                    } else {
                        unacknowledged_whole += 1;
                    }
                }
            }
        }
    }
    println!(
        "crash figures ({}): {ROUNDS} kills after {kill_moments:?} ms, seed {seed}; \
         {acknowledged} batches of {BATCH} acknowledged, all {acknowledged} found whole; \
         unacknowledged: {unacknowledged_absent} absent, {unacknowledged_whole} committed whole \
         (the answer was lost), 0 partial",
        backend(&server)
    );
}
