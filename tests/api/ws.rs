//! The WebSocket at /ws: authentication by header and by message, the access
//! rules of the REST reads, snapshot then deltas in commit order, unsubscribe,
//! bounds, lag, and connections ended by revocation, sign-out and expiry. Every
//! message the server sends is validated against asyncapi.yaml.

use crate::live::{error_status, registry, validate, write, Ws};
use crate::support::{Creds, TestApp};
use hyper::Method;
use serde_json::{json, Value};
use std::time::Duration;

fn values_of(message: &Value) -> Vec<(i64, String, f64)> {
    message["values"]
        .as_array()
        .unwrap_or_else(|| panic!("no values: {message}"))
        .iter()
        .map(|v| {
            (
                v["datapoint_id"].as_i64().unwrap(),
                v["timestamp"].as_str().unwrap().to_string(),
                v["value"].as_f64().unwrap(),
            )
        })
        .collect()
}

/// The next `n` values of subscription `sub`, in the order they arrive: batches
/// committed while the socket rests may share a message.
async fn next_values(ws: &mut Ws, sub: i64, n: usize) -> Vec<(i64, String, f64)> {
    let mut got = Vec::new();
    while got.len() < n {
        let message = ws.next().await;
        assert_eq!(message["sub"], sub, "{message}");
        got.extend(values_of(&message));
    }
    got
}

#[tokio::test]
async fn a_subscription_gets_its_snapshot_then_every_committed_value_in_order() {
    let app = TestApp::start().await;
    let reg = registry(&app).await;
    let [a, b] = reg.datapoints;
    write(&app, a, &[(0, 1.0), (1, 2.0)]).await;

    let mut ws = Ws::connect(&app, &app.admin).await;
    let reply = ws
        .command(json!({"id": 1, "subscribe": {"datapoint_ids": [a, b]}}))
        .await;
    assert_eq!(reply["id"], 1);
    assert_eq!(reply["ok"], true);
    // Only `a` has a value: its latest.
    assert_eq!(
        reply["snapshot"],
        json!([{"datapoint_id": a, "timestamp": "2026-01-01T00:01:00Z", "value": 2.0}])
    );

    write(&app, a, &[(3, 3.0), (2, 2.5)]).await;
    write(&app, b, &[(2, 20.0)]).await;
    // A batch through POST /values naming both datapoints.
    app.ok(
        Method::POST,
        "/values",
        json!([{"datapoint_id": b, "timestamp": "2026-01-01T00:05:00Z", "value": 21.0},
               {"datapoint_key": reg.keys[0], "timestamp": "2026-01-01T00:04:00Z", "value": 4.0}]),
    )
    .await;
    // In commit order; within a batch by datapoint, then time.
    assert_eq!(
        next_values(&mut ws, 1, 5).await,
        [
            (a, "2026-01-01T00:02:00Z".into(), 2.5),
            (a, "2026-01-01T00:03:00Z".into(), 3.0),
            (b, "2026-01-01T00:02:00Z".into(), 20.0),
            (a, "2026-01-01T00:04:00Z".into(), 4.0),
            (b, "2026-01-01T00:05:00Z".into(), 21.0)
        ]
    );

    // A second subscription by key follows only its datapoint.
    let reply = ws
        .command(json!({"id": 2, "subscribe": {"datapoint_keys": [reg.keys[1]]}}))
        .await;
    assert_eq!(reply["snapshot"][0]["datapoint_id"], b);
    write(&app, b, &[(6, 6.0)]).await;
    let mut subs = vec![
        ws.next().await["sub"].as_i64(),
        ws.next().await["sub"].as_i64(),
    ];
    subs.sort();
    assert_eq!(subs, [Some(1), Some(2)]);

    // Unsubscribed, nothing more comes for it.
    let reply = ws.command(json!({"id": 3, "unsubscribe": 1})).await;
    assert_eq!(
        (reply["id"].clone(), reply["ok"].clone()),
        (json!(3), json!(true))
    );
    write(&app, a, &[(7, 7.0)]).await;
    assert_eq!(ws.next_within(Duration::from_millis(700)).await, None);
    let reply = ws.command(json!({"id": 4, "unsubscribe": 1})).await;
    assert_eq!(error_status(&reply), 404);
    assert_eq!(reply["id"], 4);

    // Ordered across many batches.
    for m in 10..40 {
        write(&app, b, &[(m, f64::from(m))]).await;
    }
    let expected: Vec<_> = (10..40)
        .map(|m| (b, crate::live::minute(m), f64::from(m)))
        .collect();
    assert_eq!(next_values(&mut ws, 2, 30).await, expected);
}

