//! The Prometheus scrape endpoint: on its own address only, and its counters move
//! with what the server does.

use crate::live::Ws;
use crate::support::{batch, Creds, TestApp};
use hyper::Method;
use serde_json::json;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A free local port for the metrics listener.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// GET `path` on the metrics address: status line and body.
async fn get(addr: &str, path: &str) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).await.unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, body.to_string())
}

/// The value of the sample `name` with all `labels`, 0 when it is not there yet.
fn sample(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    text.lines()
        .filter(|l| {
            l.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('{') || rest.starts_with(' '))
        })
        .find(|l| {
            labels
                .iter()
                .all(|(k, v)| l.contains(&format!("{k}=\"{v}\"")))
        })
        .and_then(|l| l.rsplit(' ').next())
        .map_or(0.0, |v| v.parse().unwrap())
}

/// The sample once it reads `want`, or its last value after five seconds.
async fn settled(addr: &str, name: &str, labels: &[(&str, &str)], want: f64) -> f64 {
    let mut last = f64::NAN;
    for _ in 0..50 {
        last = sample(&scrape(addr).await, name, labels);
        if last == want {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    last
}

async fn scrape(addr: &str) -> String {
    let (status, text) = get(addr, "/metrics").await;
    assert_eq!(status, 200, "{text}");
    text
}

#[tokio::test]
async fn a_scrape_shows_the_counters_move() {
    let port = free_port().to_string();
    let addr = format!("127.0.0.1:{port}");
    let app = TestApp::start_with(&[("JOULE_METRICS__BIND", addr.as_str())]).await;
    let before = scrape(&addr).await;
    let sites = |t: &str| {
        sample(
            t,
            "joule_http_requests_total",
            &[("operation", "sitesList"), ("status", "200")],
        )
    };

    app.ok(Method::GET, "/sites", json!(null)).await;
    app.ok(Method::GET, "/sites", json!(null)).await;
    let id = app.datapoint("metrics/power").await;
    let written = app
        .raw(
            Method::POST,
            &format!("/datapoints/{id}/values"),
            batch(0, 5).to_string(),
        )
        .await;
    assert_eq!(written.status.as_u16(), 200, "{:?}", written.json());
    let rejected = app
        .raw(
            Method::POST,
            &format!("/datapoints/{id}/values"),
            r#"[{"timestamp": "x", "value": 1}]"#,
        )
        .await;
    assert_eq!(rejected.status.as_u16(), 422);
    let wrong = json!({"username": "admin", "password": "not the password"});
    let login = app
        .raw_with(&Creds::None, Method::POST, "/auth/login", wrong.to_string())
        .await;
    assert_eq!(login.status.as_u16(), 401);

    let after = scrape(&addr).await;
    assert_eq!(sites(&after) - sites(&before), 2.0, "{after}");
    let http = [("source", "http")];
    let values = "joule_values_written_total";
    assert_eq!(
        sample(&after, values, &http) - sample(&before, values, &http),
        5.0
    );
    let rejected = "joule_batches_rejected_total";
    assert_eq!(
        sample(&after, rejected, &http) - sample(&before, rejected, &http),
        1.0
    );
    let failures = "joule_login_failures_total";
    assert_eq!(
        sample(&after, failures, &[]) - sample(&before, failures, &[]),
        1.0
    );
    let latency = "joule_http_request_duration_seconds_count";
    assert!(
        sample(&after, latency, &[("operation", "sitesList")]) >= 2.0,
        "{after}"
    );
    assert!(
        sample(&after, "joule_write_group_batches_count", &[]) >= 1.0,
        "{after}"
    );
    assert!(
        sample(&after, "joule_db_pool_max_connections", &[]) >= 1.0,
        "{after}"
    );
    assert!(
        sample(&after, "process_resident_memory_bytes", &[]) > 1e6,
        "{after}"
    );

    // A WebSocket counts while it is open.
    let socket = [("kind", "websocket")];
    let live = "joule_live_subscribers";
    assert_eq!(sample(&after, live, &socket), 0.0);
    let mut ws = Ws::connect(&app, &app.admin).await;
    // The server counts the socket on its own task, just after the upgrade.
    assert_eq!(settled(&addr, live, &socket, 1.0).await, 1.0);
    ws.socket.close(None).await.unwrap();
    assert_eq!(
        settled(&addr, live, &socket, 0.0).await,
        0.0,
        "the gauge falls when the socket closes"
    );

    // Only /metrics is served there; the API port has none, at its root or below
    // the base path, even for the admin.
    assert_eq!(get(&addr, "/").await.0, 404);
    assert_eq!(
        app.raw(Method::GET, "/metrics", "").await.status.as_u16(),
        404
    );
    let root = app.base.trim_start_matches("http://").to_string();
    assert_eq!(get(&root, "/metrics").await.0, 404);
}

#[tokio::test]
async fn without_a_metrics_address_nothing_is_served() {
    let app = TestApp::start().await;
    assert_eq!(
        app.raw(Method::GET, "/metrics", "").await.status.as_u16(),
        404
    );
    let root = app.base.trim_start_matches("http://").to_string();
    assert_eq!(get(&root, "/metrics").await.0, 404);
}
