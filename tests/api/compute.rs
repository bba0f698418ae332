//! `POST /compute/sum`: the KasemInterface-compatible derived series
//! `sum_ts = scale × (e1_ts + e2_ts)`, from a table or from two stored series.

use crate::datapoints::{create_datapoint, datapoint};
use crate::devices::create_device;
use crate::support::TestApp;
use hyper::Method;
use joule_api::models::{SumDatapoints, SumParam, SumRequest, SumResult, SumTable};
use joule_api::ComputeSumResponse;
use serde_json::{json, Value};

fn table_request(scale: Value, headers: &[&str], data: Value) -> SumRequest {
    SumRequest {
        param: Some(SumParam { scale: Some(scale) }),
        scalar: Some(SumTable {
            headers: Some(headers.iter().map(|h| h.to_string()).collect()),
            data: Some(serde_json::from_value(data).unwrap()),
        }),
        datapoints: None,
        from: None,
        to: None,
        interval: None,
    }
}

async fn computed(app: &TestApp, request: SumRequest) -> SumResult {
    match app.client.compute_sum(request).await.unwrap() {
        ComputeSumResponse::Ok(result) => result,
        other => panic!("not computed: {other:?}"),
    }
}

/// Posts `body` raw and answers the 422 `SumResult` after checking its shape.
async fn rejected(app: &TestApp, body: &Value) -> (i64, String) {
    let answer = app
        .raw(Method::POST, "/compute/sum", body.to_string())
        .await;
    let text = String::from_utf8_lossy(&answer.body).to_string();
    assert_eq!(answer.status.as_u16(), 422, "{body} → {text}");
    assert_eq!(answer.content_type(), "application/json", "{text}");
    let result = answer.json();
    assert!(
        result.get("scalar").is_none(),
        "a failure has no table: {text}"
    );
    (
        result["error"].as_i64().unwrap(),
        result["log"].as_str().unwrap().to_string(),
    )
}

#[tokio::test]
async fn sums_a_kasem_table_with_columns_in_any_order() {
    let app = TestApp::start().await;
    // (date, e1_ts, e2_ts) per row; sent with the columns shuffled and an extra one.
    let rows = [
        (1420066800.0, 1.25, 842.6),
        (1420070400.0, 0.0, -3.5),
        (1420074000.0, 1e-3, 2.0),
        (1420077600.0, -12.75, 12.75),
    ];
    let data: Vec<Value> = rows
        .iter()
        .map(|&(date, e1, e2)| json!([e2, "ignored", date, e1]))
        .collect();
    let result = computed(
        &app,
        table_request(
            json!(25),
            &["e2_ts", "comment", "date", "e1_ts"],
            json!(data),
        ),
    )
    .await;
    assert_eq!(result.error, 0, "{}", result.log);
    let table = result.scalar.unwrap();
    assert_eq!(table.headers, ["date", "sum_ts"]);
    let expected: Vec<Vec<f64>> = rows
        .iter()
        .map(|&(date, e1, e2)| vec![date, 25.0 * (e1 + e2)])
        .collect();
    assert_eq!(table.data, expected);
    assert_eq!(table.data[0], [1420066800.0, 21096.25]);
}

#[tokio::test]
async fn answers_the_exact_kasem_json_shape() {
    let app = TestApp::start().await;
    let body = json!({
        "param": {"scale": 25},
        "scalar": {
            "headers": ["date", "e1_ts", "e2_ts"],
            "data": [[1420066800.0, 1.25, 842.6], [1420070400.0, 2, 3]]
        }
    });
    let answer = app
        .raw(Method::POST, "/compute/sum", body.to_string())
        .await;
    assert_eq!(answer.status.as_u16(), 200);
    assert_eq!(answer.content_type(), "application/json");
    let result = answer.json();
    assert_eq!(result["error"], 0);
    assert!(result["log"].is_string(), "{result}");
    assert_eq!(result["scalar"]["headers"], json!(["date", "sum_ts"]));
    assert_eq!(
        result["scalar"]["data"],
        json!([[1420066800.0, 21096.25], [1420070400.0, 125.0]])
    );
}

