//! The MQTT bridge against a real broker: `JOULE_TEST_MQTT_URL` (mqtt://host:port)
//! names a shared one; the broker-restart test starts a `mosquitto` of its own. Each
//! test uses its own topic prefix and client id, so tests can share the broker.
//! Without `JOULE_TEST_MQTT_URL` these tests say so and do nothing.

use crate::support::{at, count, TestApp, T0};
use hyper::{Method, StatusCode};
use rumqttc::{AsyncClient, Event, MqttOptions, Outgoing, Packet, QoS};
use serde_json::{json, Value};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

fn broker() -> Option<String> {
    let url = std::env::var("JOULE_TEST_MQTT_URL").ok();
    if url.is_none() {
        eprintln!("JOULE_TEST_MQTT_URL is not set: MQTT test skipped");
    }
    url
}

/// A name no other test (or earlier run) uses: topic prefix and client id.
fn unique(test: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "t{}-{}-{nanos}-{test}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

fn host_port(url: &str) -> (String, u16) {
    let rest = url.strip_prefix("mqtt://").expect("an mqtt:// URL");
    let (host, port) = rest
        .trim_end_matches('/')
        .rsplit_once(':')
        .expect("host:port");
    (host.to_string(), port.parse().expect("port"))
}

/// Joule on a fresh database, bridged to `url` below `prefix`.
async fn joule(url: &str, prefix: &str, extra: &[(&str, &str)]) -> TestApp {
    let mut env = vec![
        ("JOULE_MQTT__URL", url),
        ("JOULE_MQTT__TOPIC_PREFIX", prefix),
        ("JOULE_MQTT__CLIENT_ID", prefix),
    ];
    env.extend_from_slice(extra);
    TestApp::start_with(&env).await
}

async fn ready_status(app: &TestApp) -> StatusCode {
    app.raw(Method::GET, "/ready", "").await.status
}

/// Waits until `/ready` answers `want`.
async fn wait_ready(app: &TestApp, want: StatusCode, limit: Duration) {
    let deadline = Instant::now() + limit;
    loop {
        let status = ready_status(app).await;
        if status == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "/ready stayed {status}, not {want}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until `id` holds `n` values in all.
async fn wait_total(app: &TestApp, id: i64, n: usize, limit: Duration) {
    let deadline = Instant::now() + limit;
    loop {
        let got = values_of(app, id).await.len();
        if got == n {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{got} of {n} values stored in time"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits until `id` holds `n` values in `[first, first + n)` seconds after T0.
async fn wait_count(app: &TestApp, id: i64, first: i64, n: i64, limit: Duration) {
    let deadline = Instant::now() + limit;
    loop {
        let got = count(app, id, first, n).await;
        if got == n as usize {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{got} of {n} values stored in time"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A test's own client: publishes and hears what arrives on its subscriptions.
struct Peer {
    client: AsyncClient,
    heard: mpsc::UnboundedReceiver<(String, Value)>,
    acked: tokio::sync::watch::Receiver<u64>,
}

impl Peer {
    /// Connects as `id` (a persistent session when `keep`), subscribed to `topics`.
    async fn connect(url: &str, id: &str, keep: bool, topics: &[String]) -> Peer {
        let (host, port) = host_port(url);
        let mut options = MqttOptions::new(id, host, port);
        options
            .set_clean_session(!keep)
            .set_keep_alive(Duration::from_secs(5));
        let (client, mut eventloop) = AsyncClient::new(options, 10_000);
        let (tx, heard) = mpsc::unbounded_channel();
        let (acks, acked) = tokio::sync::watch::channel(0u64);
        let (subscribed_tx, mut subscribed) = mpsc::unbounded_channel();
        let topics = topics.to_vec();
        let sub = client.clone();
        tokio::spawn(async move {
            loop {
                match eventloop.poll().await {
                    Ok(Event::Incoming(Packet::ConnAck(_))) => {
                        for t in &topics {
                            let _ = sub.subscribe(t.clone(), QoS::AtLeastOnce).await;
                        }
                        if topics.is_empty() {
                            let _ = subscribed_tx.send(());
                        }
                    }
                    Ok(Event::Incoming(Packet::SubAck(_))) => {
                        let _ = subscribed_tx.send(());
                    }
                    Ok(Event::Incoming(Packet::Publish(p))) => {
                        let body = serde_json::from_slice(&p.payload).unwrap_or(Value::Null);
                        let _ = tx.send((p.topic.clone(), body));
                    }
                    Ok(Event::Incoming(Packet::PubAck(_) | Packet::PubComp(_))) => {
                        acks.send_modify(|n| *n += 1);
                    }
                    Ok(Event::Outgoing(Outgoing::Disconnect)) => return,
                    Ok(_) => {}
                    Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
                }
            }
        });
        tokio::time::timeout(Duration::from_secs(10), subscribed.recv())
            .await
            .expect("connected and subscribed in time");
        Peer {
            client,
            heard,
            acked,
        }
    }

    async fn publish(&self, topic: &str, payload: impl Into<Vec<u8>>) {
        self.client
            .publish(topic, QoS::AtLeastOnce, false, payload)
            .await
            .expect("queued");
    }

    /// Waits until the broker acknowledged `n` publications in all.
    async fn wait_acked(&mut self, n: u64, limit: Duration) {
        tokio::time::timeout(limit, self.acked.wait_for(|got| *got >= n))
            .await
            .expect("the broker acknowledged in time")
            .expect("the client runs");
    }

    /// The next message heard, within `limit`.
    async fn next(&mut self, limit: Duration) -> (String, Value) {
        tokio::time::timeout(limit, self.heard.recv())
            .await
            .expect("a message in time")
            .expect("the client runs")
    }
}

async fn values_of(app: &TestApp, id: i64) -> Vec<Value> {
    let path = format!("/datapoints/{id}/values?limit=1000");
    app.ok(Method::GET, &path, Value::Null).await["items"]
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn batch_and_single_value_messages_are_stored() {
    let Some(url) = broker() else { return };
    let prefix = unique("store");
    let app = joule(&url, &prefix, &[]).await;
    let power = app.datapoint("hall/power").await;
    let temp = app.datapoint("hall.temp").await;
    wait_ready(&app, StatusCode::OK, Duration::from_secs(20)).await;
    let peer = Peer::connect(&url, &unique("store-pub"), false, &[]).await;

    // The body of POST /values; timestamps as RFC 3339 or milliseconds.
    let batch = json!([
        {"datapoint_id": power, "timestamp": at(0), "value": 1.5},
        {"datapoint_key": "hall.temp", "timestamp": (T0 + 1) * 1000, "value": 20},
        {"datapoint_key": "hall/power", "timestamp": at(2), "value": 2.5},
    ]);
    peer.publish(&format!("{prefix}/values"), batch.to_string())
        .await;
    // One value; the key holds a '/'.
    peer.publish(
        &format!("{prefix}/datapoints/hall/power/value"),
        json!({"timestamp": (T0 + 3) * 1000 + 250, "value": 3.5}).to_string(),
    )
    .await;
    wait_total(&app, power, 3, Duration::from_secs(20)).await;
    wait_count(&app, temp, 1, 1, Duration::from_secs(20)).await;

    let stored = values_of(&app, power).await;
    let got: Vec<(String, f64)> = stored
        .iter()
        .map(|v| {
            (
                v["timestamp"].as_str().unwrap().to_string(),
                v["value"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2026-01-01T00:00:00Z".to_string(), 1.5),
            ("2026-01-01T00:00:02Z".to_string(), 2.5),
            ("2026-01-01T00:00:03.250Z".to_string(), 3.5),
        ]
    );
    assert_eq!(values_of(&app, temp).await[0]["value"], 20.0);

    // A redelivered message rewrites the same values: nothing doubles.
    peer.publish(&format!("{prefix}/values"), batch.to_string())
        .await;
    peer.publish(
        &format!("{prefix}/datapoints/hall.temp/value"),
        json!({"timestamp": at(9), "value": 21}).to_string(),
    )
    .await;
    wait_count(&app, temp, 9, 1, Duration::from_secs(20)).await;
    assert_eq!(values_of(&app, power).await.len(), 3);
}

#[tokio::test]
async fn bad_messages_are_refused_reported_and_the_bridge_goes_on() {
    let Some(url) = broker() else { return };
    let prefix = unique("bad");
    let app = joule(&url, &prefix, &[]).await;
    let power = app.datapoint("power").await;
    app.ok(
        Method::POST,
        "/datapoints",
        json!({"key": "level", "type": "sensor", "data_format": "continuous_numeric",
               "min_value": 0, "max_value": 100}),
    )
    .await;
    wait_ready(&app, StatusCode::OK, Duration::from_secs(20)).await;
    let mut peer = Peer::connect(
        &url,
        &unique("bad-peer"),
        false,
        &[format!("{prefix}/errors")],
    )
    .await;

    let values = format!("{prefix}/values");
    let level = format!("{prefix}/datapoints/level/value");
    let cases: Vec<(String, String, &str, Option<&str>)> = vec![
        (values.clone(), "not json".into(), "not JSON", None),
        (
            values.clone(),
            json!({"datapoint_id": power, "timestamp": at(0), "value": 1}).to_string(),
            "not a JSON array",
            None,
        ),
        (
            values.clone(),
            json!([{"datapoint_key": "nowhere", "timestamp": at(0), "value": 1}]).to_string(),
            "rejected",
            Some("[0].datapoint_key"),
        ),
        // One bad item refuses the whole message.
        (
            values.clone(),
            json!([{"datapoint_id": power, "timestamp": at(0), "value": 1},
                   {"datapoint_id": power, "timestamp": at(1), "value": "high"}])
            .to_string(),
            "rejected",
            Some("[1].value"),
        ),
        (
            values.clone(),
            json!([{"datapoint_id": power, "timestamp": "yesterday", "value": 1}]).to_string(),
            "rejected",
            Some("[0].timestamp"),
        ),
        (
            values.clone(),
            json!([{"datapoint_id": power, "timestamp": 1.5, "value": 1}]).to_string(),
            "timestamp",
            Some("[0].timestamp"),
        ),
        (
            level.clone(),
            json!({"timestamp": at(0), "value": 101}).to_string(),
            "rejected",
            Some("value"),
        ),
        (
            format!("{prefix}/datapoints/nowhere/value"),
            json!({"timestamp": at(0), "value": 1}).to_string(),
            "rejected",
            Some("datapoint_key"),
        ),
        (
            level.clone(),
            json!({"value": 1}).to_string(),
            "timestamp",
            None,
        ),
        (
            format!("{prefix}/datapoints/level/setpoint"),
            json!({"timestamp": at(0), "value": 1}).to_string(),
            "maps to nothing",
            None,
        ),
    ];
    for (topic, payload, reason, field) in &cases {
        peer.publish(topic, payload.clone()).await;
        let (on, report) = peer.next(Duration::from_secs(20)).await;
        assert_eq!(on, format!("{prefix}/errors"));
        crate::live::validate("MqttError", &report);
        assert_eq!(report["topic"], topic.as_str(), "{report}");
        let said = report["reason"].as_str().unwrap();
        assert!(said.contains(reason), "{topic} {payload}: {report}");
        assert_eq!(report["payload"], payload.as_str());
        if let Some(field) = field {
            let fields: Vec<&str> = report["errors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["field"].as_str().unwrap())
                .collect();
            assert!(fields.contains(field), "{field} in {report}");
        }
    }
    assert!(values_of(&app, power).await.is_empty(), "nothing stored");

    // The bridge goes on.
    peer.publish(
        &values,
        json!([{"datapoint_id": power, "timestamp": at(5), "value": 5}]).to_string(),
    )
    .await;
    wait_count(&app, power, 5, 1, Duration::from_secs(20)).await;
    assert_eq!(ready_status(&app).await, StatusCode::OK);
}

#[tokio::test]
async fn messages_published_while_joule_is_down_are_stored_after_it_restarts() {
    let Some(url) = broker() else { return };
    let prefix = unique("down");
    // A small queue: the backlog is read only as messages are stored.
    let mut app = joule(&url, &prefix, &[("JOULE_MQTT__QUEUE", "4")]).await;
    let id = app.datapoint("meter").await;
    // The first connection creates the broker's session and its subscriptions.
    wait_ready(&app, StatusCode::OK, Duration::from_secs(20)).await;
    app.kill();

    let mut peer = Peer::connect(&url, &unique("down-pub"), false, &[]).await;
    let n = 300;
    for s in 0..n {
        let topic = if s % 2 == 0 {
            format!("{prefix}/values")
        } else {
            format!("{prefix}/datapoints/meter/value")
        };
        let body = if s % 2 == 0 {
            json!([{"datapoint_key": "meter", "timestamp": at(s), "value": s}])
        } else {
            json!({"timestamp": at(s), "value": s})
        };
        peer.publish(&topic, body.to_string()).await;
    }
    peer.wait_acked(n as u64, Duration::from_secs(20)).await;

    app.restart().await;
    wait_count(&app, id, 0, n, Duration::from_secs(60)).await;
}

/// A Mosquitto of the test's own, persisting to a folder of its own.
struct OwnBroker {
    child: Option<Child>,
    config: std::path::PathBuf,
    port: u16,
    _dir: tempfile::TempDir,
}

impl OwnBroker {
    fn start() -> OwnBroker {
        let dir = tempfile::tempdir().unwrap();
        // Started as root, mosquitto drops to its own user, which must write here.
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let config = dir.path().join("mosquitto.conf");
        std::fs::write(
            &config,
            format!(
                "listener {port} 127.0.0.1\nallow_anonymous true\npersistence true\n\
                 persistence_location {}/\nmax_queued_messages 0\n",
                dir.path().display()
            ),
        )
        .unwrap();
        let mut broker = OwnBroker {
            child: None,
            config,
            port,
            _dir: dir,
        };
        broker.run();
        broker
    }

    fn url(&self) -> String {
        format!("mqtt://127.0.0.1:{}", self.port)
    }

    fn run(&mut self) {
        let child = Command::new("mosquitto")
            .arg("-c")
            .arg(&self.config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("mosquitto is installed");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "mosquitto did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops the broker as an operator would (SIGTERM: it saves its sessions).
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
            let _ = child.wait();
        }
    }
}

impl Drop for OwnBroker {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[tokio::test]
async fn a_broker_restart_mid_stream_loses_nothing_and_ready_follows_the_bridge() {
    // This test brings its own broker, but runs with the others when brokers are
    // part of the run.
    if broker().is_none() {
        return;
    }
    let mut own = OwnBroker::start();
    let url = own.url();
    let prefix = unique("restart");
    let app = joule(&url, &prefix, &[]).await;
    let id = app.datapoint("flow").await;
    wait_ready(&app, StatusCode::OK, Duration::from_secs(20)).await;

    // A device with a persistent session: what it published but the broker has not
    // acknowledged is sent again after the restart.
    let peer = Peer::connect(&url, &unique("restart-pub"), true, &[]).await;
    let n = 400;
    let publisher = {
        let client = peer.client.clone();
        let topic = format!("{prefix}/datapoints/flow/value");
        tokio::spawn(async move {
            for s in 0..n {
                let body = json!({"timestamp": at(s), "value": s}).to_string();
                client
                    .publish(topic.clone(), QoS::AtLeastOnce, false, body)
                    .await
                    .unwrap();
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
    };
    tokio::time::sleep(Duration::from_millis(500)).await;
    own.stop();
    wait_ready(
        &app,
        StatusCode::SERVICE_UNAVAILABLE,
        Duration::from_secs(10),
    )
    .await;
    let problem = app.raw(Method::GET, "/ready", "").await.json();
    assert!(
        problem["detail"].as_str().unwrap().contains("MQTT broker"),
        "{problem}"
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    own.run();
    publisher.await.unwrap();
    wait_ready(&app, StatusCode::OK, Duration::from_secs(20)).await;
    wait_count(&app, id, 0, n, Duration::from_secs(60)).await;
}

#[tokio::test]
async fn committed_values_are_published_when_enabled() {
    let Some(url) = broker() else { return };
    let prefix = unique("out");
    let app = joule(&url, &prefix, &[("JOULE_MQTT__PUBLISH_COMMITTED", "true")]).await;
    let id = app.datapoint("room/co2").await;
    app.ok(
        Method::POST,
        "/datapoints",
        json!({"key": "door", "type": "sensor", "data_format": "boolean"}),
    )
    .await;
    wait_ready(&app, StatusCode::OK, Duration::from_secs(20)).await;
    let mut peer = Peer::connect(
        &url,
        &unique("out-peer"),
        false,
        &[format!("{prefix}/out/datapoints/#")],
    )
    .await;

    // Written through the REST API…
    app.ok(
        Method::POST,
        &format!("/datapoints/{id}/values"),
        json!([{"timestamp": at(1), "value": 415.5}, {"timestamp": at(0), "value": 400}]),
    )
    .await;
    let first = peer.next(Duration::from_secs(20)).await;
    let second = peer.next(Duration::from_secs(20)).await;
    crate::live::validate("MqttOutValue", &first.1);
    crate::live::validate("MqttOutValue", &second.1);
    let topic = format!("{prefix}/out/datapoints/room/co2");
    assert_eq!(
        [first, second],
        [
            (
                topic.clone(),
                json!({"timestamp": "2026-01-01T00:00:00Z", "value": 400.0})
            ),
            (
                topic,
                json!({"timestamp": "2026-01-01T00:00:01Z", "value": 415.5})
            ),
        ]
    );
    // …and through the bridge itself; each value in its datapoint's format.
    peer.publish(
        &format!("{prefix}/datapoints/door/value"),
        json!({"timestamp": at(2), "value": true}).to_string(),
    )
    .await;
    let (on, body) = peer.next(Duration::from_secs(20)).await;
    assert_eq!(on, format!("{prefix}/out/datapoints/door"));
    assert_eq!(
        body,
        json!({"timestamp": "2026-01-01T00:00:02Z", "value": true})
    );
}

#[tokio::test]
async fn without_a_broker_url_there_is_no_bridge_and_ready_needs_none() {
    let app = TestApp::start().await;
    assert_eq!(ready_status(&app).await, StatusCode::OK);
}

#[tokio::test]
async fn an_unreachable_broker_keeps_joule_serving_but_not_ready() {
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("mqtt://127.0.0.1:{port}");
    let app = joule(&url, &unique("unreachable"), &[]).await;
    assert_eq!(ready_status(&app).await, StatusCode::SERVICE_UNAVAILABLE);
    app.ok(Method::GET, "/health", Value::Null).await;
}

#[tokio::test]
async fn qos_2_subscriptions_store_and_oversized_messages_are_refused() {
    let Some(url) = broker() else { return };
    let prefix = unique("qos2");
    let app = joule(
        &url,
        &prefix,
        &[
            ("JOULE_MQTT__QOS", "2"),
            ("JOULE_SERVER__BODY_LIMIT", "400"),
        ],
    )
    .await;
    let id = app.datapoint("gauge").await;
    wait_ready(&app, StatusCode::OK, Duration::from_secs(20)).await;
    let mut peer = Peer::connect(
        &url,
        &unique("qos2-peer"),
        false,
        &[format!("{prefix}/errors")],
    )
    .await;
    let topic = format!("{prefix}/values");
    let items: Vec<Value> = (0..10)
        .map(|s| json!({"datapoint_key": "gauge", "timestamp": at(s), "value": s}))
        .collect();
    let big = Value::Array(items).to_string();
    assert!(big.len() > 400);
    peer.client
        .publish(&topic, QoS::ExactlyOnce, false, big.clone())
        .await
        .unwrap();
    let (_, report) = peer.next(Duration::from_secs(20)).await;
    assert_eq!(
        report["reason"],
        format!("a message of {} bytes; at most 400 are taken", big.len())
    );
    assert_eq!(report["payload_bytes"], big.len());

    let small = json!([{"datapoint_key": "gauge", "timestamp": at(20), "value": 1}]);
    peer.client
        .publish(&topic, QoS::ExactlyOnce, false, small.to_string())
        .await
        .unwrap();
    wait_total(&app, id, 1, Duration::from_secs(20)).await;
}

/// A BEMCom connector speaking its protocol: it reports its datapoints and
/// heartbeat, learns from the retained datapoint map where to send values, sends
/// one (a number as text, as BEMCom does), and receives a setpoint written through
/// the API.
#[tokio::test]
async fn a_bemcom_connector_gets_its_map_sends_values_and_receives_setpoints() {
    let Some(url) = broker() else { return };
    let prefix = unique("bemcom");
    let app = joule(&url, &prefix, &[]).await;
    let name = unique("gw").replace('-', "_");
    let connector = app
        .ok(Method::POST, "/connectors", json!({"name": name}))
        .await["id"]
        .as_i64()
        .unwrap();
    wait_ready(&app, StatusCode::OK, Duration::from_secs(20)).await;
    let mut gw = Peer::connect(
        &url,
        &unique("gw-client"),
        false,
        &[
            format!("{name}/datapoint_map"),
            format!("{name}/messages/+/setpoint"),
        ],
    )
    .await;
    let now_ms = chrono::Utc::now().timestamp_millis();
    gw.publish(
        &format!("{name}/available_datapoints"),
        json!({"sensor": {"Temp__0": "18.0"}, "actuator": {"Valve__0": "0"}}).to_string(),
    )
    .await;
    gw.publish(
        &format!("{name}/heartbeat"),
        json!({"this_heartbeats_timestamp": now_ms, "next_heartbeats_timestamp": now_ms + 60_000})
            .to_string(),
    )
    .await;

    // Selecting datapoints publishes the map (an empty one came on subscribing).
    let sensor = app
        .ok(
            Method::POST,
            "/datapoints",
            json!({"key": format!("{name}.temp"), "type": "sensor",
                   "data_format": "continuous_numeric",
                   "connector_id": connector, "key_in_connector": "Temp__0"}),
        )
        .await["id"]
        .as_i64()
        .unwrap();
    let valve = app
        .ok(
            Method::POST,
            "/datapoints",
            json!({"key": format!("{name}.valve"), "type": "actuator",
                   "data_format": "continuous_numeric",
                   "connector_id": connector, "key_in_connector": "Valve__0"}),
        )
        .await["id"]
        .as_i64()
        .unwrap();
    let sensor_topic = format!("{name}/messages/{sensor}/value");
    let valve_topic = format!("{name}/messages/{valve}/value");
    let want = json!({"sensor": {"Temp__0": sensor_topic},
                      "actuator": {valve_topic: "Valve__0"}});
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (topic, map) = gw.next(deadline - Instant::now()).await;
        if topic == format!("{name}/datapoint_map") {
            crate::live::validate("BemcomDatapointMap", &map);
        }
        if topic == format!("{name}/datapoint_map") && map == want {
            break;
        }
    }

    gw.publish(
        &sensor_topic,
        json!({"value": "18.5", "timestamp": (T0 + 7) * 1000}).to_string(),
    )
    .await;
    wait_total(&app, sensor, 1, Duration::from_secs(20)).await;
    let stored = values_of(&app, sensor).await;
    assert_eq!(stored[0]["value"], 18.5);
    assert_eq!(stored[0]["timestamp"], "2026-01-01T00:00:07Z");
    let shown = app
        .ok(
            Method::GET,
            &format!("/connectors/{connector}"),
            Value::Null,
        )
        .await;
    assert_eq!(shown["alive"], true, "{shown}");

    app.ok(
        Method::PUT,
        &format!("/datapoints/{valve}/setpoint"),
        json!([{"from_timestamp": null, "to_timestamp": null, "preferred_value": 21}]),
    )
    .await;
    // The map may come again meanwhile (it is published on every change).
    let (topic, setpoint) = loop {
        let (topic, body) = gw.next(Duration::from_secs(20)).await;
        if topic != format!("{name}/datapoint_map") {
            break (topic, body);
        }
    };
    assert_eq!(topic, format!("{name}/messages/{valve}/setpoint"));
    crate::live::validate("BemcomSetpoint", &setpoint);
    assert!(setpoint.get("setpoint").is_some(), "{setpoint}");
}

#[tokio::test]
async fn raw_messages_are_kept_only_while_the_connector_asks_for_it() {
    let Some(url) = broker() else { return };
    let prefix = unique("raw");
    // One message at a time, in the order the broker delivers them.
    let app = joule(&url, &prefix, &[("JOULE_MQTT__QUEUE", "1")]).await;
    let name = unique("rawgw").replace('-', "_");
    let connector = app
        .ok(Method::POST, "/connectors", json!({"name": name}))
        .await["id"]
        .as_i64()
        .unwrap();
    wait_ready(&app, StatusCode::OK, Duration::from_secs(20)).await;
    let gw = Peer::connect(&url, &unique("rawgw-client"), false, &[]).await;
    let raw_topic = format!("{name}/raw_message_to_db");
    let log = |msg: &str| {
        json!({"timestamp": (T0 + 1) * 1000, "msg": msg, "emitter": "main", "level": 20})
            .to_string()
    };
    let logs_path = format!("/connectors/{connector}/logs");
    let wait_logs = |n: usize| {
        let app = &app;
        let path = logs_path.clone();
        async move {
            let deadline = Instant::now() + Duration::from_secs(20);
            while app
                .ok(Method::GET, &path, Value::Null)
                .await
                .as_array()
                .unwrap()
                .len()
                < n
            {
                assert!(Instant::now() < deadline, "{n} log messages stored in time");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };

    // Off (BEMCom's default): a raw message is left alone, not refused.
    gw.publish(
        &raw_topic,
        json!({"raw_message": "dev1:{t:1}", "timestamp": T0 * 1000}).to_string(),
    )
    .await;
    gw.publish(&format!("{name}/logs"), log("after the first raw message"))
        .await;
    wait_logs(1).await;
    let raw_path = format!("/connectors/{connector}/raw-messages");
    let kept = app.ok(Method::GET, &raw_path, Value::Null).await;
    assert_eq!(kept, json!([]));

    app.ok(
        Method::PATCH,
        &format!("/connectors/{connector}"),
        json!({"raw_message_to_db": true}),
    )
    .await;
    gw.publish(
        &raw_topic,
        json!({"raw_message": "dev1:{t:2}", "timestamp": (T0 + 2) * 1000}).to_string(),
    )
    .await;
    gw.publish(&raw_topic, "not json").await;
    gw.publish(&format!("{name}/logs"), log("after the second raw message"))
        .await;
    wait_logs(2).await;
    let kept = app.ok(Method::GET, &raw_path, Value::Null).await;
    assert_eq!(
        kept,
        json!([{"timestamp": "2026-01-01T00:00:02Z", "raw_message": "dev1:{t:2}"}])
    );
}

#[tokio::test]
async fn instances_in_a_shared_group_store_each_message_once() {
    let Some(url) = broker() else { return };
    let prefix = unique("shared");
    let group = unique("group");
    let shared = [
        ("JOULE_MQTT__SHARED_GROUP", group.as_str()),
        ("JOULE_MQTT__PUBLISH_COMMITTED", "true"),
    ];
    let a = joule(&url, &prefix, &shared).await;
    let b_id = format!("{prefix}-b");
    let mut b_env = vec![
        ("JOULE_MQTT__URL", url.as_str()),
        ("JOULE_MQTT__TOPIC_PREFIX", prefix.as_str()),
        ("JOULE_MQTT__CLIENT_ID", b_id.as_str()),
    ];
    b_env.extend_from_slice(&shared);
    let (mut b, b_base) = crate::support::spawn_server(a.database_url(), &b_env);
    let id = a.datapoint("meter/power").await;
    wait_ready(&a, StatusCode::OK, Duration::from_secs(20)).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let ready = crate::support::raw(
            Method::GET,
            &format!("{b_base}/api/v1/ready"),
            Default::default(),
            &[],
        )
        .await;
        if ready.status == StatusCode::OK {
            break;
        }
        assert!(Instant::now() < deadline, "the second instance gets ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut peer = Peer::connect(
        &url,
        &unique("shared-peer"),
        false,
        &[format!("{prefix}/out/datapoints/#")],
    )
    .await;

    let n = 60;
    for i in 0..n {
        peer.publish(
            &format!("{prefix}/datapoints/meter/power/value"),
            json!({"timestamp": at(i), "value": i}).to_string(),
        )
        .await;
    }
    wait_total(&a, id, n as usize, Duration::from_secs(30)).await;
    // Each committed value is published by the instance that stored it: once each.
    let mut heard = std::collections::HashMap::new();
    while heard.values().sum::<usize>() < n as usize {
        let (_, body) = peer.next(Duration::from_secs(20)).await;
        *heard.entry(body["timestamp"].to_string()).or_insert(0usize) += 1;
    }
    let late = tokio::time::timeout(Duration::from_secs(2), peer.heard.recv()).await;
    assert!(late.is_err(), "a message stored twice: {late:?}");
    assert_eq!(heard.len(), n as usize);
    let _ = b.kill();
    let _ = b.wait();
}
