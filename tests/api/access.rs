//! Every operation of the embedded spec, called without credentials, as each role and
//! with each kind of API key (inside and outside its sites): 401, 403 or allowed as
//! the rules say. A new operation fails this test until it is classified below.

use crate::support::{estate, resolve, Creds, RawResponse, TestApp};
use hyper::Method;
use serde_json::{json, Value};

const SPEC: &str = include_str!("../../api-spec.yaml");

/// What each operation needs, stated here independently of the server's table.
fn needs(operation_id: &str) -> &'static str {
    match operation_id {
        "health" | "ready" | "authLogin" | "authRefresh" => "public",
        "authLogout" | "authMe" | "authPasswordChange" => "account",
        "sitesList"
        | "siteGet"
        | "connectorsList"
        | "connectorGet"
        | "connectorLogs"
        | "connectorRawMessages"
        | "connectorAvailableDatapoints"
        | "devicesList"
        | "deviceGet"
        | "datapointsList"
        | "datapointGet"
        | "datapointValuesList"
        | "datapointValueLatest"
        | "valuesLatest"
        | "datapointAggregate"
        | "timeseries"
        | "setpointGet"
        | "setpointsHistory"
        | "scheduleGet"
        | "schedulesHistory"
        | "computeSum"
        | "liveSocket"
        | "liveStream"
        | "dataExport" => "read",
        "datapointValuesWrite" | "valuesWrite" | "ingestTtn" | "lineWrite" | "dataImport" => {
            "write_values"
        }
        "siteCreate"
        | "siteUpdate"
        | "siteDelete"
        | "deviceCreate"
        | "deviceUpdate"
        | "deviceDelete"
        | "connectorCreate"
        | "connectorUpdate"
        | "connectorDelete"
        | "datapointCreate"
        | "datapointsImport"
        | "datapointUpdate"
        | "datapointDelete"
        | "datapointValuesDelete"
        | "setpointPut"
        | "schedulePut" => "edit",
        "usersList" | "userCreate" | "userGet" | "userUpdate" | "userDelete" | "apiKeysList"
        | "apiKeyCreate" | "apiKeyDelete" => "admin",
        other => panic!("operation {other} is new: classify it here and in access::permission"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Nobody,
    Viewer,
    Editor,
    Admin,
    Reader { inside: bool },
    Writer { inside: bool },
}

/// Whether `who` may call an operation that needs `need`; `targeted`: the request
/// names a site, device or datapoint (so a key's sites matter).
fn allowed(who: Who, need: &str, targeted: bool) -> bool {
    match who {
        Who::Nobody => need == "public",
        Who::Viewer => matches!(need, "public" | "read" | "account"),
        Who::Editor => need != "admin",
        Who::Admin => true,
        Who::Reader { inside } => need == "public" || (need == "read" && (inside || !targeted)),
        Who::Writer { inside } => {
            need == "public" || (matches!(need, "read" | "write_values") && (inside || !targeted))
        }
    }
}

struct Fixture {
    inside: (i64, i64, i64),
    outside: (i64, i64, i64),
    victim_user: i64,
    spare_key: i64,
    /// A connector at the inside site and one at the outside site.
    connectors: (i64, i64),
}

/// The request for an operation aimed at `ids` (site, device, datapoint).
fn request(
    spec: &Value,
    path: &str,
    item: &Value,
    op: &Value,
    ids: (i64, i64, i64),
    f: &Fixture,
) -> (String, String) {
    let (site, device, dp) = ids;
    let connector = if ids == f.inside {
        f.connectors.0
    } else {
        f.connectors.1
    };
    let mut url = path
        .replace("{connector_id}", &connector.to_string())
        .replace("{site_id}", &site.to_string())
        .replace("{device_id}", &device.to_string())
        .replace("{datapoint_id}", &dp.to_string())
        .replace("{user_id}", &f.victim_user.to_string())
        .replace("{key_id}", &f.spare_key.to_string());
    assert!(!url.contains('{'), "unknown path parameter in {path}");
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
                "datapoint_ids" => format!("datapoint_ids={dp}"),
                "from" => "from=2025-12-31T00:00:00Z".to_string(),
                "to" => "to=2026-01-02T00:00:00Z".to_string(),
                "interval" => "interval=1h".to_string(),
                other => panic!("no value for the required parameter {other} of {path}"),
            });
        }
    }
    if op["operationId"] == "dataExport" {
        query.push(format!("datapoint_ids={dp}"));
    }
    if !query.is_empty() {
        url = format!("{url}?{}", query.join("&"));
    }
    let body = match op["operationId"].as_str().unwrap() {
        "valuesWrite" => {
            json!([{"datapoint_id": dp, "timestamp": "2026-01-01T01:00:00Z", "value": 2}])
        }
        "datapointValuesWrite" => json!([{"timestamp": "2026-01-01T01:00:00Z", "value": 2}]),
        // The estate's datapoint is keyed `{name}.power`: an uplink of the TTN device
        // `{name}` with the field `power` reaches it.
        "ingestTtn" => {
            let name = if ids == f.inside { "inside" } else { "outside" };
            json!({"end_device_ids": {"device_id": name},
                   "uplink_message": {"decoded_payload": {"power": 2},
                                      "received_at": "2026-01-01T01:00:00Z"}})
        }
        // Line protocol naming the estate's datapoint (`{name}.power`) by key.
        "lineWrite" => {
            let name = if ids == f.inside { "inside" } else { "outside" };
            return (
                url,
                format!("joule,datapoint_key={name}.power value=2 1767229200000000000"),
            );
        }
        "dataImport" => {
            return (
                url,
                format!("datapoint_id,timestamp,value\n{dp},2026-01-01T01:00:00Z,2\n"),
            );
        }
        "computeSum" => json!({"param": {"scale": 1}, "datapoints": {"e1_ts": dp, "e2_ts": dp},
            "from": "2025-12-31T00:00:00Z", "to": "2026-01-02T00:00:00Z", "interval": "1h"}),
        _ => match op.pointer("/requestBody/content/application~1json/schema") {
            None => return (url, String::new()),
            Some(schema) if resolve(spec, schema)["type"] == "array" => json!([]),
            Some(_) => json!({}),
        },
    };
    (url, body.to_string())
}

