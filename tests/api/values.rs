//! Writing and reading values: validation per data format, all-or-nothing batches,
//! idempotent re-writes, ranges and pages, latest values, deletes, durability.

use crate::datapoints::{create_datapoint, datapoint};
use crate::support::{at, error_fields, TestApp, T0};
use hyper::Method;
use joule_api::models::{DatapointCreate, SortOrder, ValueWrite};
use joule_api::{
    DatapointValueLatestResponse, DatapointValuesDeleteResponse, DatapointValuesListResponse,
    DatapointValuesWriteResponse, ValuesLatestResponse,
};
use serde_json::{json, Value};
use swagger::Nullable;

pub fn points(values: &[(i64, Value)]) -> Vec<ValueWrite> {
    values
        .iter()
        .map(|(s, v)| ValueWrite {
            timestamp: at(*s),
            value: if v.is_null() {
                Nullable::Null
            } else {
                Nullable::Present(v.clone())
            },
        })
        .collect()
}

pub async fn write(app: &TestApp, id: i64, values: &[(i64, Value)]) {
    match app
        .client
        .datapoint_values_write(id, &points(values))
        .await
        .unwrap()
    {
        DatapointValuesWriteResponse::Ok(r) => assert!(r.written > 0 || values.is_empty()),
        other => panic!("{other:?}"),
    }
}

/// Every stored (seconds after T0, value) of a datapoint, oldest first.
pub async fn stored(app: &TestApp, id: i64) -> Vec<(i64, Value)> {
    match app
        .client
        .datapoint_values_list(id, None, None, Some(100_000), None, None)
        .await
        .unwrap()
    {
        DatapointValuesListResponse::Ok(page) => page
            .items
            .into_iter()
            .map(|v| {
                let value = match v.value {
                    Nullable::Present(v) => v,
                    Nullable::Null => Value::Null,
                };
                (v.timestamp.timestamp() - T0, value)
            })
            .collect(),
        other => panic!("{other:?}"),
    }
}

async fn numeric(app: &TestApp, key: &str) -> i64 {
    create_datapoint(app, datapoint(key, None)).await
}

fn with(key: &str, format: &str, edit: impl FnOnce(&mut DatapointCreate)) -> DatapointCreate {
    let mut d = datapoint(key, None);
    d.data_format = format.into();
    d.unit = None;
    edit(&mut d);
    d
}

#[tokio::test]
async fn values_are_checked_against_the_datapoint_format() {
    let app = TestApp::start().await;
    let power = create_datapoint(
        &app,
        with("power", "continuous_numeric", |d| {
            d.min_value = Some(Nullable::Present(0.0));
            d.max_value = Some(Nullable::Present(100.0));
        }),
    )
    .await;
    let on = create_datapoint(&app, with("on", "boolean", |_| {})).await;
    let state = create_datapoint(
        &app,
        with("state", "discrete_text", |d| {
            d.allowed_values = Some(Nullable::Present(vec!["ok".into(), "fault".into()]));
        }),
    )
    .await;
    let level = create_datapoint(
        &app,
        with("level", "discrete_numeric", |d| {
            d.allowed_values = Some(Nullable::Present(vec!["1".into(), "2.5".into()]));
        }),
    )
    .await;
    let note = create_datapoint(&app, with("note", "generic_text", |_| {})).await;

    let accepted: &[(i64, Value)] = &[
        (0, json!(0)),
        (1, json!(99.5)),
        (2, json!(100)),
        (3, Value::Null),
    ];
    write(&app, power, accepted).await;
    write(&app, on, &[(0, json!(true)), (1, json!(false))]).await;
    write(&app, state, &[(0, json!("ok"))]).await;
    write(&app, level, &[(0, json!(2.5)), (1, json!(1))]).await;
    write(
        &app,
        note,
        &[(0, json!("Robert'); DROP TABLE datapoints;--"))],
    )
    .await;
    assert_eq!(
        stored(&app, on).await,
        vec![(0, json!(true)), (1, json!(false))]
    );
    assert_eq!(
        stored(&app, note).await,
        vec![(0, json!("Robert'); DROP TABLE datapoints;--"))]
    );
    assert_eq!(
        stored(&app, level).await,
        vec![(0, json!(2.5)), (1, json!(1.0))]
    );

    let rejected: &[(i64, Value, &str)] = &[
        (power, json!(-0.1), "min_value"),
        (power, json!(100.01), "max_value"),
        (power, json!("5"), "string"),
        (power, json!(true), "boolean"),
        (power, json!([1]), "list"),
        (on, json!(1), "number"),
        (on, json!("true"), "string"),
        (state, json!("meh"), "allowed_values"),
        (state, json!(1), "number"),
        (level, json!(2), "allowed_values"),
        (note, json!({"a": 1}), "object"),
    ];
    for (id, value, says) in rejected {
        let body =
            json!([{"timestamp": at(50), "value": 1}, {"timestamp": at(60), "value": value}]);
        let before = stored(&app, *id).await;
        let answer = app
            .raw(
                Method::POST,
                &format!("/datapoints/{id}/values"),
                body.to_string(),
            )
            .await;
        let problem = answer.problem(422);
        assert!(
            error_fields(&problem).contains(&"[1].value".to_string()),
            "{problem}"
        );
        let message = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["field"] == "[1].value")
            .unwrap()["message"]
            .to_string();
        assert!(message.contains(says), "{value} → {message}");
        assert_eq!(
            stored(&app, *id).await,
            before,
            "nothing of a rejected batch is stored"
        );
    }
}

