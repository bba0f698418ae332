//! A key limited to some sites reaches nothing else, however a request is spelled.
//!
//! Every operation an API key may call is tried with site-limited reader and writer
//! keys, aiming at the other site through each path id, `datapoint_ids` and each
//! body field that names a datapoint, in spellings that one reader of a request
//! could take differently from another: percent-encoded digits, signs, spaces,
//! duplicate JSON keys (also with an unknown non-ASCII field beside them), escaped
//! key names, numbers written as fractions or strings. Each answer is a 400 or 403
//! problem, and nothing of the other site changes.

use crate::support::{estate, resolve, Creds, RawResponse, TestApp};
use hyper::Method;
use serde_json::{json, Value};

const SPEC: &str = include_str!("../../api-spec.yaml");

/// Everything of an estate a key might change, as the admin reads it.
async fn snapshot(app: &TestApp, (site, device, dp): (i64, i64, i64)) -> Value {
    let mut all = Vec::new();
    for path in [
        format!("/sites/{site}"),
        format!("/devices/{device}"),
        format!("/datapoints/{dp}"),
        format!("/datapoints/{dp}/values?limit=1000"),
        format!("/datapoints/{dp}/setpoints"),
        format!("/datapoints/{dp}/schedules"),
    ] {
        let answer = app.raw(Method::GET, &path, "").await;
        assert_eq!(answer.status.as_u16(), 200, "{path}: {answer:?}");
        all.push(answer.json());
    }
    Value::Array(all)
}

/// Ways to write `id` in a path segment or an id list that are not plain digits.
fn spellings(id: i64) -> Vec<String> {
    let digits = id.to_string();
    let encoded: String = digits.bytes().map(|b| format!("%{b:02X}")).collect();
    let first_encoded = format!("%{:02X}{}", digits.as_bytes()[0], &digits[1..]);
    vec![
        encoded,
        first_encoded,
        format!("%2B{digits}"),
        format!("+{digits}"),
        format!("%20{digits}"),
        format!("{digits}%20"),
        format!("{digits}%00"),
        format!("{digits}.0"),
        format!("--{digits}"),
        format!("%EF%BC%9{}", digits.as_bytes()[0] - b'0'), // a fullwidth digit
    ]
}

