//! Bad input on every write route, from one table: malformed JSON, wrong types,
//! missing fields, huge numbers, NaN/Infinity literals, deep nesting, a body over the
//! limit, a batch over the limit, invalid UTF-8, path ids that are not numbers or
//! overflow int64, timestamps before 1970 and after 9999, and a client that sends its
//! body byte by byte. Each gets a 4xx problem, the server stays up, and nothing is
//! stored. Unknown fields are ignored and named in a `Warning` header; SQL-looking
//! strings are stored verbatim.

use crate::support::{Creds, RawResponse, TestApp, ADMIN_PASSWORD};
use hyper::Method;
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

const BODY_LIMIT: usize = 64 * 1024;
const MAX_BATCH: usize = 100;
const READ_TIMEOUT_SECS: u64 = 2;

/// The ids the routes write to.
struct Ids {
    site: i64,
    device: i64,
    numeric: i64,
    text: i64,
    actuator: i64,
    user: i64,
    key: i64,
}

/// One write route: how to reach it and bodies to vary.
struct Route {
    name: &'static str,
    method: Method,
    /// The path, `{id}` standing for the id it writes to.
    path: String,
    id: Option<i64>,
    /// A body the route accepts.
    valid: Value,
    /// The body with `@N` where a number goes (huge numbers, NaN, Infinity).
    number: &'static str,
    /// The body with `@S` where a string goes (invalid UTF-8, SQL), and how to read
    /// the stored string back from the answer (a JSON pointer).
    string: &'static str,
    read_back: &'static str,
    /// Whether SQL-looking strings go into that string (not for credentials, whose
    /// failures count towards the login throttle).
    sql: bool,
    /// A body of the right shape with a value of the wrong type.
    wrong_type: Value,
    /// A body with a required field missing, if the route has required fields.
    missing: Option<Value>,
    /// A body naming a timestamp before 1970 / after 9999 (`@T`), and the status.
    timestamp: Option<(&'static str, u16, u16)>,
    /// One item of a batch, if the route takes a batch limited by max_batch_points.
    batch_item: Option<Value>,
}

impl Route {
    fn path(&self) -> String {
        match self.id {
            Some(id) => self.path.replace("{id}", &id.to_string()),
            None => self.path.clone(),
        }
    }

