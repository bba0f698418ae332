//! Bounded work per caller: reads whose size the caller chooses (buckets × series,
//! ids per request) are refused before the work with a 4xx naming the limit, long
//! ranges never answer 500, and connections that send nothing are closed in time
//! and capped in number.

use crate::support::{call, Answer, TestApp};
use hyper::{Method, StatusCode};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// Resident memory a server may reach while refusing oversized reads.
const RSS_CEILING_KIB: u64 = 200 * 1024;

/// The headers of a reader API key on `server`.
async fn reader(server: &TestApp) -> Vec<(String, String)> {
    let key = server
        .ok(
            Method::POST,
            "/api-keys",
            json!({"name": "dashboard", "role": "reader"}),
        )
        .await;
    vec![(
        "x-api-key".to_string(),
        key["key"].as_str().expect("key").to_string(),
    )]
}

async fn get(server: &TestApp, headers: &[(String, String)], path: &str) -> Answer {
    call(
        &server.base,
        Method::GET,
        path,
        "",
        headers,
        Duration::from_secs(60),
    )
    .await
    .unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

async fn write(server: &TestApp, id: i64, points: &[(&str, f64)]) {
    let body: Vec<Value> = points
        .iter()
        .map(|(t, v)| json!({"timestamp": t, "value": v}))
        .collect();
    server
        .ok(
            Method::POST,
            &format!("/datapoints/{id}/values"),
            Value::Array(body),
        )
        .await;
}

/// The reported attack (one id a hundred times, two years of minutes) and its
/// variants with distinct ids are refused, naming the limit and how to narrow;
/// the server's memory stays small while they keep coming.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn oversized_reads_are_refused_before_the_work() {
    let server = TestApp::start().await;
    let mut ids = Vec::new();
    for i in 0..10 {
        let id = server.datapoint(&format!("s{i}")).await;
        write(&server, id, &[("2024-06-01T00:00:00Z", 1.0)]).await;
        ids.push(id);
    }
    let headers = reader(&server).await;
    let range = "from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z";
    let same = vec![ids[0].to_string(); 100].join(",");
    let distinct: Vec<String> = ids.iter().map(i64::to_string).collect();
    let distinct = distinct.join(",");
    let attacks = [
        format!("/timeseries?datapoint_ids={same}&{range}&interval=1m&fill=null"),
        format!("/timeseries?datapoint_ids={distinct}&{range}&interval=1m&fill=null"),
        format!("/timeseries?datapoint_ids={distinct}&{range}&interval=1m&fill=linear"),
        format!(
            "/datapoints/{}/aggregate?{range}&interval=1m&fill=previous",
            ids[0]
        ),
    ];
    let before = server.rss_kib();
    for round in 0..3 {
        let mut requests = tokio::task::JoinSet::new();
        for path in attacks.iter().cycle().take(12) {
            let (base, headers, path) = (server.base.clone(), headers.clone(), path.clone());
            requests.spawn(async move {
                let answer = call(
                    &base,
                    Method::GET,
                    &path,
                    "",
                    &headers,
                    Duration::from_secs(60),
                )
                .await
                .unwrap_or_else(|e| panic!("GET {path}: {e}"));
                (path, answer)
            });
        }
        let answers = requests.join_all().await;
        for (path, answer) in answers {
            assert!(
                answer.status.is_client_error() && answer.is_problem(),
                "{path}: {} {}",
                answer.status,
                String::from_utf8_lossy(&answer.body)
            );
            let detail = answer.json()["detail"].as_str().unwrap_or("").to_string();
            if path.contains(&same) {
                assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{detail}");
                assert!(detail.contains("more than once"), "{detail}");
            } else {
                assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{detail}");
                assert!(
                    detail.contains("max_cells_per_request") && detail.contains("shorter range"),
                    "{detail}"
                );
            }
        }
        let rss = server.rss_kib();
        assert!(
            rss < RSS_CEILING_KIB,
            "round {round}: the server holds {rss} KiB (was {before} KiB)"
        );
    }

    // More series than allowed are refused by count, before any lookup.
    let many: Vec<String> = (1..=101).map(|i| i.to_string()).collect();
    let answer = get(
        &server,
        &headers,
        &format!(
            "/timeseries?datapoint_ids={}&{range}&interval=1d",
            many.join(",")
        ),
    )
    .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(
        answer.json()["detail"]
            .as_str()
            .is_some_and(|d| d.contains("max_series_per_request")),
        "{:?}",
        answer.json()
    );

    // The legitimate size stays served: a year of hourly buckets for ten series.
    let year = "from=2024-01-01T00:00:00Z&to=2025-01-01T00:00:00Z";
    let table = get(
        &server,
        &headers,
        &format!("/timeseries?datapoint_ids={distinct}&{year}&interval=1h&fill=null"),
    )
    .await;
    assert_eq!(table.status, StatusCode::OK);
    assert_eq!(
        table.json()["timestamps"].as_array().map(Vec::len),
        Some(8784)
    );
    let rss = server.rss_kib();
    assert!(rss < RSS_CEILING_KIB, "after a year of hours: {rss} KiB");
}

