//! Input meant to corrupt data or logs rather than to be stored: doubles that must
//! come back bit for bit, NUL in query parameters, leap seconds, datapoints deleted
//! while values are written to them, forged span ids, pages framed by others.

use crate::support::TestApp;
use hyper::Method;
use serde_json::{json, Value};

async fn created(app: &TestApp, path: &str, body: Value) -> i64 {
    let answer = app.raw(Method::POST, path, body.to_string()).await;
    assert!(answer.status.is_success(), "{path}: {answer:?}");
    answer.json()["id"].as_i64().unwrap()
}

/// A device to hang datapoints on.
async fn device(app: &TestApp) -> i64 {
    let site = created(app, "/sites", json!({"name": "s"})).await;
    created(app, "/devices", json!({"site_id": site, "name": "d"})).await
}

async fn datapoint(app: &TestApp, device: i64, key: &str, format: &str) -> i64 {
    created(
        app,
        "/datapoints",
        json!({"key": key, "device_id": device, "type": "sensor", "data_format": format}),
    )
    .await
}

/// Random doubles of every kind: any bit pattern that is finite (subnormals,
/// extremes, negative zero), plus the edges named.
fn doubles(n: usize) -> Vec<f64> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        // splitmix64: reproducible without a dependency.
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut out = vec![
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        f64::from_bits(1),
        -f64::from_bits(1),
        f64::EPSILON,
        1.117_999_999_999_999_9,
        -906_834.638_764_487_5,
        0.1,
        0.0,
    ];
    while out.len() < n {
        let bits = next();
        let x = match bits % 3 {
            0 => f64::from_bits(next()),
            // Short decimals, the values people type.
            1 => (next() % 2_000_000) as f64 / 1000.0 - 1000.0,
            _ => f64::from_bits(next() & 0x000F_FFFF_FFFF_FFFF), // subnormal
        };
        if x.is_finite() {
            out.push(x);
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_double_reads_back_bit_for_bit() {
    let app = TestApp::start().await;
    let device = device(&app).await;
    let dp = datapoint(&app, device, "random", "generic_numeric").await;
    let values = doubles(10_002);
    let at = |i: usize| crate::support::at(i as i64);
    for (chunk_no, chunk) in values.chunks(5_000).enumerate() {
        let items: Vec<Value> = chunk
            .iter()
            .enumerate()
            .map(|(i, v)| json!({"timestamp": at(chunk_no * 5_000 + i), "value": v}))
            .collect();
        let answer = app
            .raw(
                Method::POST,
                &format!("/datapoints/{dp}/values"),
                Value::Array(items).to_string(),
            )
            .await;
        assert_eq!(answer.status.as_u16(), 200, "{answer:?}");
    }
    let answer = app
        .raw(
            Method::GET,
            &format!("/datapoints/{dp}/values?limit=20000"),
            "",
        )
        .await;
    assert_eq!(answer.status.as_u16(), 200, "{answer:?}");
    let items = answer.json()["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), values.len());
    let mut wrong = Vec::new();
    for (item, written) in items.iter().zip(&values) {
        let read = item["value"].as_f64().unwrap();
        // -0.0 and 0.0 print alike in JSON; every other double must be identical.
        if read.to_bits() != written.to_bits() && !(read == 0.0 && *written == 0.0) {
            wrong.push(format!("{written:?} came back as {read:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} differ, e.g. {:?}",
        wrong.len(),
        values.len(),
        &wrong[..wrong.len().min(5)]
    );
    let latest = app
        .raw(Method::GET, &format!("/datapoints/{dp}/values/latest"), "")
        .await
        .json();
    assert_eq!(
        latest["value"].as_f64().unwrap().to_bits(),
        values.last().unwrap().to_bits()
    );
}

#[tokio::test]
async fn nul_in_a_query_parameter_and_leap_seconds_are_refused_by_name() {
    let app = TestApp::start().await;
    let device = device(&app).await;
    let dp = datapoint(&app, device, "t", "generic_numeric").await;
    for (path, field) in [
        ("/datapoints?q=a%00b".to_string(), "q"),
        ("/datapoints?key=%00".to_string(), "key"),
        (
            format!("/datapoints/{dp}/values?from=2026-01-01T00:00:00Z%00"),
            "from",
        ),
    ] {
        let answer = app.raw(Method::GET, &path, "").await;
        let problem = answer.problem(400);
        assert!(
            problem["detail"].as_str().unwrap().contains(field),
            "{path}: {problem}"
        );
    }
    for query in [
        "from=2016-12-31T23:59:60Z",
        "to=2016-12-31T23:59:60Z",
        "from=2016-12-31T23:59:60.5%2B00:00",
    ] {
        let answer = app
            .raw(Method::GET, &format!("/datapoints/{dp}/values?{query}"), "")
            .await;
        answer.problem(400);
    }
    let answer = app
        .raw(
            Method::GET,
            &format!(
                "/datapoints/{dp}/aggregate?from=2026-01-01T00:00:00Z&to=2026-06-30T23:59:60Z&interval=1h"
            ),
            "",
        )
        .await;
    answer.problem(400);
    // The value at the second after is not replaced by a leap-second write.
    let path = format!("/datapoints/{dp}/values");
    let first = json!([{"timestamp": "2026-07-01T00:00:00Z", "value": 1}]);
    assert_eq!(
        app.raw(Method::POST, &path, first.to_string())
            .await
            .status
            .as_u16(),
        200
    );
    let leap = json!([{"timestamp": "2026-06-30T23:59:60Z", "value": 2}]);
    let answer = app.raw(Method::POST, &path, leap.to_string()).await;
    let problem = answer.problem(422);
    assert_eq!(problem["errors"][0]["field"], "[0].timestamp");
    let stored = app.raw(Method::GET, &path, "").await.json();
    assert_eq!(
        stored["items"],
        json!([{"timestamp": "2026-07-01T00:00:00Z", "value": 1.0}])
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn deleting_datapoints_under_writes_answers_404_or_409_never_500() {
    let app = TestApp::start().await;
    let device = device(&app).await;
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for round in 0..6 {
        let key = format!("doomed-{round}");
        let dp = datapoint(&app, device, &key, "generic_numeric").await;
        let writers: Vec<_> = (0..8)
            .map(|w| {
                let (base, key) = (app.url(""), key.clone());
                tokio::spawn(async move {
                    let mut seen = Vec::new();
                    for i in 0..15 {
                        let ts = crate::support::at(w * 1000 + i);
                        let (path, body) = if i % 2 == 0 {
                            (
                                format!("/datapoints/{dp}/values"),
                                json!([{"timestamp": ts, "value": i}]),
                            )
                        } else {
                            (
                                "/values".to_string(),
                                json!([{"datapoint_key": key, "timestamp": ts, "value": i}]),
                            )
                        };
                        let answer = crate::support::raw(
                            Method::POST,
                            &format!("{base}{path}"),
                            body.to_string().into(),
                            &[],
                        )
                        .await;
                        seen.push((answer.status.as_u16(), answer));
                    }
                    seen
                })
            })
            .collect();
        tokio::time::sleep(std::time::Duration::from_millis(5 * round)).await;
        let answer = app
            .raw(Method::DELETE, &format!("/datapoints/{dp}"), "")
            .await;
        assert_eq!(answer.status.as_u16(), 204, "{answer:?}");
        for writer in writers {
            for (status, answer) in writer.await.unwrap() {
                assert!(
                    matches!(status, 200 | 404 | 409 | 422),
                    "a write racing a delete answered {answer:?}"
                );
                if status != 200 {
                    answer.problem(status);
                }
                *statuses.entry(status).or_default() += 1;
            }
        }
        let gone = app
            .raw(Method::GET, &format!("/datapoints/{dp}/values"), "")
            .await;
        gone.problem(404);
    }
    assert!(statuses.contains_key(&200), "{statuses:?}");
    assert!(statuses.keys().any(|s| *s != 200), "{statuses:?}");
}

#[tokio::test]
async fn span_ids_are_plain_tokens_and_pages_are_not_framed() {
    let app = TestApp::start().await;
    let span = |answer: &crate::support::RawResponse| {
        answer.headers["x-span-id"].to_str().unwrap().to_string()
    };
    let given = "req-42.a_b:c";
    let answer = crate::support::raw(
        Method::GET,
        &app.url("/health"),
        "".into(),
        &[("x-span-id", given)],
    )
    .await;
    assert_eq!(span(&answer), given);
    for forged in ["x 200 0.1ms span=admin", "a\tb", &"x".repeat(65), ""] {
        let answer = crate::support::raw(
            Method::GET,
            &app.url("/health"),
            "".into(),
            &[("x-span-id", forged)],
        )
        .await;
        let replaced = span(&answer);
        assert_ne!(replaced, forged);
        assert!(
            !replaced.is_empty() && replaced.bytes().all(|b| b.is_ascii_graphic()),
            "{replaced}"
        );
    }
    for page in ["/ui/", "/ui/index.html", "/ui/oauth2-redirect.html"] {
        let answer = app.raw(Method::GET, page, "").await;
        assert_eq!(answer.status.as_u16(), 200, "{page}");
        let policy = answer.headers["content-security-policy"].to_str().unwrap();
        assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
        assert!(policy.contains("script-src 'self'"), "{policy}");
        assert_eq!(answer.headers["x-frame-options"], "DENY");
    }
}