#[tokio::test]
async fn table_errors_are_422_with_a_code_and_where() {
    let app = TestApp::start().await;
    let h = json!(["date", "e1_ts", "e2_ts"]);
    let table =
        |data: Value| json!({"param": {"scale": 2}, "scalar": {"headers": h, "data": data}});
    // (body, error code, words the log must contain)
    let cases: Vec<(Value, i64, &[&str])> = vec![
        (json!({"param": {"scale": 2}}), 1, &["neither"]),
        (
            json!({"param": {"scale": 2}, "scalar": {"headers": h, "data": [[1, 2, 3]]},
                   "datapoints": {"e1_ts": 1, "e2_ts": 2}}),
            1,
            &["both"],
        ),
        (
            json!({"scalar": {"headers": h, "data": [[1, 2, 3]]}}),
            2,
            &["param.scale", "missing"],
        ),
        (
            json!({"param": {"scale": "25"}, "scalar": {"headers": h, "data": [[1, 2, 3]]}}),
            2,
            &["param.scale", "\"25\""],
        ),
        (
            json!({"param": {"scale": true}, "scalar": {"headers": h, "data": [[1, 2, 3]]}}),
            2,
            &["param.scale", "true"],
        ),
        (
            json!({"param": {"scale": null}, "scalar": {"headers": h, "data": [[1, 2, 3]]}}),
            2,
            &["param.scale"],
        ),
        (
            json!({"param": {"scale": 2}, "scalar": {"headers": ["date", "e1_ts"], "data": [[1, 2]]}}),
            3,
            &["e2_ts"],
        ),
        (
            json!({"param": {"scale": 2}, "scalar": {"data": [[1, 2, 3]]}}),
            3,
            &["headers"],
        ),
        (
            json!({"param": {"scale": 2},
                   "scalar": {"headers": ["date", "e1_ts", "e2_ts", "date"], "data": [[1, 2, 3, 4]]}}),
            3,
            &["headers[0]", "headers[3]", "date"],
        ),
        (
            table(json!([[1, 2, 3], [4, 5, 6], [7, 8]])),
            4,
            &["row 2", "2 cells", "3 columns"],
        ),
        (table(json!([[1, 2, 3], [4, 5, 6, 7]])), 4, &["row 1"]),
        (
            table(json!([[1, 2, 3], [4, "5", 6], [7, 8]])),
            5,
            &["row 1", "e1_ts", "\"5\""],
        ),
        (table(json!([[1, 2, null]])), 5, &["row 0", "e2_ts", "null"]),
        (
            table(json!([[1, 2, 3], [1, 2, 3], [false, 2, 3]])),
            5,
            &["row 2", "date", "false"],
        ),
        (table(json!([[1, 1e308, 1e308]])), 5, &["row 0", "sum_ts"]),
        (table(json!([])), 6, &["no rows"]),
        (
            json!({"param": {"scale": 2}, "scalar": {"headers": h}}),
            6,
            &["no rows"],
        ),
    ];
    for (body, code, words) in cases {
        let (error, log) = rejected(&app, &body).await;
        assert_eq!(error, code, "{body} → {log}");
        for word in words {
            assert!(log.contains(word), "{body}: log {log:?} lacks {word:?}");
        }
    }
}