fn check(answer: &RawResponse, who: Who, op_id: &str, expect_allowed: bool) {
    let status = answer.status.as_u16();
    let context = format!("{op_id} as {who:?}: {answer:?}");
    if expect_allowed {
        assert!(
            status != 401 && status != 403,
            "expected allowed: {context}"
        );
        assert!(status < 500, "{context}");
    } else if who == Who::Nobody {
        assert_eq!(status, 401, "{context}");
        answer.problem(401);
        assert!(answer.headers.contains_key("www-authenticate"), "{context}");
    } else {
        assert_eq!(status, 403, "{context}");
        answer.problem(403);
    }
}

#[tokio::test]
async fn every_operation_answers_401_403_or_serves_by_role_and_key_scope() {
    let app = TestApp::start().await;
    let spec: Value = serde_yaml::from_str(SPEC).unwrap();
    let inside = estate(&app, "inside").await;
    let outside = estate(&app, "outside").await;
    let viewer = app.user("viewer1", "viewer").await;
    let editor = app.user("editor1", "editor").await;
    let _ = app.user("victim", "viewer").await;
    let users = app.raw(Method::GET, "/users", "").await.json();
    let victim_user = users["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "victim")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let (_, reader) = app.key("reader", Some(&[inside.0])).await;
    let (_, writer) = app.key("writer", Some(&[inside.0])).await;
    let (spare_key, _) = app.key("reader", None).await;
    let mut connectors = Vec::new();
    for (name, site) in [("inside-gw", inside.0), ("outside-gw", outside.0)] {
        let body = json!({"name": name, "site_id": site});
        connectors.push(
            app.ok(Method::POST, "/connectors", body).await["id"]
                .as_i64()
                .unwrap(),
        );
    }
    let f = Fixture {
        inside,
        outside,
        victim_user,
        spare_key,
        connectors: (connectors[0], connectors[1]),
    };

    let mut operations = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for method in ["get", "put", "post", "patch", "delete"] {
            if let Some(op) = item.get(method) {
                operations.push((path.clone(), item.clone(), method, op.clone()));
            }
        }
    }
    // Deletions last, so every other call finds the fixture whole.
    operations.sort_by_key(|(_, _, method, _)| *method == "delete");
    assert!(operations.len() >= 46);

    let password = |who: Who| match who {
        Who::Viewer => ("viewer1", "viewer1-password"),
        Who::Editor => ("editor1", "editor1-password"),
        _ => ("admin", crate::support::ADMIN_PASSWORD),
    };
    for (path, item, method, op) in &operations {
        let op_id = op["operationId"].as_str().unwrap();
        let need = needs(op_id);
        // Answers that never end (an upgrade, an event stream) are not read whole
        // here; tests/api/ws.rs and tests/api/sse.rs check their credentials,
        // roles and key scopes.
        if matches!(op_id, "liveSocket" | "liveStream") {
            continue;
        }
        let declared_public = op["security"].as_array().is_some_and(Vec::is_empty);
        assert_eq!(
            declared_public,
            need == "public",
            "{op_id}: security in the spec"
        );
        let targeted = path.contains("{site_id}")
            || path.contains("{device_id}")
            || path.contains("{connector_id}")
            || path.contains("{datapoint_id}")
            || matches!(
                op_id,
                "valuesWrite"
                    | "computeSum"
                    | "valuesLatest"
                    | "timeseries"
                    | "ingestTtn"
                    | "lineWrite"
                    | "dataExport"
            );
        // An import is not refused whole for a key's sites: each row outside them is
        // refused and listed (tests/api/bulk.rs).
        let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
        let cases = [
            (Who::Nobody, Creds::None),
            (Who::Viewer, viewer.clone()),
            (Who::Editor, editor.clone()),
            (Who::Reader { inside: true }, reader.clone()),
            (Who::Reader { inside: false }, reader.clone()),
            (Who::Writer { inside: true }, writer.clone()),
            (Who::Writer { inside: false }, writer.clone()),
            (Who::Admin, app.admin.clone()),
        ];
        for (who, creds) in cases {
            let aim = match who {
                Who::Reader { inside: false } | Who::Writer { inside: false } => f.outside,
                _ => f.inside,
            };
            let (url, body) = request(&spec, path, item, op, aim, &f);
            // Signing out would end the credentials the other calls use.
            let creds = if op_id == "authLogout" && matches!(creds, Creds::Bearer(_)) {
                let (user, password) = password(who);
                let pair = app.login(user, password).await;
                Creds::Bearer(pair["access_token"].as_str().unwrap().to_string())
            } else {
                creds
            };
            let answer = app.raw_with(&creds, method.clone(), &url, body).await;
            check(&answer, who, op_id, allowed(who, need, targeted));
        }
    }
}
