//! The Things Stack uplink webhook (`POST /ingest/ttn`): decoded payload fields become
//! values of `{device_id}.{path}` datapoints or of the device's mapping, at the
//! uplink's reception time; fields without a datapoint are reported; all or nothing.

use crate::support::{error_fields, post, Creds, TestApp};
use hyper::Method;
use serde_json::{json, Value};

/// An uplink as The Things Stack v3 posts it (trimmed of nothing it usually sends).
fn uplink(device_id: &str, decoded: Value) -> Value {
    json!({
        "end_device_ids": {
            "device_id": device_id,
            "application_ids": {"application_id": "depot-sensors"},
            "dev_eui": "70B3D57ED005A1B2",
            "join_eui": "0000000000000000",
            "dev_addr": "260B1F2E"
        },
        "correlation_ids": ["as:up:01HQ8Z6X4JQ0K3Y5V0W2N8T7RS", "rpc:/ttn.lorawan.v3.GsNs/HandleUplink:01HQ8Z6X"],
        "received_at": "2026-01-31T12:00:01.254387641Z",
        "uplink_message": {
            "session_key_id": "AYzN2mLqT3e6ZrBq1xkS7w==",
            "f_port": 2,
            "f_cnt": 1523,
            "frm_payload": "CGQBLAJiDhw=",
            "decoded_payload": decoded,
            "rx_metadata": [{
                "gateway_ids": {"gateway_id": "depot-gw-1", "eui": "B827EBFFFE8A1C2D"},
                "time": "2026-01-31T12:00:01.102311Z",
                "timestamp": 2739152891u64,
                "rssi": -97,
                "channel_rssi": -97,
                "snr": 7.25,
                "uplink_token": "ChgKFgoKZGVwb3QtZ3ctMRII",
                "received_at": "2026-01-31T12:00:01.118409821Z"
            }],
            "settings": {
                "data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 7, "coding_rate": "4/5"}},
                "frequency": "868100000",
                "timestamp": 2739152891u64
            },
            "received_at": "2026-01-31T12:00:01.148267103Z",
            "consumed_airtime": "0.061696s",
            "network_ids": {"net_id": "000013", "tenant_id": "ttn", "cluster_id": "eu1"},
            "version_ids": {"brand_id": "elsys", "model_id": "ers-co2"}
        }
    })
}

/// The uplinks' time as stored: the Network Server's reception, cut to microseconds.
const STORED_AT: &str = "2026-01-31T12:00:01.148267Z";

async fn sensor(app: &TestApp, key: &str, device: Option<i64>, format: &str) -> i64 {
    post(
        app,
        "/datapoints",
        json!({"key": key, "device_id": device, "type": "sensor", "data_format": format,
               "min_value": if format == "continuous_numeric" { json!(-40) } else { Value::Null },
               "max_value": if format == "continuous_numeric" { json!(85) } else { Value::Null }}),
    )
    .await["id"]
        .as_i64()
        .unwrap()
}

async fn send(app: &TestApp, creds: &Creds, body: &Value) -> crate::support::RawResponse {
    app.raw_with(creds, Method::POST, "/ingest/ttn", body.to_string())
        .await
}

async fn values(app: &TestApp, id: i64) -> Vec<Value> {
    app.ok(
        Method::GET,
        &format!("/datapoints/{id}/values"),
        Value::Null,
    )
    .await["items"]
        .as_array()
        .unwrap()
        .clone()
}

async fn estate(app: &TestApp, name: &str) -> (i64, i64) {
    let site = post(app, "/sites", json!({"name": name})).await["id"]
        .as_i64()
        .unwrap();
    let device = post(app, "/devices", json!({"site_id": site, "name": name})).await["id"]
        .as_i64()
        .unwrap();
    (site, device)
}

