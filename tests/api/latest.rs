//! Latest values served from memory: what a client reads after writes in any
//! order, deletes, cascades and a datapoint's format change.

use crate::support::{at, estate, TestApp};
use hyper::Method;
use serde_json::{json, Value};

async fn write(app: &TestApp, id: i64, values: &[(i64, Value)]) {
    let body: Vec<Value> = values
        .iter()
        .map(|(s, v)| json!({"timestamp": at(*s), "value": v}))
        .collect();
    app.ok(
        Method::POST,
        &format!("/datapoints/{id}/values"),
        json!(body),
    )
    .await;
}

/// The latest (seconds after T0, value) of a datapoint, or the status when none.
async fn latest(app: &TestApp, id: i64) -> Result<(i64, Value), u16> {
    let answer = app
        .raw(Method::GET, &format!("/datapoints/{id}/values/latest"), "")
        .await;
    if !answer.status.is_success() {
        answer.problem(answer.status.as_u16());
        return Err(answer.status.as_u16());
    }
    let body = answer.json();
    let ts: chrono::DateTime<chrono::Utc> = body["timestamp"].as_str().unwrap().parse().unwrap();
    Ok((ts.timestamp() - crate::support::T0, body["value"].clone()))
}

#[tokio::test]
async fn the_latest_follows_writes_deletes_and_format_changes() {
    let app = TestApp::start().await;
    let (site, _device, id) = estate(&app, "hall").await;
    // `estate` wrote 1.5 at T0; read once, so the cache holds it.
    assert_eq!(latest(&app, id).await, Ok((0, json!(1.5))));
    write(&app, id, &[(120, json!(3.0))]).await;
    assert_eq!(latest(&app, id).await, Ok((120, json!(3.0))));
    // A late point with an older timestamp does not replace the latest.
    write(&app, id, &[(60, json!(2.0))]).await;
    assert_eq!(latest(&app, id).await, Ok((120, json!(3.0))));
    let many = app
        .ok(
            Method::GET,
            &format!("/values/latest?datapoint_ids={id}"),
            Value::Null,
        )
        .await;
    assert_eq!(many["items"][0]["value"], json!(3.0));

    // Deleting the latest point falls back to the store.
    let from = at(100).replace(':', "%3A");
    let deleted = app
        .raw(
            Method::DELETE,
            &format!("/datapoints/{id}/values?from={from}"),
            "",
        )
        .await;
    assert!(deleted.status.is_success(), "{deleted:?}");
    assert_eq!(latest(&app, id).await, Ok((60, json!(2.0))));

    // A format change renders the held value anew.
    app.ok(
        Method::PATCH,
        &format!("/datapoints/{id}"),
        json!({"data_format": "generic_text"}),
    )
    .await;
    write(&app, id, &[(90, json!("on"))]).await;
    assert_eq!(latest(&app, id).await, Ok((90, json!("on"))));
    app.ok(
        Method::PATCH,
        &format!("/datapoints/{id}"),
        json!({"data_format": "generic_numeric"}),
    )
    .await;
    // A text value stored under a numeric format reads as its text.
    assert_eq!(latest(&app, id).await, Ok((90, json!("on"))));

    // A cascade takes the datapoint with it: 404, and gone from the many-read.
    let gone = app
        .raw(Method::DELETE, &format!("/sites/{site}?cascade=true"), "")
        .await;
    assert!(gone.status.is_success(), "{gone:?}");
    assert_eq!(latest(&app, id).await, Err(404));
    let many = app
        .ok(
            Method::GET,
            &format!("/values/latest?datapoint_ids={id}"),
            Value::Null,
        )
        .await;
    assert_eq!(many["items"], json!([]));
}

#[tokio::test]
async fn concurrent_writers_and_readers_end_on_the_newest_value() {
    let app = std::sync::Arc::new(TestApp::start().await);
    let (_, _, id) = estate(&app, "yard").await;
    let mut tasks = tokio::task::JoinSet::new();
    // Writers in shuffled time order, readers filling the cache meanwhile.
    for w in 0..4i64 {
        let app = app.clone();
        tasks.spawn(async move {
            for i in 0..25i64 {
                let s = 1 + ((i * 4 + w) * 37) % 100;
                write(&app, id, &[(s, json!(s as f64))]).await;
                assert!(latest(&app, id).await.is_ok());
            }
        });
    }
    for _ in 0..2 {
        let app = app.clone();
        tasks.spawn(async move {
            for _ in 0..50 {
                assert!(latest(&app, id).await.is_ok());
            }
        });
    }
    tasks.join_all().await;
    // Every second 1..=100 was written once; the newest is 100.
    assert_eq!(latest(&app, id).await, Ok((100, json!(100.0))));
}