#[tokio::test]
async fn a_site_subscription_follows_the_sites_datapoints() {
    let app = TestApp::start().await;
    let reg = registry(&app).await;
    let mut ws = Ws::connect(&app, &app.admin).await;
    let reply = ws
        .command(json!({"id": 5, "subscribe": {"site_id": reg.sites[1]}}))
        .await;
    assert_eq!(reply["snapshot"], json!([]));
    write(&app, reg.datapoints[0], &[(1, 1.0)]).await;
    write(&app, reg.datapoints[1], &[(1, 2.0)]).await;
    let got = ws.next().await;
    assert_eq!(got["sub"], 5);
    assert_eq!(
        values_of(&got),
        [(reg.datapoints[1], crate::live::minute(1), 2.0)]
    );
}

#[tokio::test]
async fn credentials_come_by_header_or_by_message_and_bad_ones_are_refused() {
    let app = TestApp::start().await;
    let reg = registry(&app).await;
    // Bad credentials in the upgrade request: a 401 before any upgrade.
    assert_eq!(
        crate::live::refused(&app, &Creds::Key("jk_nothing".into())).await,
        401
    );
    // A plain GET is not an upgrade.
    let plain = app.raw(Method::GET, "/ws", "").await;
    plain.problem(426);
    let post = app.raw(Method::POST, "/ws", "").await;
    assert_eq!(post.status.as_u16(), 405);

    let mut ws = Ws::connect(&app, &Creds::None).await;
    let early = ws
        .command(json!({"id": 1, "subscribe": {"datapoint_ids": [reg.datapoints[0]]}}))
        .await;
    assert_eq!(error_status(&early), 401);
    let bad = ws.command(json!({"auth": {"token": "nonsense"}})).await;
    assert_eq!(error_status(&bad), 401);
    ws.send(json!({"auth": {"password": "x"}})).await;
    let bad = ws.next().await;
    assert_eq!(error_status(&bad), 400);
    let (_, reader) = app.key("reader", None).await;
    let Creds::Key(secret) = reader else {
        unreachable!()
    };
    let ok = ws
        .command(json!({"id": 9, "auth": {"api_key": secret}}))
        .await;
    assert_eq!(
        (ok["id"].clone(), ok["ok"].clone()),
        (json!(9), json!(true))
    );
    let reply = ws
        .command(json!({"id": 1, "subscribe": {"datapoint_ids": [reg.datapoints[0]]}}))
        .await;
    assert_eq!(reply["ok"], true);

    // Commands that cannot be read are named.
    for (bad, field) in [
        (json!({"id": "x", "subscribe": {}}), "id"),
        (
            json!({"id": 2, "subscribe": {"datapoint_ids": ["1"]}}),
            "subscribe.datapoint_ids",
        ),
        (
            json!({"id": 2, "subscribe": {"colour": 1}}),
            "subscribe.colour",
        ),
        (
            json!({"id": 2, "subscribe": {"site_id": 1, "datapoint_ids": [1]}}),
            "subscribe",
        ),
        (json!({"id": 2}), ""),
    ] {
        // Not valid as a LiveCommand, so sent unchecked.
        ws.send(bad.clone()).await;
        let reply = ws.next().await;
        assert_eq!(error_status(&reply), 400, "{bad}");
        if !field.is_empty() {
            assert_eq!(reply["error"]["errors"][0]["field"], field, "{bad}");
        }
    }
    ws.send(json!("not an object")).await;
    assert_eq!(error_status(&ws.next().await), 400);
    let reply = ws
        .command(json!({"id": 1, "subscribe": {"datapoint_ids": [reg.datapoints[1]]}}))
        .await;
    assert_eq!(error_status(&reply), 409);

    // Silence after the upgrade: told, then closed.
    let app2 = TestApp::start_with(&[("JOULE_STREAM__AUTH_TIMEOUT_SECS", "1")]).await;
    let mut ws = Ws::connect(&app2, &Creds::None).await;
    let (closed, seen) = ws.closed_within(Duration::from_secs(5)).await;
    assert!(closed);
    assert_eq!(error_status(&seen[0]), 401, "{seen:?}");
}