#[tokio::test]
async fn decoded_fields_are_stored_by_default_key_and_the_rest_reported() {
    let app = TestApp::start().await;
    let (site, device) = estate(&app, "depot").await;
    let temp = sensor(
        &app,
        "node-7.temperature",
        Some(device),
        "continuous_numeric",
    )
    .await;
    let co2 = sensor(&app, "node-7.air.co2", Some(device), "generic_numeric").await;
    let level = sensor(&app, "node-7.levels.1", Some(device), "generic_numeric").await;
    let door = sensor(&app, "node-7.door", Some(device), "boolean").await;
    let (_, writer) = app.key("writer", Some(&[site])).await;

    let body = uplink(
        "node-7",
        json!({"temperature": 21.5, "air": {"co2": 612, "voc": 40}, "levels": [3, 4],
               "door": true, "label": "hall"}),
    );
    let answer = send(&app, &writer, &body).await;
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(
        answer.headers.get("warning"),
        None,
        "TTN's fields are known"
    );
    assert_eq!(
        answer.json(),
        json!({"written": 4, "unknown": ["air.voc", "label", "levels.0"]})
    );
    for (id, value) in [
        (temp, json!(21.5)),
        (co2, json!(612.0)),
        (level, json!(4.0)),
        (door, json!(true)),
    ] {
        assert_eq!(
            values(&app, id).await,
            [json!({"timestamp": STORED_AT, "value": value})],
            "datapoint {id}"
        );
    }

    // The same uplink again (The Things Stack retries) rewrites the same values.
    let again = send(&app, &writer, &body).await;
    assert_eq!(again.json()["written"], 4);
    assert_eq!(values(&app, temp).await.len(), 1);

    // Without the Network Server's time, the top-level received_at is used.
    let mut later = uplink("node-7", json!({"temperature": 22}));
    later["uplink_message"]
        .as_object_mut()
        .unwrap()
        .remove("received_at");
    later["received_at"] = json!("2026-01-31T12:10:00.000000001+01:00");
    assert_eq!(send(&app, &writer, &later).await.json()["written"], 1);
    assert_eq!(
        values(&app, temp).await[0],
        json!({"timestamp": "2026-01-31T11:10:00Z", "value": 22.0})
    );

    // A device with no datapoint at all: everything is reported, nothing stored.
    let stranger = send(&app, &writer, &uplink("node-8", json!({"temperature": 1}))).await;
    assert_eq!(
        stranger.json(),
        json!({"written": 0, "unknown": ["temperature"]})
    );
}

#[tokio::test]
async fn a_mapping_on_the_device_names_the_datapoints() {
    let app = TestApp::start().await;
    let (site, _) = estate(&app, "depot").await;
    let node = post(
        &app,
        "/devices",
        json!({"site_id": site, "name": "hall sensor", "ttn_device_id": "eui-70b3d57ed005a1b2",
               "ttn_mapping": {"temperature": "depot.hall.temperature",
                               "battery.voltage": "depot.hall.battery"}}),
    )
    .await;
    let node_id = node["id"].as_i64().unwrap();
    assert_eq!(node["ttn_device_id"], "eui-70b3d57ed005a1b2");
    assert_eq!(node["ttn_mapping"]["battery.voltage"], "depot.hall.battery");
    let temp = sensor(
        &app,
        "depot.hall.temperature",
        Some(node_id),
        "continuous_numeric",
    )
    .await;
    let battery = sensor(&app, "depot.hall.battery", Some(node_id), "generic_numeric").await;
    // A field the mapping leaves out still finds its default key.
    let rssi = sensor(
        &app,
        "eui-70b3d57ed005a1b2.rssi",
        Some(node_id),
        "generic_numeric",
    )
    .await;

    let body = uplink(
        "eui-70b3d57ed005a1b2",
        json!({"temperature": 19.25, "battery": {"voltage": 3.61, "percent": 80}, "rssi": -97}),
    );
    let answer = app.ok(Method::POST, "/ingest/ttn", body).await;
    assert_eq!(
        answer,
        json!({"written": 3, "unknown": ["battery.percent"]})
    );
    assert_eq!(values(&app, temp).await[0]["value"], 19.25);
    assert_eq!(values(&app, battery).await[0]["value"], 3.61);
    assert_eq!(values(&app, rssi).await[0]["value"], -97.0);

    // The mapping can be changed and cleared.
    let changed = app
        .ok(
            Method::PATCH,
            &format!("/devices/{node_id}"),
            json!({"ttn_mapping": {"battery.percent": "depot.hall.battery"}}),
        )
        .await;
    assert_eq!(
        changed["ttn_mapping"],
        json!({"battery.percent": "depot.hall.battery"})
    );
    let cleared = app
        .ok(
            Method::PATCH,
            &format!("/devices/{node_id}"),
            json!({"ttn_mapping": null}),
        )
        .await;
    assert_eq!(cleared["ttn_mapping"], Value::Null);
    assert_eq!(cleared["ttn_device_id"], "eui-70b3d57ed005a1b2");

    // Two devices cannot claim one TTN device.
    let twice = app
        .raw(
            Method::POST,
            "/devices",
            json!({"site_id": site, "name": "copy", "ttn_device_id": "eui-70b3d57ed005a1b2"})
                .to_string(),
        )
        .await;
    let problem = twice.problem(409);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("eui-70b3d57ed005a1b2"),
        "{problem}"
    );
    // Bad IDs and mappings name their field.
    let bad = app
        .raw(
            Method::PATCH,
            &format!("/devices/{node_id}"),
            json!({"ttn_device_id": "Node_7", "ttn_mapping": {"a..b": "x", "c": ""}}).to_string(),
        )
        .await;
    assert_eq!(
        error_fields(&bad.problem(422)),
        ["ttn_device_id", "ttn_mapping.a..b", "ttn_mapping.c"]
    );
}