#[tokio::test]
async fn datapoint_mode_errors_are_422_with_a_code() {
    let app = TestApp::start().await;
    let a = create_datapoint(&app, datapoint("compute.a", None)).await;
    let b = create_datapoint(&app, datapoint("compute.b", None)).await;
    let request = |ids: Value, from: Value, to: Value, interval: Value| json!({"param": {"scale": 2}, "datapoints": ids, "from": from, "to": to, "interval": interval});
    let from = json!("2026-01-05T00:00:00Z");
    let to = json!("2026-01-05T01:00:00Z");
    let ids = json!({"e1_ts": a, "e2_ts": b});
    let cases: Vec<(Value, i64, &[&str])> = vec![
        (
            json!({"param": {"scale": "2"}, "datapoints": ids, "from": from, "to": to, "interval": "15m"}),
            2,
            &["param.scale"],
        ),
        (
            request(
                json!({"e1_ts": a, "e2_ts": 999_999}),
                from.clone(),
                to.clone(),
                json!("15m"),
            ),
            7,
            &["e2_ts", "999999", "does not exist"],
        ),
        (
            request(json!({"e1_ts": a}), from.clone(), to.clone(), json!("15m")),
            7,
            &["e2_ts", "missing"],
        ),
        (
            request(ids.clone(), Value::Null, to.clone(), json!("15m")),
            8,
            &["from", "missing"],
        ),
        (
            request(ids.clone(), from.clone(), Value::Null, json!("15m")),
            8,
            &["to", "missing"],
        ),
        (
            request(ids.clone(), to.clone(), from.clone(), json!("15m")),
            8,
            &["to must be after from"],
        ),
        (
            request(ids.clone(), from.clone(), to.clone(), Value::Null),
            8,
            &["interval", "missing"],
        ),
        (
            request(ids.clone(), from.clone(), to.clone(), json!("7m")),
            8,
            &["interval", "\"7m\""],
        ),
        (
            request(
                ids.clone(),
                json!("1970-01-01T00:00:00Z"),
                json!("9000-01-01T00:00:00Z"),
                json!("1m"),
            ),
            8,
            &["buckets"],
        ),
    ];
    for (body, code, words) in cases {
        let (error, log) = rejected(&app, &body).await;
        assert_eq!(error, code, "{body} → {log}");
        for word in words {
            assert!(log.contains(word), "{body}: log {log:?} lacks {word:?}");
        }
    }
}

#[tokio::test]
async fn unreadable_bodies_are_400_problems() {
    let app = TestApp::start().await;
    for body in [
        "{\"param\": ",
        "not json",
        "{\"scalar\": {\"headers\": \"date\"}}",
        "{\"scalar\": {\"data\": [1, 2, 3]}}",
        "{\"datapoints\": {\"e1_ts\": \"one\"}}",
        "{\"datapoints\": {\"e1_ts\": 1, \"e2_ts\": 2}, \"from\": \"yesterday\"}",
    ] {
        app.raw(Method::POST, "/compute/sum", body)
            .await
            .problem(400);
    }
}

/// Values as `(minutes after 2026-01-05T00:00Z, value)`.
async fn write_values(app: &TestApp, id: i64, points: &[(i64, f64)]) {
    let body: Vec<Value> = points
        .iter()
        .map(|&(minute, value)| json!({"timestamp": at(minute), "value": value}))
        .collect();
    let answer = app
        .raw(
            Method::POST,
            &format!("/datapoints/{id}/values"),
            json!(body).to_string(),
        )
        .await;
    assert!(
        answer.status.is_success(),
        "{}: {}",
        answer.status,
        String::from_utf8_lossy(&answer.body)
    );
}

fn at(minute: i64) -> String {
    (chrono::DateTime::parse_from_rfc3339("2026-01-05T00:00:00Z").unwrap()
        + chrono::Duration::minutes(minute))
    .to_rfc3339()
}

/// The mean of each 15-minute bucket in `[0, 60)` minutes, keyed by its start minute.
fn means(points: &[(i64, f64)]) -> std::collections::BTreeMap<i64, f64> {
    let mut buckets: std::collections::BTreeMap<i64, Vec<f64>> = Default::default();
    for &(minute, value) in points.iter().filter(|(m, _)| (0..60).contains(m)) {
        buckets.entry(minute / 15 * 15).or_default().push(value);
    }
    buckets
        .into_iter()
        .map(|(start, vs)| (start, vs.iter().sum::<f64>() / vs.len() as f64))
        .collect()
}