#[tokio::test]
async fn a_site_limited_key_subscribes_within_its_sites_and_bounds_hold() {
    let app = TestApp::start_with(&[
        ("JOULE_STREAM__MAX_IDS", "2"),
        ("JOULE_STREAM__MAX_SUBSCRIPTIONS", "2"),
    ])
    .await;
    let reg = registry(&app).await;
    let [a, b] = reg.datapoints;
    let (_, key) = app.key("reader", Some(&[reg.sites[0]])).await;
    let mut ws = Ws::connect(&app, &key).await;
    for sub in [
        json!({"datapoint_ids": [a, b]}),
        json!({"datapoint_keys": [reg.keys[1]]}),
        json!({"site_id": reg.sites[1]}),
    ] {
        let reply = ws.command(json!({"id": 1, "subscribe": sub})).await;
        assert_eq!(error_status(&reply), 403, "{sub}");
        assert!(reply["error"]["detail"]
            .as_str()
            .unwrap()
            .contains("outside"));
    }
    let reply = ws
        .command(json!({"id": 1, "subscribe": {"datapoint_ids": [a, 99999, 99998]}}))
        .await;
    assert_eq!(error_status(&reply), 400);
    let reply = ws
        .command(json!({"id": 1, "subscribe": {"datapoint_ids": [a, 99999]}}))
        .await;
    assert_eq!(error_status(&reply), 404);
    assert!(reply["error"]["detail"].as_str().unwrap().contains("99999"));
    let reply = ws
        .command(json!({"id": 1, "subscribe": {"site_id": reg.sites[0]}}))
        .await;
    assert_eq!(reply["ok"], true);
    let reply = ws
        .command(json!({"id": 2, "subscribe": {"datapoint_ids": [a]}}))
        .await;
    assert_eq!(reply["ok"], true);
    let reply = ws
        .command(json!({"id": 3, "subscribe": {"datapoint_ids": [a]}}))
        .await;
    assert_eq!(error_status(&reply), 400);
    // Values of the other site never reach this key.
    write(&app, b, &[(1, 1.0)]).await;
    write(&app, a, &[(1, 2.0)]).await;
    let got = ws.next().await;
    assert_eq!(values_of(&got), [(a, crate::live::minute(1), 2.0)]);
}

#[tokio::test]
async fn a_revoked_key_and_a_signed_out_session_are_disconnected() {
    let app = TestApp::start().await;
    let reg = registry(&app).await;
    let (id, key) = app.key("reader", None).await;
    let viewer = app.user("watcher", "viewer").await;
    let mut by_key = Ws::connect(&app, &key).await;
    let mut by_token = Ws::connect(&app, &viewer).await;
    for ws in [&mut by_key, &mut by_token] {
        let reply = ws
            .command(json!({"id": 1, "subscribe": {"datapoint_ids": [reg.datapoints[0]]}}))
            .await;
        assert_eq!(reply["ok"], true);
    }
    let deleted = app
        .raw(Method::DELETE, &format!("/api-keys/{id}"), "")
        .await;
    assert!(deleted.status.is_success(), "{deleted:?}");
    let (closed, seen) = by_key.closed_within(Duration::from_secs(6)).await;
    assert!(closed, "the revoked key's socket is closed");
    assert_eq!(error_status(&seen[0]), 401, "{seen:?}");

    let out = app
        .raw_with(&viewer, Method::POST, "/auth/logout", "")
        .await;
    assert!(out.status.is_success(), "{out:?}");
    let (closed, seen) = by_token.closed_within(Duration::from_secs(6)).await;
    assert!(closed, "the signed-out session's socket is closed");
    assert_eq!(error_status(&seen[0]), 401, "{seen:?}");
}