#[tokio::test]
async fn a_value_that_breaks_a_rule_refuses_the_whole_uplink() {
    let app = TestApp::start().await;
    let temp = sensor(&app, "node-7.temperature", None, "continuous_numeric").await;
    let hum = sensor(&app, "node-7.humidity", None, "generic_numeric").await;
    let answer = app
        .raw(
            Method::POST,
            "/ingest/ttn",
            uplink("node-7", json!({"temperature": 120, "humidity": 48})).to_string(),
        )
        .await;
    let problem = answer.problem(422);
    assert_eq!(
        error_fields(&problem),
        ["uplink_message.decoded_payload.temperature"]
    );
    assert!(values(&app, temp).await.is_empty());
    assert!(values(&app, hum).await.is_empty(), "nothing half-written");
}

#[tokio::test]
async fn bad_uplinks_get_a_4xx_naming_the_problem() {
    let app = TestApp::start().await;
    sensor(&app, "node-7.temperature", None, "continuous_numeric").await;
    let good = uplink("node-7", json!({"temperature": 20}));
    let without = |pointer: &str, field: &str| {
        let mut body = good.clone();
        body.pointer_mut(pointer)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove(field);
        body
    };
    let mut no_time = without("/uplink_message", "received_at");
    no_time.as_object_mut().unwrap().remove("received_at");
    let mut bad_time = good.clone();
    bad_time["uplink_message"]["received_at"] = json!("yesterday");
    let mut bad_id = good.clone();
    bad_id["end_device_ids"]["device_id"] = json!("Node 7");
    let mut twice = good.clone();
    twice["uplink_message"]["decoded_payload"] = json!({"a.b": 1, "a": {"b": 2}});

    for (body, field) in [
        (
            without("/uplink_message", "decoded_payload"),
            "uplink_message.decoded_payload",
        ),
        (without("", "uplink_message"), "uplink_message"),
        (no_time, "received_at"),
        (bad_time, "uplink_message.received_at"),
        (bad_id, "end_device_ids.device_id"),
        (twice, "uplink_message.decoded_payload.a.b"),
    ] {
        let answer = app.raw(Method::POST, "/ingest/ttn", body.to_string()).await;
        assert_eq!(error_fields(&answer.problem(422)), [field], "{body}");
    }
    // Unreadable bodies are 400s that say why.
    for body in [
        json!({"uplink_message": good["uplink_message"]}),
        json!({"end_device_ids": {"device_id": 7}}),
        json!({"end_device_ids": {"device_id": "node-7"}, "uplink_message": {"decoded_payload": [1]}}),
    ] {
        let answer = app.raw(Method::POST, "/ingest/ttn", body.to_string()).await;
        answer.problem(400);
    }
    let answer = app.raw(Method::POST, "/ingest/ttn", "{\"end_").await;
    answer.problem(400);
}

#[tokio::test]
async fn keys_write_only_within_their_sites() {
    let app = TestApp::start().await;
    let (inside, inside_device) = estate(&app, "inside").await;
    let (_, outside_device) = estate(&app, "outside").await;
    let here = sensor(
        &app,
        "node-7.temperature",
        Some(inside_device),
        "generic_numeric",
    )
    .await;
    let there = sensor(
        &app,
        "node-7.humidity",
        Some(outside_device),
        "generic_numeric",
    )
    .await;
    let (_, writer) = app.key("writer", Some(&[inside])).await;
    let (_, reader) = app.key("reader", None).await;

    let both = uplink("node-7", json!({"temperature": 20, "humidity": 40}));
    let refused = send(&app, &writer, &both).await.problem(403);
    assert!(
        refused["detail"].as_str().unwrap().contains("outside"),
        "{refused}"
    );
    assert!(values(&app, here).await.is_empty(), "nothing half-written");

    let mine = uplink("node-7", json!({"temperature": 20}));
    assert_eq!(send(&app, &writer, &mine).await.json()["written"], 1);
    assert_eq!(values(&app, here).await.len(), 1);
    assert!(values(&app, there).await.is_empty());

    send(&app, &reader, &mine).await.problem(403);
    send(&app, &Creds::None, &mine).await.problem(401);
}