    fn path_with(&self, id: &str) -> Option<String> {
        self.id.map(|_| self.path.replace("{id}", id))
    }
}

fn routes(ids: &Ids) -> Vec<Route> {
    let ts = "2026-01-01T00:00:00Z";
    vec![
        Route {
            name: "POST /sites",
            method: Method::POST,
            path: "/sites".into(),
            id: None,
            valid: json!({"name": "Depot"}),
            number: r#"{"name": "Depot", "latitude": @N}"#,
            string: r#"{"name": "@S"}"#,
            read_back: "/name",
            sql: true,
            wrong_type: json!({"name": 5}),
            missing: Some(json!({"timezone": "UTC"})),
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "PATCH /sites/{id}",
            method: Method::PATCH,
            path: "/sites/{id}".into(),
            id: Some(ids.site),
            valid: json!({"description": "renamed"}),
            number: r#"{"longitude": @N}"#,
            string: r#"{"address": "@S"}"#,
            read_back: "/address",
            sql: true,
            wrong_type: json!({"latitude": "north"}),
            missing: None,
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "POST /devices",
            method: Method::POST,
            path: "/devices".into(),
            id: None,
            valid: json!({"site_id": ids.site, "name": "meter"}),
            number: r#"{"site_id": @N, "name": "meter"}"#,
            string: r#"{"site_id": SITE, "name": "@S"}"#,
            read_back: "/name",
            sql: true,
            wrong_type: json!({"site_id": "one", "name": "meter"}),
            missing: Some(json!({"name": "meter"})),
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "PATCH /devices/{id}",
            method: Method::PATCH,
            path: "/devices/{id}".into(),
            id: Some(ids.device),
            valid: json!({"kind": "meter"}),
            number: r#"{"site_id": @N}"#,
            string: r#"{"serial_number": "@S"}"#,
            read_back: "/serial_number",
            sql: true,
            wrong_type: json!({"name": ["meter"]}),
            missing: None,
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "POST /datapoints",
            method: Method::POST,
            path: "/datapoints".into(),
            id: None,
            valid: json!({"key": "new", "type": "sensor", "data_format": "generic_numeric"}),
            number: r#"{"key": "new", "type": "sensor", "data_format": "generic_numeric", "min_value": @N}"#,
            string: r#"{"key": "@S", "type": "sensor", "data_format": "generic_text"}"#,
            read_back: "/key",
            sql: true,
            wrong_type: json!({"key": "new", "type": "sensor", "data_format": "generic_numeric", "min_value": "low"}),
            missing: Some(json!({"key": "new", "type": "sensor"})),
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "PATCH /datapoints/{id}",
            method: Method::PATCH,
            path: "/datapoints/{id}".into(),
            id: Some(ids.numeric),
            valid: json!({"unit": "kW"}),
            number: r#"{"max_value": @N}"#,
            string: r#"{"description": "@S"}"#,
            read_back: "/description",
            sql: true,
            wrong_type: json!({"allowed_values": "on"}),
            missing: None,
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "POST /datapoints/import",
            method: Method::POST,
            path: "/datapoints/import".into(),
            id: None,
            valid: json!([{"key": "imported", "type": "sensor", "data_format": "boolean"}]),
            number: r#"[{"key": "imported", "type": "sensor", "data_format": "generic_numeric", "max_value": @N}]"#,
            string: r#"[{"key": "imported-2", "name": "@S", "type": "sensor", "data_format": "boolean"}]"#,
            read_back: "",
            sql: true,
            wrong_type: json!([{"key": "imported", "type": "sensor", "data_format": "boolean", "device_id": "one"}]),
            missing: Some(json!([{"key": "imported", "data_format": "boolean"}])),
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "POST /datapoints/{id}/values",
            method: Method::POST,
            path: "/datapoints/{id}/values".into(),
            id: Some(ids.text),
            valid: json!([{"timestamp": ts, "value": "on"}]),
            number: r#"[{"timestamp": "2026-01-01T00:00:00Z", "value": @N}]"#,
            string: r#"[{"timestamp": "2026-01-02T00:00:00Z", "value": "@S"}]"#,
            read_back: "",
            sql: true,
            wrong_type: json!([{"timestamp": 1_767_225_600, "value": "on"}]),
            missing: Some(json!([{"value": "on"}])),
            timestamp: Some((r#"[{"timestamp": "@T", "value": "on"}]"#, 422, 422)),
            batch_item: Some(json!({"timestamp": ts, "value": "on"})),
        },
        Route {
            name: "POST /values",
            method: Method::POST,
            path: "/values".into(),
            id: None,
            valid: json!([{"datapoint_id": ids.text, "timestamp": ts, "value": "on"}]),
            number: r#"[{"datapoint_id": @N, "timestamp": "2026-01-01T00:00:00Z", "value": "on"}]"#,
            string: r#"[{"datapoint_key": "text", "timestamp": "2026-01-03T00:00:00Z", "value": "@S"}]"#,
            read_back: "",
            sql: true,
            wrong_type: json!([{"datapoint_id": ids.text, "timestamp": ts, "value": "on", "datapoint_key": 7}]),
            missing: Some(json!([{"datapoint_id": ids.text, "value": "on"}])),
            timestamp: Some((
                r#"[{"datapoint_key": "text", "timestamp": "@T", "value": "on"}]"#,
                422,
                422,
            )),
            batch_item: Some(json!({"datapoint_key": "text", "timestamp": ts, "value": "on"})),
        },
        Route {
            name: "PUT /datapoints/{id}/setpoint",
            method: Method::PUT,
            path: "/datapoints/{id}/setpoint".into(),
            id: Some(ids.actuator),
            valid: json!([{"preferred_value": "on"}]),
            number: r#"[{"preferred_value": "on", "min_value": @N}]"#,
            string: r#"[{"preferred_value": "@S"}]"#,
            read_back: "/setpoint/0/preferred_value",
            sql: true,
            wrong_type: json!([{"preferred_value": "on", "from_timestamp": 5}]),
            missing: Some(json!([{"from_timestamp": ts}])),
            // A typed date-time: before 1970 reads but breaks the rule, after 9999 does not read.
            timestamp: Some((
                r#"[{"preferred_value": "on", "from_timestamp": "@T"}]"#,
                422,
                400,
            )),
            batch_item: None,
        },
        Route {
            name: "PUT /datapoints/{id}/schedule",
            method: Method::PUT,
            path: "/datapoints/{id}/schedule".into(),
            id: Some(ids.actuator),
            valid: json!([{"value": "on"}]),
            number: r#"[{"value": @N}]"#,
            string: r#"[{"value": "@S"}]"#,
            read_back: "/schedule/0/value",
            sql: true,
            wrong_type: json!([{"value": "on", "to_timestamp": true}]),
            missing: Some(json!([{"to_timestamp": ts}])),
            timestamp: Some((r#"[{"value": "on", "to_timestamp": "@T"}]"#, 422, 400)),
            batch_item: None,
        },
        Route {
            name: "POST /auth/login",
            method: Method::POST,
            path: "/auth/login".into(),
            id: None,
            valid: json!({"username": "admin", "password": ADMIN_PASSWORD}),
            number: r#"{"username": @N, "password": "secret-password"}"#,
            string: r#"{"username": "@S", "password": "secret-password"}"#,
            read_back: "",
            sql: false,
            wrong_type: json!({"username": "admin", "password": 12345678}),
            missing: Some(json!({"username": "admin"})),
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "POST /auth/refresh",
            method: Method::POST,
            path: "/auth/refresh".into(),
            id: None,
            // Replaced by a fresh refresh token where it must succeed.
            valid: json!({"refresh_token": "REFRESH"}),
            number: r#"{"refresh_token": @N}"#,
            string: r#"{"refresh_token": "@S"}"#,
            read_back: "",
            sql: false,
            wrong_type: json!({"refresh_token": ["REFRESH"]}),
            missing: Some(json!({})),
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "POST /auth/password",
            method: Method::POST,
            path: "/auth/password".into(),
            id: None,
            // The same password again: a change that leaves the admin as it was.
            valid: json!({"old_password": ADMIN_PASSWORD, "new_password": ADMIN_PASSWORD}),
            number: r#"{"old_password": @N, "new_password": "new-password"}"#,
            string: r#"{"old_password": "@S", "new_password": "new-password"}"#,
            read_back: "",
            sql: false,
            wrong_type: json!({"old_password": ADMIN_PASSWORD, "new_password": true}),
            missing: Some(json!({"new_password": "new-password"})),
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "POST /users",
            method: Method::POST,
            path: "/users".into(),
            id: None,
            valid: json!({"username": "new-user", "password": "new-user-password", "role": "viewer"}),
            number: r#"{"username": "other-user", "password": "other-password", "role": @N}"#,
            string: r#"{"username": "sql-user", "password": "@S", "role": "viewer"}"#,
            read_back: "",
            sql: true,
            wrong_type: json!({"username": "other-user", "password": "other-password", "role": 1}),
            missing: Some(json!({"username": "other-user", "role": "viewer"})),
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "PATCH /users/{id}",
            method: Method::PATCH,
            path: "/users/{id}".into(),
            id: Some(ids.user),
            valid: json!({"active": true}),
            number: r#"{"role": @N}"#,
            string: r#"{"password": "@S"}"#,
            read_back: "",
            sql: true,
            wrong_type: json!({"active": "yes"}),
            missing: None,
            timestamp: None,
            batch_item: None,
        },
        Route {
            name: "POST /api-keys",
            method: Method::POST,
            path: "/api-keys".into(),
            id: None,
            valid: json!({"name": "meter key", "role": "writer"}),
            number: r#"{"name": "meter key", "role": "writer", "site_ids": [@N]}"#,
            string: r#"{"name": "@S", "role": "reader"}"#,
            read_back: "/name",
            sql: true,
            wrong_type: json!({"name": "meter key", "role": "writer", "site_ids": "all"}),
            missing: Some(json!({"role": "writer"})),
            timestamp: None,
            batch_item: None,
        },
    ]
}

/// Routes that only take a path id (and query parameters).
fn delete_routes(ids: &Ids) -> Vec<(&'static str, String)> {
    vec![
        ("DELETE /sites/{id}", format!("/sites/{}", ids.site)),
        ("DELETE /devices/{id}", format!("/devices/{}", ids.device)),
        (
            "DELETE /datapoints/{id}",
            format!("/datapoints/{}", ids.numeric),
        ),
        (
            "DELETE /datapoints/{id}/values",
            format!("/datapoints/{}/values", ids.text),
        ),
        ("DELETE /users/{id}", format!("/users/{}", ids.user)),
        ("DELETE /api-keys/{id}", format!("/api-keys/{}", ids.key)),
    ]
}

/// Everything the routes could have stored.
async fn snapshot(app: &TestApp, ids: &Ids) -> Value {
    let mut state = serde_json::Map::new();
    for path in [
        "/sites?limit=1000".to_string(),
        "/devices?limit=1000".to_string(),
        "/datapoints?limit=1000".to_string(),
        format!("/datapoints/{}/values?limit=100000", ids.numeric),
        format!("/datapoints/{}/values?limit=100000", ids.text),
        format!("/datapoints/{}/setpoints", ids.actuator),
        format!("/datapoints/{}/schedules", ids.actuator),
        "/users?limit=1000".to_string(),
        "/api-keys?limit=1000".to_string(),
    ] {
        let answer = app.raw(Method::GET, &path, "").await;
        assert!(answer.status.is_success(), "{path}: {answer:?}");
        state.insert(path, answer.json());
    }
    Value::Object(state)
}

/// A failed expectation, collected so one run reports every mismatch.
fn check(failures: &mut Vec<String>, route: &str, case: &str, answer: &RawResponse, expected: u16) {
    let text = String::from_utf8_lossy(&answer.body);
    let text: String = text.chars().take(300).collect();
    if answer.status.as_u16() != expected {
        failures.push(format!(
            "{route} / {case}: expected {expected}, got {}: {text}",
            answer.status
        ));
        return;
    }
    let problem: Value = serde_json::from_slice(&answer.body).unwrap_or(Value::Null);
    if answer.content_type() != "application/problem+json"
        || problem["status"] != expected
        || problem["detail"].as_str().is_none_or(str::is_empty)
    {
        failures.push(format!("{route} / {case}: not a problem document: {text}"));
    }
}

/// The text with the bytes FF FE (never valid UTF-8) where it has a NUL.
fn invalid_utf8(text: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    for b in text.bytes() {
        if b == 0 {
            bytes.extend_from_slice(&[0xff, 0xfe, b'a']);
        } else {
            bytes.push(b);
        }
    }
    bytes
}

/// `valid` (an object, or an array of objects) with `fields` first in its
/// (first) object.
fn with_leading_fields(valid: &Value, fields: &str) -> String {
    let text = valid.to_string();
    let at = text.find('{').unwrap() + 1;
    let rest = &text[at..];
    let sep = if rest.starts_with('}') { "" } else { ", " };
    format!("{}{fields}{sep}{rest}", &text[..at])
}

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// Sends the headers and then the body one byte every `pause`; answers the status
/// line and the problem, and whether the server closed the connection afterwards.
async fn slow_client(
    base: &str,
    method: &Method,
    path: &str,
    body: &[u8],
    headers: &[(String, String)],
    pause: Duration,
) -> (String, Value, bool) {
    let address = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect");
    let mut head = format!(
        "{method} {}{path} HTTP/1.1\r\nhost: {address}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n",
        joule_api::BASE_PATH,
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.expect("headers");
    let (mut reader, mut writer) = stream.into_split();
    let body = body.to_vec();
    let sender = tokio::spawn(async move {
        for byte in body {
            if writer.write_all(&[byte]).await.is_err() {
                return;
            }
            tokio::time::sleep(pause).await;
        }
    });
    let mut answer = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(30), reader.read_to_end(&mut answer))
        .await
        .is_ok();
    sender.abort();
    let text = String::from_utf8_lossy(&answer).to_string();
    let status = text.lines().next().unwrap_or("").to_string();
    let problem = text
        .split_once("\r\n\r\n")
        .and_then(|(_, body)| serde_json::from_str(body).ok())
        .unwrap_or(Value::Null);
    (status, problem, closed)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_write_route_refuses_bad_input_with_a_problem_and_stores_nothing() {
    let timeout = READ_TIMEOUT_SECS.to_string();
    let body_limit = BODY_LIMIT.to_string();
    let max_batch = MAX_BATCH.to_string();
    let app = TestApp::start_with(&[
        ("JOULE_BODY_LIMIT", body_limit.as_str()),
        ("JOULE_MAX_BATCH_POINTS", max_batch.as_str()),
        ("JOULE_BODY_READ_TIMEOUT_SECS", timeout.as_str()),
    ])
    .await;
    let created = |answer: RawResponse| -> i64 {
        assert!(answer.status.is_success(), "{answer:?}");
        answer.json()["id"].as_i64().unwrap()
    };
    let site = created(app.raw(Method::POST, "/sites", r#"{"name": "Site"}"#).await);
    let device = created(
        app.raw(
            Method::POST,
            "/devices",
            json!({"site_id": site, "name": "d"}).to_string(),
        )
        .await,
    );
    let datapoint = |key: &str, kind: &str, format: &str| {
        json!({"key": key, "device_id": device, "type": kind, "data_format": format}).to_string()
    };
    let numeric = created(
        app.raw(
            Method::POST,
            "/datapoints",
            datapoint("numeric", "sensor", "generic_numeric"),
        )
        .await,
    );
    let text = created(
        app.raw(
            Method::POST,
            "/datapoints",
            datapoint("text", "sensor", "generic_text"),
        )
        .await,
    );
    let actuator = created(
        app.raw(
            Method::POST,
            "/datapoints",
            datapoint("actuator", "actuator", "generic_text"),
        )
        .await,
    );
    let user = created(
        app.raw(
            Method::POST,
            "/users",
            json!({"username": "victim", "password": "victim-password", "role": "viewer"})
                .to_string(),
        )
        .await,
    );
    let key = created(
        app.raw(
            Method::POST,
            "/api-keys",
            json!({"name": "k", "role": "reader"}).to_string(),
        )
        .await,
    );
    let ids = Ids {
        site,
        device,
        numeric,
        text,
        actuator,
        user,
        key,
    };
    let routes = routes(&ids);
    let before = snapshot(&app, &ids).await;
    let mut failures = Vec::new();
    let mut tried = 0;

    for route in &routes {
        let path = route.path();
        let valid = route.valid.to_string();
        let fill = |template: &str, marker: &str, with: &str| {
            template
                .replace(marker, with)
                .replace("SITE", &site.to_string())
        };
        let mut cases: Vec<(String, Vec<u8>, u16)> = vec![
            (
                "malformed JSON".into(),
                valid[..valid.len() - 1].into(),
                400,
            ),
            ("no body".into(), Vec::new(), 400),
            ("not JSON".into(), b"name=Depot".to_vec(), 400),
            (
                "wrong type".into(),
                route.wrong_type.to_string().into(),
                400,
            ),
            (
                "wrong container".into(),
                if route.valid.is_array() {
                    b"{}".to_vec()
                } else {
                    b"[]".to_vec()
                },
                400,
            ),
            ("deeply nested".into(), nested(20_000).into(), 400),
            (
                "deeply nested field".into(),
                if route.valid.is_array() {
                    format!("[{}]", nested(5_000)).into()
                } else {
                    format!("{{\"zz\": {}}}", nested(5_000)).into()
                },
                400,
            ),
            (
                "body over the limit".into(),
                if route.valid.is_array() {
                    let item = route.valid[0].to_string();
                    let n = BODY_LIMIT / item.len() + 10;
                    format!("[{}]", vec![item; n].join(",")).into()
                } else {
                    let mut body = route.valid.clone();
                    body["description"] = "x".repeat(BODY_LIMIT).into();
                    body.to_string().into()
                },
                413,
            ),
            (
                "invalid UTF-8".into(),
                invalid_utf8(&fill(route.string, "@S", "\u{0}")),
                400,
            ),
            // PostgreSQL cannot store NUL and SQLite would: refused on both.
            (
                "NUL in a string".into(),
                fill(route.string, "@S", "a\\u0000b").into(),
                400,
            ),
            (
                "NUL in a field name".into(),
                with_leading_fields(&route.valid, r#""a\u0000b": 1"#).into(),
                400,
            ),
            // Readers disagree on which of two equal keys counts.
            (
                "duplicate key".into(),
                with_leading_fields(&route.valid, r#""zz": 1, "zz": 2"#).into(),
                400,
            ),
        ];
        for (name, n) in [
            ("huge number", "1e400"),
            ("huge negative number", "-1e999"),
            ("integer beyond int64", "9223372036854775808"),
            ("NaN", "NaN"),
            ("Infinity", "Infinity"),
            ("-Infinity", "-Infinity"),
        ] {
            // A large integer literal is a fine double; only an int64 field refuses it.
            if name.starts_with("integer") && !route.number.contains("_id\": @N") {
                continue;
            }
            cases.push((name.into(), fill(route.number, "@N", n).into(), 400));
        }
        if let Some(missing) = &route.missing {
            cases.push(("missing field".into(), missing.to_string().into(), 400));
        }
        if let Some((template, early, late)) = route.timestamp {
            for (name, t, status) in [
                ("timestamp before 1970", "1969-12-31T23:59:59Z", early),
                ("timestamp long before 1970", "0001-01-01T00:00:00Z", early),
                ("timestamp after 9999", "10000-01-01T00:00:00Z", late),
                ("leap second", "2026-06-30T23:59:60Z", early),
            ] {
                cases.push((name.into(), fill(template, "@T", t).into(), status));
            }
        }
        if let Some(item) = &route.batch_item {
            let items: Vec<Value> = (0..=MAX_BATCH as i64)
                .map(|i| {
                    let mut item = item.clone();
                    item["timestamp"] = crate::support::at(i).into();
                    item
                })
                .collect();
            cases.push((
                "batch over the limit".into(),
                Value::Array(items).to_string().into(),
                413,
            ));
        }
        if route.id.is_some() {
            for (name, bad) in [
                ("path id not a number", "abc"),
                ("path id a fraction", "1.5"),
                ("path id beyond int64", "9223372036854775808"),
            ] {
                let bad_path = route.path_with(bad).unwrap();
                let answer = app
                    .raw(route.method.clone(), &bad_path, valid.clone())
                    .await;
                check(&mut failures, route.name, name, &answer, 400);
                tried += 1;
            }
        }
        for (case, body, expected) in cases {
            let answer = app.raw(route.method.clone(), &path, body).await;
            check(&mut failures, route.name, &case, &answer, expected);
            tried += 1;
        }
        // A JSON body sent as something else (a simple cross-origin request needs
        // no preflight for these) is refused; JSON with parameters or `+json` is not.
        for content_type in [
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "",
        ] {
            let answer = crate::support::raw(
                route.method.clone(),
                &app.url(&path),
                valid.clone().into(),
                &[("content-type", content_type)],
            )
            .await;
            check(&mut failures, route.name, content_type, &answer, 415);
            tried += 1;
        }
        let health = app.raw(Method::GET, "/health", "").await;
        assert_eq!(
            health.status.as_u16(),
            200,
            "the server is down after {}",
            route.name
        );
    }

    for (name, path) in delete_routes(&ids) {
        for (case, bad) in [
            ("path id not a number", "abc"),
            ("path id beyond int64", "99999999999999999999"),
        ] {
            let bad_path = path.replacen(path.split('/').nth(2).unwrap(), bad, 1);
            let answer = app.raw(Method::DELETE, &bad_path, "").await;
            check(&mut failures, name, case, &answer, 400);
            tried += 1;
        }
    }
    for (case, query) in [
        ("from before 1970", "from=1969-12-31T23:59:59Z"),
        ("to not a date", "to=tomorrow"),
        (
            "from after to",
            "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z",
        ),
    ] {
        let answer = app
            .raw(
                Method::DELETE,
                &format!("/datapoints/{text}/values?{query}"),
                "",
            )
            .await;
        check(
            &mut failures,
            "DELETE /datapoints/{id}/values",
            case,
            &answer,
            400,
        );
        tried += 1;
    }

    // Slow clients, one per route at once: each gets 408 and its connection closed.
    let started = Instant::now();
    let headers = app.admin_headers();
    let slow: Vec<_> = routes
        .iter()
        .map(|route| {
            let (base, method, path, body, headers) = (
                app.base.clone(),
                route.method.clone(),
                route.path(),
                route.valid.to_string().into_bytes(),
                headers.clone(),
            );
            let name = route.name;
            tokio::spawn(async move {
                let (status, problem, closed) = slow_client(
                    &base,
                    &method,
                    &path,
                    &body,
                    &headers,
                    Duration::from_millis(400),
                )
                .await;
                (name, status, problem, closed)
            })
        })
        .collect();
    for s in slow {
        let (name, status, problem, closed) = s.await.unwrap();
        tried += 1;
        if !status.starts_with("HTTP/1.1 408") || problem["status"] != 408 || !closed {
            failures.push(format!(
                "{name} / slow client: {status} {problem} (connection closed: {closed})"
            ));
        }
    }
    let slow_took = started.elapsed();
    assert!(
        slow_took < Duration::from_secs(READ_TIMEOUT_SECS + 5),
        "slow clients held on for {slow_took:?}"
    );

    let after = snapshot(&app, &ids).await;
    assert!(
        failures.is_empty(),
        "{} of {tried} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(before, after, "a refused request stored something");

    // Unknown fields: accepted, ignored, and named in a Warning header, on every route.
    for route in &routes {
        let mut body = route.valid.clone();
        let target = if body.is_array() {
            &mut body[0]
        } else {
            &mut body
        };
        target["zz_unknown"] = json!(true);
        if route.name == "POST /datapoints" {
            body["key"] = "with-unknown".into();
        }
        if route.name == "POST /datapoints/import" {
            body[0]["key"] = "imported-unknown".into();
        }
        if route.name == "POST /auth/refresh" {
            body["refresh_token"] =
                app.login("admin", ADMIN_PASSWORD).await["refresh_token"].clone();
        }
        let answer = app
            .raw(route.method.clone(), &route.path(), body.to_string())
            .await;
        let warning = answer
            .headers
            .get("warning")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !answer.status.is_success() || !warning.contains("zz_unknown") {
            failures.push(format!(
                "{} / unknown field: {} warning '{warning}': {}",
                route.name,
                answer.status,
                String::from_utf8_lossy(&answer.body)
            ));
        }
        let echo: Value = serde_json::from_slice(&answer.body).unwrap_or(Value::Null);
        if let Some(echo) = echo.as_object() {
            if echo.contains_key("zz_unknown") {
                failures.push(format!("{} / unknown field: echoed back", route.name));
            }
        }
    }

    // SQL-looking strings are data: stored and read back verbatim; the tables stay.
    let sql = [
        "Robert'); DROP TABLE sites; --",
        "' OR '1'='1",
        "1; DELETE FROM datapoint_values WHERE 1=1; --",
    ];
    for (n, text_value) in sql.iter().enumerate() {
        for route in routes.iter().filter(|r| r.sql) {
            let escaped = serde_json::to_string(text_value).unwrap();
            let escaped = &escaped[1..escaped.len() - 1];
            let body = route
                .string
                .replace("@S", escaped)
                .replace("SITE", &site.to_string())
                .replace("imported-2", &format!("imported-sql-{n}"))
                .replace("sql-user", &format!("sql-user-{n}"))
                .replace("2026-01-02", &format!("2026-02-0{}", n + 1))
                .replace("2026-01-03", &format!("2026-03-0{}", n + 1));
            let answer = app
                .raw(route.method.clone(), &route.path(), body.clone())
                .await;
            if !answer.status.is_success() {
                failures.push(format!(
                    "{} / SQL-looking string: {}: {}",
                    route.name,
                    answer.status,
                    String::from_utf8_lossy(&answer.body)
                ));
                continue;
            }
            if !route.read_back.is_empty()
                && answer.json().pointer(route.read_back) != Some(&json!(text_value))
            {
                failures.push(format!(
                    "{} / SQL-looking string not echoed verbatim: {}",
                    route.name,
                    answer.json()
                ));
            }
        }
    }
    let texts = app
        .raw(
            Method::GET,
            &format!("/datapoints/{text}/values?limit=1000"),
            "",
        )
        .await
        .json();
    for s in sql {
        let stored = texts["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|v| v["value"] == s)
            .count();
        if stored != 2 {
            failures.push(format!("'{s}' stored {stored} times as a value, not 2"));
        }
    }
    let names = app
        .raw(Method::GET, "/datapoints?limit=1000", "")
        .await
        .json();
    for s in sql {
        if !names["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["name"] == s)
        {
            failures.push(format!("'{s}' not stored verbatim as an imported name"));
        }
    }
    // A password is a string like any other: each SQL-looking one signs its user in.
    for (n, s) in sql.iter().enumerate() {
        app.login(&format!("sql-user-{n}"), s).await;
    }
    app.login("victim", sql[sql.len() - 1]).await;
    let sites = app.raw(Method::GET, "/sites?limit=1000", "").await;
    assert_eq!(sites.status.as_u16(), 200, "the sites table is gone");
    assert!(
        sites.json()["items"].as_array().unwrap().len() > sql.len(),
        "sites: {}",
        sites.json()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    println!(
        "bad input: {tried} refused cases on {} routes, each a 4xx problem; nothing stored",
        routes.len() + delete_routes(&ids).len()
    );
}

/// Asserts a 400 problem that names `field` and the bound `max`.
fn names_the_bound(answer: &RawResponse, field: &str, max: usize) {
    let p = answer.problem(400);
    let detail = p["detail"].as_str().unwrap();
    assert!(
        detail.contains(field) && detail.contains(&max.to_string()),
        "{p}"
    );
    assert_eq!(p["errors"][0]["field"], field, "{p}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn over_long_credentials_are_400_naming_the_bound_and_store_nothing() {
    use diesel::{QueryDsl as _, RunQueryDsl as _};
    use joule_db::schema::login_failures;
    let app = TestApp::start().await;
    let mib = "x".repeat(1 << 20);
    let login = |username: &str, password: &str| {
        let body = json!({"username": username, "password": password}).to_string();
        app.raw_with(&Creds::None, Method::POST, "/auth/login", body)
    };
    // Twenty megabyte usernames: each refused before any work, none stored.
    for _ in 0..20 {
        names_the_bound(&login(&mib, "a password").await, "username", 64);
    }
    names_the_bound(&login(&"a".repeat(65), "a password").await, "username", 64);
    names_the_bound(&login("admin", &mib).await, "password", 1024);
    // At the bounds a login is an ordinary failure.
    let longest = login(&"a".repeat(64), &"p".repeat(1024)).await;
    assert_eq!(longest.status.as_u16(), 401, "{longest:?}");

    let refresh = json!({ "refresh_token": mib }).to_string();
    let answer = app
        .raw_with(&Creds::None, Method::POST, "/auth/refresh", refresh)
        .await;
    names_the_bound(&answer, "refresh_token", 1024);
    for field in ["old_password", "new_password"] {
        let mut change = json!({"old_password": ADMIN_PASSWORD, "new_password": "a new password"});
        change[field] = mib.clone().into();
        let answer = app
            .raw(Method::POST, "/auth/password", change.to_string())
            .await;
        names_the_bound(&answer, field, 1024);
    }
    let long = "k".repeat(8 * 1024);
    let answer = app
        .raw_with(&Creds::Key(long.clone()), Method::GET, "/sites", "")
        .await;
    names_the_bound(&answer, "X-API-Key", 1024);
    let answer = app
        .raw_with(&Creds::Bearer(long), Method::GET, "/sites", "")
        .await;
    names_the_bound(&answer, "Authorization", 1024);

    // Only the failure at the bounds is recorded, and it is small.
    let pool = joule_db::connection::connect(app.database_url(), &Default::default()).unwrap();
    let kept: Vec<String> = login_failures::table
        .select(login_failures::username_hash)
        .load(&mut pool.get().unwrap())
        .unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0].len(), 64);
    if let Some(path) = app.database_url().strip_prefix("sqlite://") {
        let dir = std::path::Path::new(path).parent().unwrap();
        let bytes: u64 = std::fs::read_dir(dir)
            .unwrap()
            .map(|f| f.unwrap().metadata().unwrap().len())
            .sum();
        assert!(bytes < 4 << 20, "the database grew to {bytes} bytes");
    }
}