#[tokio::test]
async fn timestamps_must_be_rfc3339_between_1970_and_9999() {
    let app = TestApp::start().await;
    let id = numeric(&app, "p").await;
    for bad in [
        "2026-01-01",
        "2026-01-01 00:00:00",
        "1969-12-31T23:59:59Z",
        "10000-01-01T00:00:00Z",
        "2026-01-01T00:00:00.0000001Z",
        "",
        "yesterday",
    ] {
        let body = json!([{"timestamp": bad, "value": 1}]);
        let problem = app
            .raw(
                Method::POST,
                &format!("/datapoints/{id}/values"),
                body.to_string(),
            )
            .await
            .problem(422);
        assert_eq!(error_fields(&problem), ["[0].timestamp"], "{bad}");
    }
    let good = json!([
        {"timestamp": "1970-01-01T00:00:00Z", "value": 1},
        {"timestamp": "9999-12-31T23:59:59.999999Z", "value": 2},
        {"timestamp": "2026-01-01T01:00:00.123456+01:00", "value": 3}
    ]);
    let answer = app
        .raw(
            Method::POST,
            &format!("/datapoints/{id}/values"),
            good.to_string(),
        )
        .await;
    assert_eq!(answer.status.as_u16(), 200, "{:?}", answer.body);
    let page = app
        .raw(Method::GET, &format!("/datapoints/{id}/values"), "")
        .await
        .json();
    let stamps: Vec<_> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["timestamp"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        stamps,
        [
            "1970-01-01T00:00:00Z",
            "2026-01-01T00:00:00.123456Z",
            "9999-12-31T23:59:59.999999Z"
        ]
    );
    for literal in ["NaN", "Infinity", "-Infinity", "1e400"] {
        let body = format!("[{{\"timestamp\": \"{}\", \"value\": {literal}}}]", at(0));
        app.raw(Method::POST, &format!("/datapoints/{id}/values"), body)
            .await
            .problem(400);
    }
}

#[tokio::test]
async fn writing_a_timestamp_again_replaces_its_value() {
    let app = TestApp::start().await;
    let id = numeric(&app, "p").await;
    write(&app, id, &[(0, json!(1)), (60, json!(2))]).await;
    write(&app, id, &[(0, json!(1)), (60, json!(2))]).await;
    assert_eq!(
        stored(&app, id).await,
        vec![(0, json!(1.0)), (60, json!(2.0))],
        "a retry changes nothing"
    );
    write(
        &app,
        id,
        &[(60, json!(5)), (120, json!(6)), (120, json!(7))],
    )
    .await;
    assert_eq!(
        stored(&app, id).await,
        vec![(0, json!(1.0)), (60, json!(5.0)), (120, json!(7.0))],
        "the newer value wins, also within one batch"
    );
}