#[tokio::test]
async fn sums_two_stored_series_on_the_grid() {
    let app = TestApp::start().await;
    let e1 = create_datapoint(&app, datapoint("compute.e1", None)).await;
    let e2 = create_datapoint(&app, datapoint("compute.e2", None)).await;
    // Bucket 0 and 15 in both; 30 only in e1; 45 only in e2; minute 65 after `to`.
    let e1_points = [(1, 1.5), (7, 2.5), (16, 4.0), (31, 10.0), (65, 1000.0)];
    let e2_points = [(3, 100.0), (20, 7.0), (25, 9.25), (50, 3.0), (61, 1000.0)];
    write_values(&app, e1, &e1_points).await;
    write_values(&app, e2, &e2_points).await;

    let (m1, m2) = (means(&e1_points), means(&e2_points));
    let epoch = chrono::DateTime::parse_from_rfc3339("2026-01-05T00:00:00Z")
        .unwrap()
        .timestamp() as f64;
    let expected: Vec<(f64, f64)> = m1
        .iter()
        .filter_map(|(start, a)| {
            m2.get(start)
                .map(|b| (epoch + (*start * 60) as f64, 2.0 * (a + b)))
        })
        .collect();
    assert_eq!(expected.len(), 2, "the test data has two common buckets");

    let result = computed(
        &app,
        SumRequest {
            param: Some(SumParam {
                scale: Some(json!(2)),
            }),
            scalar: None,
            datapoints: Some(SumDatapoints {
                e1_ts: Some(e1),
                e2_ts: Some(e2),
            }),
            from: Some(at(0).parse().unwrap()),
            to: Some(at(60).parse().unwrap()),
            interval: Some("15m".into()),
        },
    )
    .await;
    assert_eq!(result.error, 0, "{}", result.log);
    assert!(
        result.log.contains("2 left out"),
        "buckets in one series only are counted: {}",
        result.log
    );
    let table = result.scalar.unwrap();
    assert_eq!(table.headers, ["date", "sum_ts"]);
    assert_eq!(table.data.len(), expected.len(), "{:?}", table.data);
    for (row, (date, sum)) in table.data.iter().zip(&expected) {
        assert_eq!(row[0], *date);
        assert!((row[1] - sum).abs() < 1e-9, "{row:?} vs {sum}");
    }
}

#[tokio::test]
async fn days_follow_the_site_of_e1_ts() {
    let app = TestApp::start().await;
    let site = app
        .raw(
            Method::POST,
            "/sites",
            json!({"name": "Berlin", "timezone": "Europe/Berlin"}).to_string(),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let device = create_device(&app, site, "meter").await;
    let e1 = create_datapoint(&app, datapoint("berlin.e1", Some(device))).await;
    let e2 = create_datapoint(&app, datapoint("loose.e2", None)).await;
    // Berlin is UTC+1 in January: its 5 January starts at 4 January 23:00 UTC.
    write_values(&app, e1, &[(-30, 1.0), (600, 3.0), (1500, 5.0)]).await;
    write_values(&app, e2, &[(-50, 10.0), (1450, 20.0)]).await;
    let body = json!({
        "param": {"scale": 2},
        "datapoints": {"e1_ts": e1, "e2_ts": e2},
        "from": at(-60), "to": at(47 * 60), "interval": "1d"
    });
    let answer = app
        .raw(Method::POST, "/compute/sum", body.to_string())
        .await;
    assert_eq!(answer.status.as_u16(), 200);
    let result = answer.json();
    let day = |minute: i64| (1_767_571_200 + minute * 60) as f64;
    assert_eq!(
        result["scalar"]["data"],
        json!([
            [day(-60), 2.0 * (2.0 + 10.0)],
            [day(23 * 60), 2.0 * (5.0 + 20.0)]
        ]),
        "{result}"
    );
}

#[tokio::test]
async fn a_table_over_the_body_limit_is_a_413_problem() {
    let app = TestApp::start_with(&[("JOULE_BODY_LIMIT", "4096")]).await;
    let rows: Vec<Value> = (0..500).map(|i| json!([i, 1.5, 2.5])).collect();
    let body = json!({"param": {"scale": 1}, "scalar": {"headers": ["date", "e1_ts", "e2_ts"], "data": rows}});
    app.raw(Method::POST, "/compute/sum", body.to_string())
        .await
        .problem(413);
}