#[tokio::test]
async fn an_expired_token_pauses_delivery_until_renewed() {
    let app = TestApp::start_with(&[("JOULE_AUTH__ACCESS_TOKEN_TTL_SECS", "5")]).await;
    let reg = registry(&app).await;
    let dp = reg.datapoints[0];
    let pair = app.login("admin", crate::support::ADMIN_PASSWORD).await;
    let token = pair["access_token"].as_str().unwrap().to_string();
    let mut ws = Ws::connect(&app, &Creds::None).await;
    assert_eq!(
        ws.command(json!({"auth": {"token": token}})).await["ok"],
        true
    );
    let reply = ws
        .command(json!({"id": 1, "subscribe": {"datapoint_ids": [dp]}}))
        .await;
    assert_eq!(reply["ok"], true);
    // Within the token's life plus a check interval, the server says it expired.
    let expired = ws.next().await;
    assert_eq!(error_status(&expired), 401);
    assert_eq!(expired["id"], Value::Null);
    assert!(expired["error"]["detail"]
        .as_str()
        .unwrap()
        .contains("expired"));
    // The admin's own token in the harness has expired too: sign in again to write.
    let fresh = app.login("admin", crate::support::ADMIN_PASSWORD).await;
    let fresh = fresh["access_token"].as_str().unwrap().to_string();
    let writer = Creds::Bearer(fresh.clone());
    let path = format!("/datapoints/{dp}/values");
    let post = |m: u32| {
        let body = json!([{"timestamp": crate::live::minute(m), "value": f64::from(m)}]);
        app.raw_with(&writer, Method::POST, &path, body.to_string())
    };
    assert!(post(1).await.status.is_success());
    assert_eq!(ws.next_within(Duration::from_millis(700)).await, None);
    let reply = ws
        .command(json!({"id": 7, "subscribe": {"datapoint_ids": [dp]}}))
        .await;
    assert_eq!(error_status(&reply), 401);
    assert_eq!(
        ws.command(json!({"auth": {"token": fresh}})).await["ok"],
        true
    );
    assert!(post(2).await.status.is_success());
    let got = ws.next().await;
    assert_eq!(values_of(&got), [(dp, crate::live::minute(2), 2.0)]);
}

#[tokio::test]
async fn a_reader_that_falls_behind_is_told_and_gets_the_newest_values() {
    let app = TestApp::start_with(&[("JOULE_STREAM__QUEUE_MESSAGES", "4")]).await;
    let reg = registry(&app).await;
    let dp = reg.datapoints[0];
    let mut ws = Ws::connect(&app, &app.admin).await;
    let reply = ws
        .command(json!({"id": 1, "subscribe": {"datapoint_ids": [dp]}}))
        .await;
    assert_eq!(reply["ok"], true);
    // The reader stops reading while large batches are committed: the socket's
    // buffers fill, then the server's queue of 4 messages.
    let batches: u32 = 60;
    let per_batch: u32 = 3_000;
    let post_batch = |b: u32| {
        // Distinct seconds from 2026-01-01; every value of batch b is b.
        let body: Vec<Value> = (0..per_batch)
            .map(|i| {
                let s = b * per_batch + i;
                let ts = chrono::DateTime::from_timestamp(1_767_225_600 + i64::from(s), 0).unwrap();
                json!({"timestamp": ts.to_rfc3339(), "value": f64::from(b)})
            })
            .collect();
        let path = format!("/datapoints/{dp}/values");
        let app = &app;
        async move { app.ok(Method::POST, &path, json!(body)).await }
    };
    for b in 0..batches {
        post_batch(b).await;
    }
    let mut lagged = 0;
    let mut last_batch = None;
    let mut take = |message: Value| {
        crate::live::validate_server_message(&message);
        if let Some(n) = message["lagged"].as_u64() {
            assert!(n >= 1);
            lagged += n;
        } else {
            // Batches committed together may share a message: the last value counts.
            last_batch = message["values"]
                .as_array()
                .and_then(|v| v.last())
                .and_then(|v| v["value"].as_f64());
        }
    };
    // The reader catches up with what was queued; the notice of what was dropped
    // comes before the next values, with the newest batch.
    while let Some(message) = ws.next_within(Duration::from_secs(2)).await {
        take(message);
    }
    post_batch(batches).await;
    while let Some(message) = ws.next_within(Duration::from_secs(3)).await {
        take(message);
    }
    assert!(lagged > 0, "the slow reader was told it lagged");
    assert_eq!(
        last_batch,
        Some(f64::from(batches)),
        "the newest batch arrives after the lag"
    );
}