/// A datapoint named twice in one list is a 400 naming it, on every list read.
#[tokio::test]
async fn duplicate_ids_are_400_naming_the_duplicate() {
    let server = TestApp::start().await;
    let a = server.datapoint("a").await;
    let b = server.datapoint("b").await;
    write(&server, a, &[("2026-01-01T00:00:00Z", 1.0)]).await;
    let headers = reader(&server).await;
    for path in [
        format!("/values/latest?datapoint_ids={a},{b},{a}"),
        format!(
            "/timeseries?datapoint_ids={b},{a},{b}&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&interval=1h"
        ),
    ] {
        let answer = get(&server, &headers, &path).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{path}");
        assert!(answer.is_problem(), "{path}: {:?}", answer.body);
        let detail = answer.json()["detail"].as_str().unwrap_or("").to_string();
        let twice = if path.contains("latest") { a } else { b };
        assert!(
            detail.contains(&format!("datapoint {twice} is named more than once")),
            "{path}: {detail}"
        );
    }
    // Distinct ids still answer.
    let answer = get(
        &server,
        &headers,
        &format!("/values/latest?datapoint_ids={a},{b}"),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
}

/// Daily buckets over 45 years and more (more bounds than one statement may bind)
/// are answered, and ranges beyond the limit are a 4xx: never a 500.
#[tokio::test]
async fn long_ranges_are_answered_or_refused_never_500() {
    let server = TestApp::start().await;
    let a = server.datapoint("a").await;
    let b = server.datapoint("b").await;
    for id in [a, b] {
        write(
            &server,
            id,
            &[
                ("1981-03-04T12:00:00Z", 2.0),
                ("1981-03-04T13:00:00Z", 4.0),
                ("2025-12-30T12:00:00Z", 10.0),
            ],
        )
        .await;
    }
    let headers = reader(&server).await;
    let range = "from=1980-01-01T00:00:00Z&to=2026-01-01T00:00:00Z";
    // 16,802 days: beyond SQLite's 32,766 bound parameters at two per bucket.
    let days = 16_802;

    let aggregate = get(
        &server,
        &headers,
        &format!("/datapoints/{a}/aggregate?{range}&interval=1d&fill=null"),
    )
    .await;
    assert_eq!(aggregate.status, StatusCode::OK, "{:?}", aggregate.body);
    let buckets = aggregate.json()["buckets"].as_array().cloned().unwrap();
    assert_eq!(buckets.len(), days);
    let present: Vec<&Value> = buckets.iter().filter(|b| !b["value"].is_null()).collect();
    assert_eq!(present.len(), 2, "{present:?}");
    assert_eq!(present[0]["timestamp"], "1981-03-04T00:00:00Z");
    assert_eq!(present[0]["value"], 3.0);
    assert_eq!(present[1]["value"], 10.0);

    let table = get(
        &server,
        &headers,
        &format!("/timeseries?datapoint_ids={a},{b}&{range}&interval=1d"),
    )
    .await;
    assert_eq!(table.status, StatusCode::OK, "{:?}", table.body);
    assert_eq!(table.json()["timestamps"].as_array().map(Vec::len), Some(2));

    let csv = call(
        &server.base,
        Method::GET,
        &format!("/timeseries?datapoint_ids={a},{b}&{range}&interval=1d&fill=null"),
        "",
        &[headers.clone(), vec![("accept".into(), "text/csv".into())]].concat(),
        Duration::from_secs(60),
    )
    .await
    .unwrap();
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(String::from_utf8_lossy(&csv.body).lines().count(), days + 1);

    let sum = call(
        &server.base,
        Method::POST,
        "/compute/sum",
        json!({"param": {"scale": 1}, "datapoints": {"e1_ts": a, "e2_ts": b},
               "from": "1980-01-01T00:00:00Z", "to": "2026-01-01T00:00:00Z", "interval": "1d"})
        .to_string(),
        &server.admin_headers(),
        Duration::from_secs(60),
    )
    .await
    .unwrap();
    assert_eq!(sum.status, StatusCode::OK, "{:?}", sum.body);
    assert_eq!(
        sum.json()["scalar"]["data"].as_array().map(Vec::len),
        Some(2)
    );

    // The whole calendar in days is beyond the limit: 4xx naming it, on each read.
    let all = "from=1970-01-01T00:00:00Z&to=9999-01-01T00:00:00Z";
    for path in [
        format!("/datapoints/{a}/aggregate?{all}&interval=1d"),
        format!("/timeseries?datapoint_ids={a},{b}&{all}&interval=1d"),
    ] {
        let answer = get(&server, &headers, &path).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        assert!(answer.is_problem());
        assert!(
            answer.json()["detail"]
                .as_str()
                .is_some_and(|d| d.contains("max_cells_per_request")),
            "{:?}",
            answer.json()
        );
    }
    let sum = call(
        &server.base,
        Method::POST,
        "/compute/sum",
        json!({"param": {"scale": 1}, "datapoints": {"e1_ts": a, "e2_ts": b},
               "from": "1970-01-01T00:00:00Z", "to": "9999-01-01T00:00:00Z", "interval": "1d"})
        .to_string(),
        &server.admin_headers(),
        Duration::from_secs(60),
    )
    .await
    .unwrap();
    assert_eq!(sum.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(sum.json()["error"], 8);
    assert!(
        sum.json()["log"]
            .as_str()
            .is_some_and(|l| l.contains("max_cells_per_request")),
        "{:?}",
        sum.json()
    );
}

/// Whether the server closed `stream` (EOF or reset) within `limit`.
async fn closed_within(stream: &mut TcpStream, limit: Duration) -> bool {
    let mut buf = [0u8; 256];
    loop {
        match tokio::time::timeout(limit, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            // A 408 or similar before closing is fine; keep reading to the end.
            Ok(Ok(_)) => continue,
            Err(_) => return false,
        }
    }
}

fn address(server: &TestApp) -> String {
    server
        .base
        .strip_prefix("http://")
        .expect("plain base")
        .to_string()
}

/// Connections that send nothing, or stop part-way through the first bytes, are
/// closed by the server within the configured time; /health answers meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn silent_connections_are_closed_in_time() {
    let server = TestApp::start_with(&[("JOULE_HEADER_READ_TIMEOUT_SECS", "2")]).await;
    let addr = address(&server);
    let opened = Instant::now();
    let mut silent = Vec::new();
    for _ in 0..200 {
        silent.push(TcpStream::connect(&addr).await.expect("connect"));
    }
    // Stalled inside the HTTP/2 preface, and inside HTTP/1 headers.
    for partial in [
        &b"PRI * HTTP/2.0\r\n"[..],
        &b"GET /api/v1/health HTTP/1.1\r\nHo"[..],
    ] {
        let mut stream = TcpStream::connect(&addr).await.expect("connect");
        stream.write_all(partial).await.expect("write");
        silent.push(stream);
    }

    let health = call(
        &server.base,
        Method::GET,
        "/health",
        "",
        &[],
        Duration::from_secs(1),
    )
    .await
    .expect("/health answers while silent connections are open");
    assert_eq!(health.status, StatusCode::OK);

    for (i, stream) in silent.iter_mut().enumerate() {
        let left = Duration::from_secs(5).saturating_sub(opened.elapsed());
        assert!(
            closed_within(stream, left).await,
            "connection {i} still open {:?} after it was made",
            opened.elapsed()
        );
    }
    assert!(
        opened.elapsed() >= Duration::from_millis(1500),
        "closed before the timeout: {:?}",
        opened.elapsed()
    );
    let health = call(
        &server.base,
        Method::GET,
        "/health",
        "",
        &[],
        Duration::from_secs(2),
    )
    .await
    .expect("/health after the silent connections went");
    assert_eq!(health.status, StatusCode::OK);
}

/// Beyond `max_connections` a new connection waits for a slot instead of taking a
/// file descriptor; it is served once a silent connection times out.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn connections_beyond_the_cap_wait_for_a_slot() {
    let server = TestApp::start_with(&[
        ("JOULE_HEADER_READ_TIMEOUT_SECS", "3"),
        ("JOULE_MAX_CONNECTIONS", "10"),
    ])
    .await;
    // Let the connection of the harness's sign-in go.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let addr = address(&server);
    let mut silent = Vec::new();
    for _ in 0..10 {
        silent.push(TcpStream::connect(&addr).await.expect("connect"));
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = Instant::now();
    let waiting = call(
        &server.base,
        Method::GET,
        "/health",
        "",
        &[],
        Duration::from_secs(1),
    )
    .await;
    assert!(
        waiting.is_err(),
        "an eleventh connection was served beyond the cap: {waiting:?}"
    );
    let health = call(
        &server.base,
        Method::GET,
        "/health",
        "",
        &[],
        Duration::from_secs(8),
    )
    .await
    .expect("/health once the silent connections timed out");
    assert_eq!(health.status, StatusCode::OK);
    assert!(
        started.elapsed() >= Duration::from_millis(2000),
        "served after {:?}, before any slot was free",
        started.elapsed()
    );
    for stream in &mut silent {
        assert!(closed_within(stream, Duration::from_secs(2)).await);
    }
}

/// A setpoint history holding more versions than one answer may carry is a 400
/// saying how to narrow the range; a narrower range is answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn long_setpoint_histories_are_refused_with_a_narrower_range_served() {
    let server = TestApp::start().await;
    let id = server
        .ok(
            Method::POST,
            "/datapoints",
            json!({"key": "room/temp", "type": "actuator", "data_format": "continuous_numeric"}),
        )
        .await["id"]
        .as_i64()
        .expect("id");
    let path = format!("/datapoints/{id}/setpoint");
    let mut first_half_end = None;
    for i in 0..1001 {
        let put = server
            .ok(
                Method::PUT,
                &path,
                json!([{"from_timestamp": null, "preferred_value": i}]),
            )
            .await;
        if i == 499 {
            first_half_end = put["created_at"].as_str().map(str::to_string);
        }
    }
    let headers = reader(&server).await;
    let all = get(&server, &headers, &format!("/datapoints/{id}/setpoints")).await;
    assert_eq!(all.status, StatusCode::BAD_REQUEST);
    assert!(all.is_problem());
    assert!(
        all.json()["detail"]
            .as_str()
            .is_some_and(|d| d.contains("more than 1000 versions") && d.contains("narrow")),
        "{:?}",
        all.json()
    );
    // Up to the 500th version (exclusive `to`): 499 versions.
    let to = first_half_end.expect("created_at").replace('+', "%2B");
    let part = get(
        &server,
        &headers,
        &format!("/datapoints/{id}/setpoints?to={to}"),
    )
    .await;
    assert_eq!(part.status, StatusCode::OK, "{:?}", part.body);
    let items = part.json()["items"].as_array().map(Vec::len).unwrap_or(0);
    assert!((1..=500).contains(&items), "{items} versions");
}