/// Bodies aiming a value write or a sum at `outside` while seeming to name `inside`.
fn body_attacks(op: &str, inside: (i64, i64, i64), outside: (i64, i64, i64)) -> Vec<String> {
    let (i, o) = (inside.2, outside.2);
    let (ik, ok) = ("inside.power", "outside.power");
    match op {
        "valuesWrite" => {
            let tail = r#""timestamp": "2026-01-01T05:00:00Z", "value": 9"#;
            vec![
                format!(r#"[{{"datapoint_id": {i}, "datapoint_id": {o}, {tail}, "é": 1}}]"#),
                format!(r#"[{{"datapoint_id": {o}, "datapoint_id": {i}, {tail}, "é": 1}}]"#),
                format!(r#"[{{"datapoint_id": {i}, "datapoint_id": {o}, {tail}}}]"#),
                format!(r#"[{{"datapoint_id": {i}, "datapoint\u005fid": {o}, {tail}}}]"#),
                format!(
                    r#"[{{"datapoint_key": "{ik}", "datapoint_key": "{ok}", {tail}, "é": 1}}]"#
                ),
                format!(r#"[{{"datapoint_key": "{ok}", "datapoint_key": "{ik}", {tail}}}]"#),
                format!(r#"[{{"datapoint_id": {i}, "datapoint_key": "{ok}", {tail}}}]"#),
                format!(r#"[{{"datapoint_id": {i}, {tail}}}, {{"datapoint_id": {o}, {tail}}}]"#),
                format!(r#"[{{"datapoint_id": {o}.0, {tail}}}]"#),
                format!(r#"[{{"datapoint_id": "{o}", {tail}}}]"#),
                format!(r#"[{{"datapoint_id": {o}e0, {tail}}}]"#),
            ]
        }
        "computeSum" => {
            let tail = r#""param": {"scale": 1}, "from": "2025-12-31T00:00:00Z",
                          "to": "2026-01-02T00:00:00Z", "interval": "1h""#;
            vec![
                format!(
                    r#"{{"datapoints": {{"e1_ts": {i}, "e2_ts": {i}, "e1_ts": {o}}}, {tail}, "é": 1}}"#
                ),
                format!(
                    r#"{{"datapoints": {{"e1_ts": {o}, "e1_ts": {i}, "e2_ts": {i}}}, {tail}}}"#
                ),
                format!(
                    r#"{{"datapoints": {{"e1_ts": {i}, "e2_ts": {i}}}, "datapoints": {{"e1_ts": {o}, "e2_ts": {o}}}, {tail}}}"#
                ),
                format!(r#"{{"datapoints": {{"e1_ts": {i}, "e2_ts": {o}}}, {tail}}}"#),
                format!(r#"{{"datapoints": {{"e1_ts": {i}, "e2_ts": "{o}"}}, {tail}}}"#),
                format!(r#"{{"datapoints": {{"e1_ts": {i}, "e2_ts": {o}.0}}, {tail}}}"#),
            ]
        }
        _ => vec![],
    }
}

/// The required query of an operation, with `ids` as its `datapoint_ids`.
fn query(spec: &Value, item: &Value, op: &Value, ids: &str) -> String {
    let params = item["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(op["parameters"].as_array().into_iter().flatten());
    let mut query = Vec::new();
    for p in params {
        let p = resolve(spec, p);
        if p["in"] == "query" && p["required"] == true {
            query.push(match p["name"].as_str().unwrap() {
                "datapoint_ids" => format!("datapoint_ids={ids}"),
                "from" => "from=2025-12-31T00:00:00Z".to_string(),
                "to" => "to=2026-01-02T00:00:00Z".to_string(),
                "interval" => "interval=1h".to_string(),
                other => panic!("no value for the required parameter {other}"),
            });
        }
    }
    if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    }
}

/// A body the operation accepts for the inside estate (its path aims elsewhere).
fn valid_body(op_id: &str, inside: (i64, i64, i64)) -> String {
    match op_id {
        "datapointValuesWrite" => json!([{"timestamp": "2026-01-01T05:00:00Z", "value": 9}]),
        "valuesWrite" => {
            json!([{"datapoint_id": inside.2, "timestamp": "2026-01-01T05:00:00Z", "value": 9}])
        }
        "computeSum" => {
            json!({"param": {"scale": 1}, "datapoints": {"e1_ts": inside.2, "e2_ts": inside.2},
            "from": "2025-12-31T00:00:00Z", "to": "2026-01-02T00:00:00Z", "interval": "1h"})
        }
        _ => return String::new(),
    }
    .to_string()
}

fn refused(answer: &RawResponse, context: &str) {
    let status = answer.status.as_u16();
    assert!(
        status == 400 || status == 403,
        "{context}: expected 400 or 403, got {answer:?}"
    );
    answer.problem(status);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn site_limited_keys_reach_nothing_outside_however_the_request_is_spelled() {
    let app = TestApp::start().await;
    let spec: Value = serde_yaml::from_str(SPEC).unwrap();
    let inside = estate(&app, "inside").await;
    let outside = estate(&app, "outside").await;
    for (what, body) in [
        (
            "setpoint",
            json!([{"from_timestamp": null, "to_timestamp": null, "preferred_value": 20}]),
        ),
        (
            "schedule",
            json!([{"from_timestamp": null, "to_timestamp": null, "value": 20}]),
        ),
    ] {
        let path = format!("/datapoints/{}/{what}", outside.2);
        let answer = app.raw(Method::PUT, &path, body.to_string()).await;
        assert!(answer.status.is_success(), "{path}: {answer:?}");
    }
    let connector = app
        .ok(
            Method::POST,
            "/connectors",
            json!({"name": "outside-gw", "site_id": outside.0}),
        )
        .await["id"]
        .as_i64()
        .unwrap();
    let (_, reader) = app.key("reader", Some(&[inside.0])).await;
    let (_, writer) = app.key("writer", Some(&[inside.0])).await;
    let before = snapshot(&app, outside).await;

    let mut tried = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        for method in ["get", "put", "post", "patch", "delete"] {
            let Some(op) = item.get(method) else { continue };
            let keys_allowed = op["security"]
                .as_array()
                .is_some_and(|list| list.iter().any(|s| s.get("apiKeyAuth").is_some()));
            if !keys_allowed {
                continue;
            }
            let op_id = op["operationId"].as_str().unwrap();
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let params = [
                "{site_id}",
                "{device_id}",
                "{datapoint_id}",
                "{connector_id}",
            ];
            let named = params.iter().position(|p| path.contains(p));
            let has_ids = query(&spec, item, op, "X").contains("datapoint_ids");
            let mut requests: Vec<(String, String)> = Vec::new();
            if let Some(n) = named {
                let outside_id = [outside.0, outside.1, outside.2, connector][n];
                for spelled in spellings(outside_id) {
                    let url = path.replace(params[n], &spelled);
                    let q = query(&spec, item, op, &inside.2.to_string());
                    requests.push((format!("{url}{q}"), valid_body(op_id, inside)));
                }
            }
            if has_ids {
                let mut lists = vec![
                    format!("{},{}", inside.2, outside.2),
                    format!("{}&datapoint_ids={}", inside.2, outside.2),
                ];
                lists.extend(
                    spellings(outside.2)
                        .into_iter()
                        .map(|s| format!("{},{s}", inside.2)),
                );
                for ids in lists {
                    requests.push((
                        format!("{path}{}", query(&spec, item, op, &ids)),
                        String::new(),
                    ));
                }
            }
            for body in body_attacks(op_id, inside, outside) {
                requests.push((path.clone(), body));
            }
            assert!(
                !requests.is_empty() || !(path.contains('{') || has_ids),
                "{op_id}: nothing to try"
            );
            for (url, body) in requests {
                for (name, creds) in [("reader", &reader), ("writer", &writer)] {
                    let answer = app
                        .raw_with(creds, method.clone(), &url, body.clone())
                        .await;
                    refused(&answer, &format!("{op_id} {url} {body} as {name}"));
                    tried += 1;
                }
            }
        }
    }
    assert!(tried > 300, "only {tried} requests tried");
    assert_eq!(
        snapshot(&app, outside).await,
        before,
        "the other site changed"
    );

    // The same keys still do their work inside their site.
    let answer = app
        .raw_with(
            &writer,
            Method::POST,
            "/values",
            valid_body("valuesWrite", inside),
        )
        .await;
    assert_eq!(answer.status.as_u16(), 200, "{answer:?}");
    let answer = app
        .raw_with(
            &reader,
            Method::GET,
            &format!("/datapoints/{}/values", inside.2),
            "",
        )
        .await;
    assert_eq!(answer.status.as_u16(), 200, "{answer:?}");
    assert_eq!(answer.json()["items"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn ids_are_plain_digits_and_unknown_routes_are_404_for_everyone() {
    let app = TestApp::start().await;
    let (site, _, dp) = estate(&app, "only").await;
    for spelled in spellings(dp) {
        let answer = app
            .raw(
                Method::GET,
                &format!("/datapoints/{spelled}/values/latest"),
                "",
            )
            .await;
        let problem = answer.problem(400);
        assert!(
            problem["detail"].as_str().unwrap().contains("datapoint_id"),
            "{spelled}: {problem}"
        );
    }
    // A negative id is an id (the spec's int64) that names nothing.
    let answer = app
        .raw(Method::GET, &format!("/datapoints/-{dp}/values/latest"), "")
        .await;
    answer.problem(404);
    // Leading zeros are still digits: the same id for every reader.
    let answer = app.raw(Method::GET, &format!("/sites/0{site}"), "").await;
    assert_eq!(answer.status.as_u16(), 200, "{answer:?}");
    for path in [
        format!("/datapoints/{dp}/%76alues"),
        format!("/datapoints/{dp}/values/"),
        format!("//datapoints/{dp}"),
        "/nothing".to_string(),
    ] {
        for creds in [Creds::None, app.admin.clone()] {
            let answer = app.raw_with(&creds, Method::GET, &path, "").await;
            answer.problem(404);
        }
    }
}