#[tokio::test]
async fn a_batch_across_datapoints_is_all_or_nothing() {
    let app = TestApp::start().await;
    let a = numeric(&app, "site/a").await;
    let b = create_datapoint(&app, with("site/b", "boolean", |_| {})).await;
    let ok = json!([
        {"datapoint_id": a, "timestamp": at(0), "value": 1.5},
        {"datapoint_key": "site/b", "timestamp": at(0), "value": true},
        {"datapoint_key": "site/a", "timestamp": at(60), "value": 2.5}
    ]);
    let answer = app.raw(Method::POST, "/values", ok.to_string()).await;
    assert_eq!(answer.status.as_u16(), 200);
    assert_eq!(answer.json()["written"], 3);
    let bad = json!([
        {"datapoint_id": a, "timestamp": at(120), "value": 3},
        {"datapoint_key": "nope", "timestamp": at(0), "value": 1},
        {"datapoint_id": 999, "timestamp": at(0), "value": 1},
        {"timestamp": at(0), "value": 1},
        {"datapoint_id": a, "datapoint_key": "site/a", "timestamp": at(0), "value": 1},
        {"datapoint_id": b, "timestamp": at(180), "value": 3}
    ]);
    let problem = app
        .raw(Method::POST, "/values", bad.to_string())
        .await
        .problem(422);
    assert_eq!(
        error_fields(&problem),
        [
            "[1].datapoint_key",
            "[2].datapoint_id",
            "[3].datapoint_id",
            "[4].datapoint_id",
            "[5].value"
        ]
    );
    assert_eq!(
        stored(&app, a).await,
        vec![(0, json!(1.5)), (60, json!(2.5))]
    );
    assert_eq!(stored(&app, b).await, vec![(0, json!(true))]);
}

#[tokio::test]
async fn a_batch_over_the_limit_is_a_413() {
    let app = TestApp::start_with(&[("JOULE_MAX_BATCH_POINTS", "100")]).await;
    let id = numeric(&app, "p").await;
    let many: Vec<(i64, Value)> = (0..101).map(|i| (i, json!(i))).collect();
    match app
        .client
        .datapoint_values_write(id, &points(&many))
        .await
        .unwrap()
    {
        DatapointValuesWriteResponse::PayloadTooLarge(p) => assert_eq!(p.status, 413),
        other => panic!("{other:?}"),
    }
    let body: Vec<_> = many
        .iter()
        .map(|(s, v)| json!({"datapoint_id": id, "timestamp": at(*s), "value": v}))
        .collect();
    app.raw(Method::POST, "/values", serde_json::to_vec(&body).unwrap())
        .await
        .problem(413);
    assert!(stored(&app, id).await.is_empty());
    write(&app, id, &many[..100]).await;
    assert_eq!(stored(&app, id).await.len(), 100);
}

#[tokio::test]
async fn ranges_include_from_and_exclude_to_and_pages_have_no_gaps() {
    let app = TestApp::start().await;
    let id = numeric(&app, "p").await;
    let all: Vec<(i64, Value)> = (0..50).map(|i| (i * 60, json!(i))).collect();
    write(&app, id, &all).await;

    let range = app
        .client
        .datapoint_values_list(
            id,
            Some(parse(&at(600))),
            Some(parse(&at(1200))),
            None,
            None,
            None,
        )
        .await
        .unwrap();
    match range {
        DatapointValuesListResponse::Ok(page) => {
            let seconds: Vec<_> = page
                .items
                .iter()
                .map(|v| v.timestamp.timestamp() - T0)
                .collect();
            assert_eq!(seconds, (10..20).map(|i| i * 60).collect::<Vec<_>>());
        }
        other => panic!("{other:?}"),
    }

    // Page through in both orders while new values keep arriving after the range.
    for order in [SortOrder::Asc, SortOrder::Desc] {
        let mut seen = Vec::new();
        let mut cursor = None;
        let mut extra = 1000;
        loop {
            let answer = app
                .client
                .datapoint_values_list(
                    id,
                    None,
                    Some(parse(&at(3000))),
                    Some(7),
                    Some(order),
                    cursor.clone(),
                )
                .await
                .unwrap();
            let DatapointValuesListResponse::Ok(page) = answer else {
                panic!("{answer:?}")
            };
            seen.extend(page.items.iter().map(|v| v.timestamp.timestamp() - T0));
            write(&app, id, &[(3000 + extra, json!(0))]).await;
            extra += 60;
            match page.next_cursor {
                Nullable::Present(c) => cursor = Some(c),
                Nullable::Null => break,
            }
        }
        let mut expected: Vec<i64> = (0..50).map(|i| i * 60).collect();
        if order == SortOrder::Desc {
            expected.reverse();
        }
        assert_eq!(seen, expected, "{order:?}");
    }
    app.raw(
        Method::GET,
        &format!("/datapoints/{id}/values?limit=100001"),
        "",
    )
    .await
    .problem(400);
    app.raw(
        Method::GET,
        &format!("/datapoints/{id}/values?cursor=nonsense"),
        "",
    )
    .await
    .problem(400);
    app.raw(
        Method::GET,
        &format!("/datapoints/{id}/values?from=yesterday"),
        "",
    )
    .await
    .problem(400);
    app.raw(Method::GET, "/datapoints/999/values", "")
        .await
        .problem(404);
}

