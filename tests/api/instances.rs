//! Several `joule` processes on one PostgreSQL database agree: what is written or
//! deleted through one is what another's latest read answers within a second.
//! SQLite serves one instance; these tests need `JOULE_TEST_POSTGRES_URL`.

use crate::support::{at, post, raw, spawn_server, TestApp, T0};
use hyper::{Method, StatusCode};
use serde_json::{json, Value};
use std::process::Child;
use std::time::{Duration, Instant};

/// A second server on the first one's database.
struct Peer {
    base: String,
    child: Child,
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Peer {
    fn start(app: &TestApp) -> Peer {
        let (child, base) = spawn_server(app.database_url(), &[]);
        Peer { base, child }
    }

    /// The latest (seconds after T0, value), or the status when there is none.
    async fn latest(&self, id: i64) -> Result<(i64, Value), StatusCode> {
        let url = format!("{}/api/v1/datapoints/{id}/values/latest", self.base);
        let answer = raw(Method::GET, &url, Default::default(), &[]).await;
        if answer.status != StatusCode::OK {
            return Err(answer.status);
        }
        let body = answer.json();
        let ts: chrono::DateTime<chrono::Utc> =
            body["timestamp"].as_str().unwrap().parse().unwrap();
        Ok((ts.timestamp() - T0, body["value"].clone()))
    }

    /// Waits up to 1 s for the latest read to answer `expected`.
    async fn sees(&self, id: i64, expected: Result<(i64, Value), StatusCode>, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(1);
        loop {
            let got = self.latest(id).await;
            if got == expected {
                return;
            }
            assert!(Instant::now() < deadline, "{what}: still {got:?} after 1 s");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn on_postgres() -> bool {
    let set = std::env::var("JOULE_TEST_POSTGRES_URL").is_ok_and(|u| !u.is_empty());
    if !set {
        eprintln!("JOULE_TEST_POSTGRES_URL not set: skipped (several instances need PostgreSQL)");
    }
    set
}

#[tokio::test]
async fn a_second_instance_follows_writes_deletes_and_changes_within_a_second() {
    if !on_postgres() {
        return;
    }
    let a = TestApp::start().await;
    let b = Peer::start(&a);
    let site = post(&a, "/sites", json!({"name": "plant"})).await["id"]
        .as_i64()
        .unwrap();
    let device = post(&a, "/devices", json!({"site_id": site, "name": "meter"})).await["id"]
        .as_i64()
        .unwrap();
    let id = post(
        &a,
        "/datapoints",
        json!({"key": "plant.power", "device_id": device, "type": "sensor",
               "data_format": "continuous_numeric"}),
    )
    .await["id"]
        .as_i64()
        .unwrap();
    // B has read it (its cache holds "no values yet") before A writes.
    assert_eq!(b.latest(id).await, Err(StatusCode::NOT_FOUND));
    let values = |pairs: &[(i64, Value)]| {
        json!(pairs
            .iter()
            .map(|(s, v)| json!({"timestamp": at(*s), "value": v}))
            .collect::<Vec<_>>())
    };
    post(
        &a,
        &format!("/datapoints/{id}/values"),
        values(&[(60, json!(7.5))]),
    )
    .await;
    b.sees(id, Ok((60, json!(7.5))), "a value written through A")
        .await;

    // A batch too large to travel in a notification is read back by B.
    let big: Vec<(i64, Value)> = (100..3_100).map(|s| (s, json!(s as f64))).collect();
    post(&a, &format!("/datapoints/{id}/values"), values(&big)).await;
    b.sees(
        id,
        Ok((3_099, json!(3_099.0))),
        "a large batch written through A",
    )
    .await;

    // A delete on A sends B back to the store.
    let from = at(1_000).replace(':', "%3A");
    let deleted = a
        .raw(
            Method::DELETE,
            &format!("/datapoints/{id}/values?from={from}"),
            "",
        )
        .await;
    assert!(deleted.status.is_success(), "{deleted:?}");
    b.sees(id, Ok((999, json!(999.0))), "a delete on A").await;

    // A format change on A renders anew on B.
    a.ok(
        Method::PATCH,
        &format!("/datapoints/{id}"),
        json!({"data_format": "boolean", "min_value": null, "max_value": null}),
    )
    .await;
    b.sees(id, Ok((999, json!(true))), "a format change on A")
        .await;

    // Writes through B reach A too.
    let url = format!("{}/api/v1/datapoints/{id}/values", b.base);
    let written = raw(
        Method::POST,
        &url,
        values(&[(5_000, json!(false))]).to_string().into(),
        &[("content-type", "application/json")],
    )
    .await;
    assert!(written.status.is_success(), "{written:?}");
    let deadline = Instant::now() + Duration::from_secs(1);
    loop {
        let got = a
            .raw(Method::GET, &format!("/datapoints/{id}/values/latest"), "")
            .await
            .json();
        if got["value"] == json!(false) {
            break;
        }
        assert!(Instant::now() < deadline, "A still answers {got} after 1 s");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // A cascade on A: the datapoint is gone on B as well.
    let gone = a
        .raw(Method::DELETE, &format!("/sites/{site}?cascade=true"), "")
        .await;
    assert!(gone.status.is_success(), "{gone:?}");
    b.sees(id, Err(StatusCode::NOT_FOUND), "a cascade on A")
        .await;
}
