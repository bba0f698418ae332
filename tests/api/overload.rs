//! Overload and shutdown: more slow requests than pooled connections wait at most the
//! configured time and then get 503 with `Retry-After`; SIGTERM lets requests in
//! flight finish, refuses new ones and exits within the grace period.

use crate::robust::WriteLock;
use crate::support::{backend, batch, call, count, TestApp};
use hyper::{Method, StatusCode};
use std::time::{Duration, Instant};

/// With one connection held by a write that waits on a lock, every other request
/// gets 503 after the pool timeout, never later and never hanging; the held one
/// completes once the lock goes, and the server serves on.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn more_slow_requests_than_connections_get_503_in_time() {
    let server =
        TestApp::start_with(&[("JOULE_POOL_SIZE", "1"), ("JOULE_POOL_TIMEOUT_SECS", "1")]).await;
    let dp = server.datapoint("slow").await;
    let lock = WriteLock::take(&server.db);

    // The slow one: it takes the only connection and waits for the lock.
    let held = {
        let (base, headers) = (server.base.clone(), server.admin_headers());
        tokio::spawn(async move {
            let started = Instant::now();
            let answer = call(
                &base,
                Method::POST,
                &format!("/datapoints/{dp}/values"),
                batch(0, 10).to_string(),
                &headers,
                Duration::from_secs(30),
            )
            .await;
            (answer, started.elapsed())
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;

    // Twelve more, reads and writes, all at once.
    let others: Vec<_> = (0..12)
        .map(|i| {
            let (base, headers) = (server.base.clone(), server.admin_headers());
            tokio::spawn(async move {
                let (method, path, body) = match i % 3 {
                    0 => (
                        Method::GET,
                        format!("/datapoints/{dp}/values"),
                        String::new(),
                    ),
                    1 => (Method::GET, "/sites".to_string(), String::new()),
                    _ => (
                        Method::POST,
                        format!("/datapoints/{dp}/values"),
                        batch(100 + i * 10, 10).to_string(),
                    ),
                };
                let started = Instant::now();
                let answer = call(
                    &base,
                    method,
                    &path,
                    body,
                    &headers,
                    Duration::from_secs(20),
                )
                .await
                .expect("an answer, not a hang");
                (answer, started.elapsed())
            })
        })
        .collect();
    let mut waits = Vec::new();
    for other in others {
        let (answer, took) = other.await.unwrap();
        assert_eq!(
            answer.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{}",
            String::from_utf8_lossy(&answer.body)
        );
        assert!(answer.is_problem(), "{answer:?}");
        assert!(answer.header("retry-after").is_some(), "{answer:?}");
        assert!(
            took >= Duration::from_millis(900) && took < Duration::from_millis(2_500),
            "waited {took:?} for a 1 s pool timeout"
        );
        waits.push(took.as_millis());
    }
    // /ready needs a connection too, and says so.
    let ready = server.call(Method::GET, "/ready", "").await.unwrap();
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(ready.header("retry-after").is_some());

    tokio::time::sleep(Duration::from_millis(500)).await;
    lock.release();
    // The held write answers too: stored (200), or given up after the configured wait
    // (503), in which case a retry is safe, as rewriting a timestamp replaces it.
    let (answer, took) = held.await.unwrap();
    let answer = answer.expect("the held request answers");
    let stored = count(&server, dp, 0, 10).await;
    match answer.status {
        StatusCode::OK => assert_eq!(stored, 10, "an acknowledged write is incomplete"),
        StatusCode::SERVICE_UNAVAILABLE => {
            assert!(answer.is_problem() && answer.header("retry-after").is_some());
            assert!(
                stored == 0 || stored == 10,
                "a refused write is partly stored"
            );
        }
        other => panic!("the held write answered {other}: {answer:?}"),
    }
    // Nothing of the refused writes was stored, and the server serves on.
    assert_eq!(count(&server, dp, 100, 200).await, 0);
    server
        .ok(
            Method::POST,
            &format!("/datapoints/{dp}/values"),
            batch(500, 5),
        )
        .await;
    println!(
        "overload figures ({}): 12 requests beside one held connection (pool of 1, 1 s timeout): \
         all 503 with Retry-After after {}..{} ms; the held write answered {} after {} ms",
        backend(&server),
        waits.iter().min().unwrap(),
        waits.iter().max().unwrap(),
        answer.status.as_u16(),
        took.as_millis()
    );
}

/// SIGTERM while requests are in flight: the listener closes at once, the requests
/// in flight finish and are stored, the process exits; and a request that cannot
/// finish within the grace period does not keep the process alive past it.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_lets_requests_in_flight_finish_and_exits_within_the_grace_period() {
    let mut server = TestApp::start_with(&[("JOULE_SHUTDOWN_GRACE_SECS", "4")]).await;
    let dp = server.datapoint("shutdown").await;
    let lock = WriteLock::take(&server.db);
    let in_flight: Vec<_> = (0..3)
        .map(|i| {
            let (base, headers) = (server.base.clone(), server.admin_headers());
            tokio::spawn(async move {
                call(
                    &base,
                    Method::POST,
                    &format!("/datapoints/{dp}/values"),
                    batch(i * 100, 100).to_string(),
                    &headers,
                    Duration::from_secs(30),
                )
                .await
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let signalled = Instant::now();
    server.terminate();
    tokio::time::sleep(Duration::from_millis(300)).await;

    // New connections are refused while the old requests are still running.
    let refused = call(
        &server.base,
        Method::GET,
        "/health",
        "",
        &[],
        Duration::from_secs(5),
    )
    .await;
    assert!(
        refused.is_err(),
        "a new request was served after SIGTERM: {refused:?}"
    );
    assert!(server.alive(), "the server quit with requests in flight");

    // The lock goes; the requests in flight complete with a 2xx.
    lock.release();
    for request in in_flight {
        let answer = request
            .await
            .unwrap()
            .expect("the in-flight request completes");
        assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
    }
    let exited = server
        .wait_exit(Duration::from_secs(10))
        .expect("the server exits after its requests are done");
    let total = signalled.elapsed();
    assert!(total < Duration::from_secs(4), "exit took {total:?}");

    server.restart().await;
    assert_eq!(
        count(&server, dp, 0, 300).await,
        300,
        "every in-flight write was stored"
    );

    // A request that outlives the grace period: the process exits at the deadline.
    let lock = WriteLock::take(&server.db);
    let stuck = {
        let (base, headers) = (server.base.clone(), server.admin_headers());
        tokio::spawn(async move {
            call(
                &base,
                Method::POST,
                &format!("/datapoints/{dp}/values"),
                batch(1_000, 10).to_string(),
                &headers,
                Duration::from_secs(30),
            )
            .await
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    let signalled = Instant::now();
    server.terminate();
    server
        .wait_exit(Duration::from_secs(10))
        .expect("the server exits once the grace period is over");
    let after_grace = signalled.elapsed();
    assert!(
        after_grace >= Duration::from_millis(3_500) && after_grace < Duration::from_secs(6),
        "exited {after_grace:?} after SIGTERM with a 4 s grace period"
    );
    drop(lock);
    let _ = stuck.await;
    println!(
        "shutdown figures ({}): 3 writes in flight at SIGTERM all answered 200 and stored; \
         new connections refused; exit {} ms after SIGTERM ({} ms after the last answer); \
         with a request stuck past the 4 s grace period the process exited after {} ms",
        backend(&server),
        total.as_millis(),
        exited.as_millis(),
        after_grace.as_millis()
    );
}