fn parse(text: &str) -> chrono::DateTime<chrono::Utc> {
    text.parse().unwrap()
}

#[tokio::test]
async fn latest_values_one_and_many() {
    let app = TestApp::start().await;
    let a = numeric(&app, "a").await;
    let b = create_datapoint(&app, with("b", "generic_text", |_| {})).await;
    let empty = numeric(&app, "empty").await;
    match app.client.datapoint_value_latest(a).await.unwrap() {
        DatapointValueLatestResponse::NotFound(p) => {
            assert!(p.detail.unwrap().contains("no values"))
        }
        other => panic!("{other:?}"),
    }
    write(&app, a, &[(60, json!(2)), (0, json!(1))]).await;
    write(&app, b, &[(30, json!("x"))]).await;
    match app.client.datapoint_value_latest(a).await.unwrap() {
        DatapointValueLatestResponse::Ok(v) => {
            assert_eq!(v.timestamp.timestamp() - T0, 60);
            assert_eq!(v.value, Nullable::Present(json!(2.0)));
        }
        other => panic!("{other:?}"),
    }
    match app
        .client
        .values_latest(&vec![a, b, empty, 999])
        .await
        .unwrap()
    {
        ValuesLatestResponse::Ok(list) => {
            let got: Vec<_> = list
                .items
                .iter()
                .map(|l| (l.datapoint_id, l.value.clone()))
                .collect();
            assert_eq!(
                got,
                vec![
                    (a, Nullable::Present(json!(2.0))),
                    (b, Nullable::Present(json!("x")))
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    let answer = app
        .raw(
            Method::GET,
            &format!("/values/latest?datapoint_ids={a},{b}"),
            "",
        )
        .await;
    assert_eq!(answer.json()["items"].as_array().unwrap().len(), 2);
    app.raw(
        Method::GET,
        &format!("/values/latest?datapoint_ids={a},x"),
        "",
    )
    .await
    .problem(400);
    app.raw(Method::GET, "/values/latest", "")
        .await
        .problem(400);
}

#[tokio::test]
async fn deleting_a_range_answers_the_count() {
    let app = TestApp::start().await;
    let id = numeric(&app, "p").await;
    write(
        &app,
        id,
        &(0..10).map(|i| (i * 60, json!(i))).collect::<Vec<_>>(),
    )
    .await;
    match app
        .client
        .datapoint_values_delete(id, Some(parse(&at(120))), Some(parse(&at(300))))
        .await
        .unwrap()
    {
        DatapointValuesDeleteResponse::Ok(r) => assert_eq!(r.deleted, 3),
        other => panic!("{other:?}"),
    }
    let left: Vec<_> = stored(&app, id)
        .await
        .into_iter()
        .map(|(s, _)| s / 60)
        .collect();
    assert_eq!(left, [0, 1, 5, 6, 7, 8, 9]);
    match app
        .client
        .datapoint_values_delete(id, None, None)
        .await
        .unwrap()
    {
        DatapointValuesDeleteResponse::Ok(r) => assert_eq!(r.deleted, 7),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        app.client
            .datapoint_values_delete(999, None, None)
            .await
            .unwrap(),
        DatapointValuesDeleteResponse::NotFound(_)
    ));
}

#[tokio::test]
async fn an_acknowledged_batch_survives_a_killed_server() {
    let mut app = TestApp::start().await;
    let id = numeric(&app, "p").await;
    let batch: Vec<(i64, Value)> = (0..5000).map(|i| (i, json!(i as f64 / 4.0))).collect();
    write(&app, id, &batch).await;
    app.restart().await;
    let after = stored(&app, id).await;
    assert_eq!(after.len(), 5000);
    assert_eq!(after[4999], (4999, json!(4999.0 / 4.0)));
}

#[tokio::test]
async fn large_batches_replace_values_like_small_ones() {
    let app = TestApp::start().await;
    let id = numeric(&app, "p").await;
    let first: Vec<(i64, Value)> = (0..3000).map(|i| (i, json!(1))).collect();
    write(&app, id, &first).await;
    // Overlaps the last 1,000 and adds 1,000 new; repeated keys in one batch: last wins.
    let mut second: Vec<(i64, Value)> = (2000..4000).map(|i| (i, json!(2))).collect();
    second.push((3999, json!(3)));
    write(&app, id, &second).await;
    let all = stored(&app, id).await;
    assert_eq!(all.len(), 4000);
    assert_eq!(all[1999], (1999, json!(1.0)));
    assert_eq!(all[2000], (2000, json!(2.0)));
    assert_eq!(all[3999], (3999, json!(3.0)));
}