#[tokio::test]
async fn the_asyncapi_document_is_served_and_its_payloads_refer_to_the_spec() {
    let app = TestApp::start().await;
    let answer = app
        .raw_with(&Creds::None, Method::GET, "/asyncapi.yaml", "")
        .await;
    assert_eq!(answer.status.as_u16(), 200);
    assert_eq!(answer.content_type(), "application/yaml");
    let served: Value = serde_yaml::from_slice(&answer.body).unwrap();
    assert_eq!(served["asyncapi"], "2.6.0");
    assert_eq!(
        served["components"]["messages"]["LiveValues"]["payload"]["$ref"],
        "openapi.yaml#/components/schemas/LiveValues"
    );
    // Every payload reference resolves in the spec.
    for name in [
        "LiveCommand",
        "LiveReply",
        "LiveValues",
        "LiveLagged",
        "LiveError",
    ] {
        crate::live::payload_schema(name);
    }
    validate("LiveLagged", &json!({"lagged": 3}));
    let bad = std::panic::catch_unwind(|| validate("LiveValues", &json!({"sub": 1})));
    assert!(bad.is_err(), "a message without values is refused");
}

#[tokio::test]
async fn idle_sockets_are_pinged_and_stay_open_while_the_client_answers() {
    use futures::StreamExt as _;
    use tokio_tungstenite::tungstenite::Message;
    let app = TestApp::start_with(&[("JOULE_STREAM__PING_INTERVAL_SECS", "1")]).await;
    let mut ws = Ws::connect(&app, &app.admin).await;
    let mut pings = 0;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    // Reading answers each ping with a pong (tungstenite does it for the client).
    while let Ok(Some(frame)) = tokio::time::timeout_at(deadline, ws.socket.next()).await {
        match frame.expect("the socket stays open") {
            Message::Ping(_) => pings += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(pings >= 3, "{pings} pings in 5 s");
    let reply = ws.command(json!({"id": 1, "unsubscribe": 1})).await;
    assert_eq!(error_status(&reply), 404, "the connection still answers");
}

#[tokio::test]
async fn sockets_beyond_the_limit_are_refused_until_one_closes() {
    let app = TestApp::start_with(&[("JOULE_STREAM__MAX_SOCKETS", "1")]).await;
    let mut first = Ws::connect(&app, &app.admin).await;
    assert_eq!(crate::live::refused(&app, &app.admin).await, 503);
    first.socket.close(None).await.unwrap();
    let (closed, _) = first.closed_within(Duration::from_secs(5)).await;
    assert!(closed);
    // The slot is freed once the server has let go of the socket.
    let mut again = None;
    for _ in 0..50 {
        match crate::live::try_connect(&app, &app.admin).await {
            Some(ws) => {
                again = Some(ws);
                break;
            }
            None => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    let mut again = again.expect("a socket once the first closed");
    let reply = again.command(json!({"id": 1, "unsubscribe": 1})).await;
    assert_eq!(error_status(&reply), 404);
}

#[tokio::test]
async fn values_committed_while_a_socket_rests_arrive_together_in_order() {
    let app = TestApp::start_with(&[("JOULE_STREAM__COALESCE_MS", "1000")]).await;
    let reg = registry(&app).await;
    let dp = reg.datapoints[0];
    let mut ws = Ws::connect(&app, &app.admin).await;
    let reply = ws
        .command(json!({"id": 1, "subscribe": {"datapoint_ids": [dp]}}))
        .await;
    assert_eq!(reply["ok"], true);
    // A quiet socket gets the first value at once...
    let written = std::time::Instant::now();
    write(&app, dp, &[(1, 1.0)]).await;
    let first = ws.next().await;
    assert!(
        written.elapsed() < Duration::from_millis(900),
        "not held back"
    );
    assert_eq!(values_of(&first), [(dp, crate::live::minute(1), 1.0)]);
    // ...then rests for the window: the next three batches come as one message.
    for m in 2..5 {
        write(&app, dp, &[(m, f64::from(m))]).await;
    }
    let rest = ws.next().await;
    validate("LiveValues", &rest);
    assert_eq!(
        values_of(&rest),
        (2..5)
            .map(|m| (dp, crate::live::minute(m), f64::from(m)))
            .collect::<Vec<_>>()
    );
}
