//! What the WebSocket and event-stream tests share: a registry of two sites, a
//! WebSocket client, and the AsyncAPI document's payload schemas (with the spec's
//! components resolved) to validate what the server sends.

use crate::support::{Creds, TestApp};
use futures::{SinkExt as _, StreamExt as _};
use hyper::Method;
use serde_json::{json, Value};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// Two sites, a device at each, a numeric datapoint on each device.
pub struct Registry {
    pub sites: [i64; 2],
    pub datapoints: [i64; 2],
    pub keys: [&'static str; 2],
}

pub async fn registry(app: &TestApp) -> Registry {
    let id = |v: Value| v["id"].as_i64().expect("id");
    let mut sites = [0; 2];
    let mut datapoints = [0; 2];
    let keys = ["live.a", "live.b"];
    for i in 0..2 {
        sites[i] = id(app
            .ok(Method::POST, "/sites", json!({"name": format!("site {i}")}))
            .await);
        let device = id(app
            .ok(
                Method::POST,
                "/devices",
                json!({"site_id": sites[i], "name": format!("meter {i}")}),
            )
            .await);
        datapoints[i] = id(app
            .ok(
                Method::POST,
                "/datapoints",
                json!({"key": keys[i], "device_id": device, "type": "sensor",
                       "data_format": "generic_numeric"}),
            )
            .await);
    }
    Registry {
        sites,
        datapoints,
        keys,
    }
}

/// The timestamp of minute `m` of 2026-01-01 as the API writes it.
pub fn minute(m: u32) -> String {
    format!("2026-01-01T{:02}:{:02}:00Z", m / 60, m % 60)
}

/// Writes `values` (minute, value) to datapoint `dp` as the admin, in one batch.
pub async fn write(app: &TestApp, dp: i64, values: &[(u32, f64)]) {
    let body: Vec<Value> = values
        .iter()
        .map(|(m, v)| json!({"timestamp": minute(*m), "value": v}))
        .collect();
    app.ok(
        Method::POST,
        &format!("/datapoints/{dp}/values"),
        json!(body),
    )
    .await;
}

pub struct Ws {
    pub socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

/// The upgrade failed with this HTTP status.
pub async fn refused(app: &TestApp, creds: &Creds) -> u16 {
    match connect_raw(app, creds).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => response.status().as_u16(),
        other => panic!("the upgrade was not refused: {:?}", other.map(|_| ())),
    }
}

/// A socket, or `None` when the upgrade is refused.
pub async fn try_connect(app: &TestApp, creds: &Creds) -> Option<Ws> {
    connect_raw(app, creds).await.ok()
}

async fn connect_raw(
    app: &TestApp,
    creds: &Creds,
) -> Result<Ws, tokio_tungstenite::tungstenite::Error> {
    let url = app.url("/ws").replacen("http://", "ws://", 1);
    let mut request = url.into_client_request()?;
    for (name, value) in creds.headers() {
        request
            .headers_mut()
            .insert(name, value.parse().expect("header"));
    }
    let (socket, _) = tokio_tungstenite::connect_async(request).await?;
    Ok(Ws { socket })
}

impl Ws {
    pub async fn connect(app: &TestApp, creds: &Creds) -> Ws {
        connect_raw(app, creds).await.expect("the upgrade succeeds")
    }

    pub async fn send(&mut self, message: Value) {
        self.socket
            .send(Message::text(message.to_string()))
            .await
            .expect("sent");
    }

    /// The next JSON message within `limit`, pings skipped; `None` when nothing
    /// came or the connection closed.
    pub async fn next_within(&mut self, limit: Duration) -> Option<Value> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let frame = tokio::time::timeout_at(deadline, self.socket.next())
                .await
                .ok()??;
            match frame.ok()? {
                Message::Text(text) => {
                    return Some(serde_json::from_str(text.as_str()).expect("JSON"))
                }
                Message::Close(_) => return None,
                _ => continue,
            }
        }
    }

    /// The next JSON message (within 10 s), validated against the AsyncAPI
    /// document's server messages.
    pub async fn next(&mut self) -> Value {
        let message = self
            .next_within(Duration::from_secs(10))
            .await
            .expect("a message within 10 s");
        validate_server_message(&message);
        message
    }

    /// Sends a command and answers the reply.
    pub async fn command(&mut self, message: Value) -> Value {
        validate("LiveCommand", &message);
        self.send(message).await;
        self.next().await
    }

    /// Whether the server closes the connection within `limit` (messages before
    /// the close are answered).
    pub async fn closed_within(&mut self, limit: Duration) -> (bool, Vec<Value>) {
        let deadline = tokio::time::Instant::now() + limit;
        let mut seen = Vec::new();
        loop {
            match tokio::time::timeout_at(deadline, self.socket.next()).await {
                Err(_) => return (false, seen),
                Ok(None) | Ok(Some(Err(_))) | Ok(Some(Ok(Message::Close(_)))) => {
                    return (true, seen)
                }
                Ok(Some(Ok(Message::Text(text)))) => {
                    seen.push(serde_json::from_str(text.as_str()).expect("JSON"))
                }
                Ok(Some(Ok(_))) => {}
            }
        }
    }
}

/// The error's status, checking the message is an error answer.
pub fn error_status(message: &Value) -> u16 {
    let status = message["error"]["status"].as_u64();
    status.unwrap_or_else(|| panic!("not an error: {message}")) as u16
}

/// An OpenAPI 3.0 schema as JSON Schema: `nullable: true` admits `null`.
fn json_schema(mut schema: Value) -> Value {
    fn walk(v: &mut Value) {
        match v {
            Value::Object(map) => {
                if map.remove("nullable") == Some(Value::Bool(true)) {
                    if let Some(t) = map.get("type").cloned() {
                        map.insert("type".into(), json!([t, "null"]));
                    }
                    if let Some(Value::Array(items)) = map.get_mut("enum") {
                        items.push(Value::Null);
                    }
                }
                map.values_mut().for_each(walk);
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut schema);
    schema
}

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).expect("YAML")
}

/// The payload schema of the AsyncAPI message `name`, its references into the
/// spec resolved: the spec's components travel along as `components`.
pub fn payload_schema(name: &str) -> Value {
    let asyncapi = yaml(include_str!("../../asyncapi.yaml"));
    let spec = yaml(include_str!("../../api-spec.yaml"));
    let message = &asyncapi["components"]["messages"][name];
    assert_eq!(
        message["schemaFormat"], "application/vnd.oai.openapi;version=3.0.0",
        "{name}"
    );
    let reference = message["payload"]["$ref"]
        .as_str()
        .unwrap_or_else(|| panic!("{name}: the payload refers to the spec"));
    let pointer = reference
        .strip_prefix("api-spec.yaml#")
        .unwrap_or_else(|| panic!("{name}: {reference} is not in api-spec.yaml"));
    assert!(spec.pointer(pointer).is_some(), "{reference} exists");
    json_schema(json!({
        "$ref": format!("#{pointer}"),
        "components": spec["components"],
    }))
}

/// Panics unless `message` is valid as the AsyncAPI message `name`.
pub fn validate(name: &str, message: &Value) {
    let schema = payload_schema(name);
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(message)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{name}: {message}: {errors:?}");
}

/// Panics unless `message` is one of the messages the server may send on the
/// socket, as its shape says.
pub fn validate_server_message(message: &Value) {
    let name = if message.get("error").is_some() {
        "LiveError"
    } else if message.get("lagged").is_some() {
        "LiveLagged"
    } else if message.get("sub").is_some() {
        "LiveValues"
    } else {
        "LiveReply"
    };
    validate(name, message);
}
