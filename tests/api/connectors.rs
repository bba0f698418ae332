//! BEMCom connectors as a registry resource: create, read, update, delete, the
//! rules of their names, who may see them, and datapoints selected from them.

use crate::support::{error_fields, Creds, TestApp};
use hyper::Method;
use joule_db::committed::{Change, Committed, Origin, Point, Source};
use joule_db::queries::control::Control;
use serde_json::{json, Value};

async fn create(app: &TestApp, body: Value) -> Value {
    let answer = app.raw(Method::POST, "/connectors", body.to_string()).await;
    assert_eq!(answer.status.as_u16(), 201, "{answer:?}");
    let created = answer.json();
    assert_eq!(
        answer.headers.get("location").unwrap(),
        &format!("/api/v1/connectors/{}", created["id"])
    );
    created
}

async fn site(app: &TestApp, name: &str) -> i64 {
    app.ok(Method::POST, "/sites", json!({"name": name})).await["id"]
        .as_i64()
        .unwrap()
}

fn ids(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn connectors_can_be_created_read_updated_listed_and_deleted() {
    let app = TestApp::start().await;
    let office = site(&app, "Office").await;
    let gw = create(
        &app,
        json!({"name": "example-connector", "description": "Modbus gateway", "site_id": office}),
    )
    .await;
    assert_eq!(gw["name"], "example-connector");
    assert_eq!(gw["raw_message_to_db"], false);
    assert_eq!(gw["alive"], false);
    assert_eq!(gw["last_heartbeat_at"], Value::Null);
    assert_eq!(gw["site_id"], office);
    let id = gw["id"].as_i64().unwrap();
    let other = create(&app, json!({"name": "mqtt.2", "raw_message_to_db": true})).await;
    assert_eq!(other["raw_message_to_db"], true);
    assert_eq!(other["site_id"], Value::Null);

    let all = app.ok(Method::GET, "/connectors", Value::Null).await;
    assert_eq!(ids(&all), [id, other["id"].as_i64().unwrap()]);
    assert_eq!(all["next_cursor"], Value::Null);
    let first = app
        .ok(Method::GET, "/connectors?limit=1", Value::Null)
        .await;
    assert_eq!(ids(&first), [id]);
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = app
        .ok(
            Method::GET,
            &format!("/connectors?limit=1&cursor={cursor}"),
            Value::Null,
        )
        .await;
    assert_eq!(ids(&second), [other["id"].as_i64().unwrap()]);
    let at_office = app
        .ok(
            Method::GET,
            &format!("/connectors?site_id={office}"),
            Value::Null,
        )
        .await;
    assert_eq!(ids(&at_office), [id]);

    let path = format!("/connectors/{id}");
    let changed = app
        .ok(
            Method::PATCH,
            &path,
            json!({"name": "renamed", "description": null, "raw_message_to_db": true}),
        )
        .await;
    assert_eq!(changed["name"], "renamed");
    assert_eq!(changed["description"], Value::Null);
    assert_eq!(changed["raw_message_to_db"], true);
    assert_eq!(changed["site_id"], office);
    let read = app.ok(Method::GET, &path, Value::Null).await;
    assert_eq!(read, changed);

    // Nothing arrived from the connector yet.
    let logs = app
        .ok(Method::GET, &format!("{path}/logs"), Value::Null)
        .await;
    assert_eq!(logs, json!([]));
    let available = app
        .ok(
            Method::GET,
            &format!("{path}/available-datapoints"),
            Value::Null,
        )
        .await;
    assert_eq!(
        available,
        json!({"received_at": null, "sensor": [], "actuator": []})
    );

    // A site's deletion leaves its connectors running, without a site.
    let answer = app
        .raw(Method::DELETE, &format!("/sites/{office}"), "")
        .await;
    assert_eq!(answer.status.as_u16(), 204, "{answer:?}");
    assert_eq!(
        app.ok(Method::GET, &path, Value::Null).await["site_id"],
        Value::Null
    );

    let answer = app.raw(Method::DELETE, &path, "").await;
    assert_eq!(answer.status.as_u16(), 204, "{answer:?}");
    app.raw(Method::GET, &path, "").await.problem(404);
    app.raw(Method::GET, &format!("{path}/logs"), "")
        .await
        .problem(404);
    app.raw(Method::GET, &format!("{path}/available-datapoints"), "")
        .await
        .problem(404);
    app.raw(Method::DELETE, &path, "").await.problem(404);
}

#[tokio::test]
async fn bad_connectors_are_refused_naming_the_field() {
    let app = TestApp::start().await;
    for name in [
        "",
        "a/b",
        "room+",
        "#",
        "$SYS",
        "two words",
        &"x".repeat(101),
    ] {
        let answer = app
            .raw(
                Method::POST,
                "/connectors",
                json!({"name": name}).to_string(),
            )
            .await;
        let problem = answer.problem(422);
        assert_eq!(error_fields(&problem), ["name"], "{name:?}");
    }
    let answer = app
        .raw(
            Method::POST,
            "/connectors",
            json!({"name": "gw", "site_id": 999}).to_string(),
        )
        .await;
    assert_eq!(error_fields(&answer.problem(422)), ["site_id"]);
    app.raw(
        Method::POST,
        "/connectors",
        json!({"description": "no name"}).to_string(),
    )
    .await
    .problem(400);
    app.raw(Method::POST, "/connectors", "{").await.problem(400);

    let gw = create(&app, json!({"name": "gw"})).await;
    let twin = app
        .raw(
            Method::POST,
            "/connectors",
            json!({"name": "gw"}).to_string(),
        )
        .await;
    twin.problem(409);
    let other = create(&app, json!({"name": "other"})).await;
    let path = format!("/connectors/{}", other["id"]);
    app.raw(Method::PATCH, &path, json!({"name": "gw"}).to_string())
        .await
        .problem(409);
    let answer = app
        .raw(Method::PATCH, &path, json!({"name": "x/y"}).to_string())
        .await;
    assert_eq!(error_fields(&answer.problem(422)), ["name"]);
    app.raw(
        Method::PATCH,
        "/connectors/4242",
        json!({"name": "z"}).to_string(),
    )
    .await
    .problem(404);
    let answer = app
        .raw(
            Method::GET,
            &format!("/connectors/{}/logs?limit=0", gw["id"]),
            "",
        )
        .await;
    answer.problem(400);
    // Nothing half-written: the refused rename left the name.
    assert_eq!(
        app.ok(Method::GET, &path, Value::Null).await["name"],
        "other"
    );
}

#[tokio::test]
async fn datapoints_are_selected_from_a_connector_by_its_key() {
    let app = TestApp::start().await;
    let gw = create(&app, json!({"name": "gw"})).await;
    let gw_id = gw["id"].as_i64().unwrap();
    let sensor = app
        .ok(
            Method::POST,
            "/datapoints",
            json!({"key": "gw/p", "type": "sensor", "data_format": "continuous_numeric",
                   "connector_id": gw_id, "key_in_connector": "Channel__P__value__0"}),
        )
        .await;
    assert_eq!(sensor["connector_id"], gw_id);
    assert_eq!(sensor["key_in_connector"], "Channel__P__value__0");
    let plain = app.datapoint("plain").await;

    // The key of a connector is selected once.
    let twin = json!({"key": "gw/p2", "type": "sensor", "data_format": "continuous_numeric",
                      "connector_id": gw_id, "key_in_connector": "Channel__P__value__0"});
    app.raw(Method::POST, "/datapoints", twin.to_string())
        .await
        .problem(409);
    // The pair is set together, and the connector must exist.
    for (body, field) in [
        (json!({"connector_id": gw_id}), "key_in_connector"),
        (json!({"key_in_connector": "k"}), "connector_id"),
        (
            json!({"connector_id": 999, "key_in_connector": "k"}),
            "connector_id",
        ),
        (
            json!({"connector_id": gw_id, "key_in_connector": " "}),
            "key_in_connector",
        ),
    ] {
        let mut new = json!({"key": "gw/x", "type": "sensor", "data_format": "generic_text"});
        new.as_object_mut()
            .unwrap()
            .extend(body.as_object().unwrap().clone());
        let answer = app.raw(Method::POST, "/datapoints", new.to_string()).await;
        assert_eq!(error_fields(&answer.problem(422)), [field], "{new}");
    }
    let path = format!("/datapoints/{}", sensor["id"]);
    let answer = app
        .raw(
            Method::PATCH,
            &path,
            json!({"connector_id": null}).to_string(),
        )
        .await;
    assert_eq!(error_fields(&answer.problem(422)), ["connector_id"]);
    let moved = app
        .ok(
            Method::PATCH,
            &format!("/datapoints/{plain}"),
            json!({"connector_id": gw_id, "key_in_connector": "Channel__P__unit__0"}),
        )
        .await;
    assert_eq!(moved["key_in_connector"], "Channel__P__unit__0");

    // An import links too, and refuses a key taken by another datapoint.
    let import = json!([{"key": "gw/q", "type": "actuator", "data_format": "continuous_numeric",
                         "connector_id": gw_id, "key_in_connector": "Channel__P__value__0"}]);
    app.raw(Method::POST, "/datapoints/import", import.to_string())
        .await
        .problem(409);
    let import = json!([{"key": "gw/q", "type": "actuator", "data_format": "continuous_numeric",
                         "connector_id": gw_id, "key_in_connector": "Channel__P__setpoint__0"}]);
    app.ok(Method::POST, "/datapoints/import", import).await;

    let linked = app
        .ok(
            Method::GET,
            &format!("/datapoints?connector_id={gw_id}"),
            Value::Null,
        )
        .await;
    let keys: Vec<&str> = linked["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["gw/p", "plain", "gw/q"]);

    // Deleting the connector keeps the datapoints, unlinked.
    let answer = app
        .raw(Method::DELETE, &format!("/connectors/{gw_id}"), "")
        .await;
    assert_eq!(answer.status.as_u16(), 204);
    let kept = app.ok(Method::GET, &path, Value::Null).await;
    assert_eq!(kept["connector_id"], Value::Null);
    assert_eq!(kept["key_in_connector"], Value::Null);
}

#[tokio::test]
async fn editors_manage_connectors_and_keys_see_only_their_sites() {
    let app = TestApp::start().await;
    let inside = site(&app, "inside").await;
    let outside = site(&app, "outside").await;
    let mine = create(&app, json!({"name": "mine", "site_id": inside})).await;
    let theirs = create(&app, json!({"name": "theirs", "site_id": outside})).await;
    let loose = create(&app, json!({"name": "loose"})).await;

    let viewer = app.user("vera", "viewer").await;
    let editor = app.user("ed", "editor").await;
    let listed = app.raw_with(&viewer, Method::GET, "/connectors", "").await;
    assert_eq!(ids(&listed.json()).len(), 3);
    app.raw_with(
        &viewer,
        Method::POST,
        "/connectors",
        json!({"name": "v"}).to_string(),
    )
    .await
    .problem(403);
    app.raw_with(
        &viewer,
        Method::DELETE,
        &format!("/connectors/{}", mine["id"]),
        "",
    )
    .await
    .problem(403);
    let made = app
        .raw_with(
            &editor,
            Method::POST,
            "/connectors",
            json!({"name": "e"}).to_string(),
        )
        .await;
    assert_eq!(made.status.as_u16(), 201);
    app.raw_with(&Creds::None, Method::GET, "/connectors", "")
        .await
        .problem(401);

    let (_, reader) = app.key("reader", Some(&[inside])).await;
    let listed = app.raw_with(&reader, Method::GET, "/connectors", "").await;
    assert_eq!(ids(&listed.json()), [mine["id"].as_i64().unwrap()]);
    for id in [&mine["id"], &theirs["id"], &loose["id"]] {
        for tail in ["", "/logs", "/available-datapoints"] {
            let path = format!("/connectors/{id}{tail}");
            let answer = app.raw_with(&reader, Method::GET, &path, "").await;
            if id == &mine["id"] {
                assert_eq!(answer.status.as_u16(), 200, "{path}: {answer:?}");
            } else {
                answer.problem(403);
            }
        }
    }
    app.raw_with(
        &reader,
        Method::POST,
        "/connectors",
        json!({"name": "k"}).to_string(),
    )
    .await
    .problem(403);
    let (_, everywhere) = app.key("reader", None).await;
    let listed = app
        .raw_with(&everywhere, Method::GET, "/connectors", "")
        .await;
    assert_eq!(ids(&listed.json()).len(), 4);
}

/// A core on the server's own database, standing in for the MQTT bridge, which
/// calls these functions with what connectors publish.
fn bridge_core(app: &TestApp) -> joule_server::core::Core {
    let pool = joule_db::connection::connect(app.database_url(), &Default::default()).unwrap();
    let auth = joule_server::auth::Auth::new(&joule_server::auth::AuthConfig {
        signing_key: b"0123456789abcdef0123456789abcdef".to_vec(),
        access_ttl: std::time::Duration::from_secs(60),
        refresh_ttl: std::time::Duration::from_secs(60),
    })
    .unwrap();
    joule_server::core::Core::new(pool, Default::default(), std::sync::Arc::new(auth))
}

#[tokio::test]
async fn what_a_connector_reports_is_shown_by_the_api() {
    let app = TestApp::start().await;
    let core = bridge_core(&app);
    let gw = create(&app, json!({"name": "gw"})).await;
    let id = gw["id"].as_i64().unwrap();
    let path = format!("/connectors/{id}");

    let now_ms = chrono::Utc::now().timestamp_millis();
    let beat =
        json!({"this_heartbeats_timestamp": now_ms, "next_heartbeats_timestamp": now_ms + 5_000});
    core.connector_heartbeat("gw", beat.to_string().as_bytes())
        .await
        .unwrap();
    let read = app.ok(Method::GET, &path, Value::Null).await;
    assert_eq!(read["alive"], true);
    let next = chrono::DateTime::from_timestamp_millis(now_ms + 5_000).unwrap();
    assert_eq!(
        read["next_heartbeat_at"]
            .as_str()
            .map(|t| t.parse::<chrono::DateTime<chrono::Utc>>().unwrap()),
        Some(next)
    );
    // An older heartbeat delivered again does not replace the newer one.
    let old = json!({"this_heartbeats_timestamp": 1_000, "next_heartbeats_timestamp": 2_000});
    core.connector_heartbeat("gw", old.to_string().as_bytes())
        .await
        .unwrap();
    assert_eq!(app.ok(Method::GET, &path, Value::Null).await["alive"], true);
    // A newer heartbeat whose successor is long overdue: the connector is down.
    let stale = json!({"this_heartbeats_timestamp": now_ms + 1,
                       "next_heartbeats_timestamp": now_ms - 60_000});
    core.connector_heartbeat("gw", stale.to_string().as_bytes())
        .await
        .unwrap();
    assert_eq!(
        app.ok(Method::GET, &path, Value::Null).await["alive"],
        false
    );

    for i in 0..1_003 {
        let log = json!({"timestamp": 1_585_858_832_910_i64 + i, "msg": format!("line {i}"),
                         "emitter": "main", "level": 20});
        core.connector_logs("gw", log.to_string().as_bytes())
            .await
            .unwrap();
    }
    let logs = app
        .ok(Method::GET, &format!("{path}/logs?limit=1000"), Value::Null)
        .await;
    let logs = logs.as_array().unwrap();
    assert_eq!(logs.len(), 1_000);
    assert_eq!(logs[0]["msg"], "line 1002");
    assert_eq!(logs[0]["level"], 20);
    assert_eq!(logs[0]["emitter"], "main");
    assert_eq!(logs[0]["timestamp"], "2020-04-02T20:20:33.912Z");
    assert_eq!(logs[999]["msg"], "line 3");
    let few = app
        .ok(Method::GET, &format!("{path}/logs?limit=2"), Value::Null)
        .await;
    assert_eq!(few.as_array().unwrap().len(), 2);

    let available = json!({"sensor": {"Channel__P__value__0": "0.122", "Channel__P__unit__0": "kW"},
                           "actuator": {"Channel__P__setpoint__0": "0.4"}});
    core.connector_available_datapoints("gw", available.to_string().as_bytes())
        .await
        .unwrap();
    let sensor = app
        .ok(
            Method::POST,
            "/datapoints",
            json!({"key": "gw/p", "type": "sensor", "data_format": "continuous_numeric",
                   "connector_id": id, "key_in_connector": "Channel__P__value__0"}),
        )
        .await["id"]
        .as_i64()
        .unwrap();
    let shown = app
        .ok(
            Method::GET,
            &format!("{path}/available-datapoints"),
            Value::Null,
        )
        .await;
    assert!(shown["received_at"].is_string());
    assert_eq!(
        shown["sensor"],
        json!([
            {"key_in_connector": "Channel__P__unit__0", "example_value": "kW", "datapoint_id": null},
            {"key_in_connector": "Channel__P__value__0", "example_value": "0.122", "datapoint_id": sensor},
        ])
    );
    assert_eq!(
        shown["actuator"][0]["key_in_connector"],
        "Channel__P__setpoint__0"
    );

    // A value message is stored through ingest, read by the datapoint's format.
    let connector = core.connector_by_name("gw").await.unwrap().unwrap();
    let stored = core
        .connector_value(
            &connector,
            sensor,
            br#"{"value": "18.0", "timestamp": 1585858832910}"#,
        )
        .await
        .unwrap();
    assert_eq!(stored, 1);
    let latest = app
        .ok(
            Method::GET,
            &format!("/datapoints/{sensor}/values/latest"),
            Value::Null,
        )
        .await;
    assert_eq!(latest["value"], 18.0);
    assert_eq!(latest["timestamp"], "2020-04-02T20:20:32.910Z");
    let map = core.connector_datapoint_map(id).await.unwrap();
    assert_eq!(
        map,
        json!({"sensor": {"Channel__P__value__0": format!("gw/messages/{sensor}/value")}, "actuator": {}})
    );

    // What the API writes for a selected actuator goes out in BEMCom's form.
    let actuator = app
        .ok(
            Method::POST,
            "/datapoints",
            json!({"key": "gw/set", "type": "actuator", "data_format": "continuous_numeric",
                   "connector_id": id, "key_in_connector": "Channel__P__setpoint__0"}),
        )
        .await["id"]
        .as_i64()
        .unwrap();
    app.ok(
        Method::PUT,
        &format!("/datapoints/{actuator}/setpoint"),
        json!([{"from_timestamp": null, "to_timestamp": "2026-01-01T00:00:00Z",
                "preferred_value": 19, "min_value": 17}]),
    )
    .await;
    let change = Change::Control {
        origin: Origin::Local,
        datapoint_id: actuator,
        control: Control::Setpoint,
    };
    let out = core.connector_outgoing(&change).await.unwrap();
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].topic, format!("gw/messages/{actuator}/setpoint"));
    let message: Value = serde_json::from_slice(&out[0].payload).unwrap();
    assert_eq!(
        message["setpoint"],
        json!([{"from_timestamp": null, "to_timestamp": 1_767_225_600_000_i64,
                "preferred_value": "19", "acceptable_values": null,
                "min_value": 17.0, "max_value": null}])
    );
    let written = Change::Values {
        origin: Origin::Local,
        batch: Committed {
            source: Source::Http,
            points: vec![
                Point {
                    datapoint_id: sensor,
                    ts: 5_000,
                    num: Some(1.0),
                    txt: None,
                },
                Point {
                    datapoint_id: actuator,
                    ts: 7_000,
                    num: Some(20.5),
                    txt: None,
                },
            ]
            .into(),
        },
    };
    let out = core.connector_outgoing(&written).await.unwrap();
    assert_eq!(out.len(), 1, "only the actuator's value goes out");
    assert_eq!(out[0].topic, format!("gw/messages/{actuator}/value"));
    let message: Value = serde_json::from_slice(&out[0].payload).unwrap();
    assert_eq!(message, json!({"value": 20.5, "timestamp": 7}));
    let map = core.connector_datapoint_map(id).await.unwrap();
    assert_eq!(
        map["actuator"],
        json!({format!("gw/messages/{actuator}/value"): "Channel__P__setpoint__0"})
    );

    // Bad messages are refused and change nothing.
    assert!(core.connector_logs("gw", b"{\"msg\": 1}").await.is_err());
    assert!(core
        .connector_heartbeat("nobody", beat.to_string().as_bytes())
        .await
        .is_err());
    let again = app
        .ok(Method::GET, &format!("{path}/logs?limit=1"), Value::Null)
        .await;
    assert_eq!(again[0]["msg"], "line 1002");
}
