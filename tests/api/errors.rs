//! Every client mistake gets a 4xx with an `application/problem+json` body, including
//! those the generated router catches itself.

use crate::support::{error_fields, TestApp};
use hyper::Method;

#[tokio::test]
async fn malformed_or_mistyped_bodies_are_400_problems() {
    let app = TestApp::start().await;
    let cases: &[(&str, &str)] = &[
        ("/sites", "{\"name\": "),
        ("/sites", "not json"),
        ("/sites", "{\"name\": 5}"),
        ("/sites", "{}"),
        ("/sites", ""),
        ("/devices", "{\"site_id\": \"one\", \"name\": \"x\"}"),
        ("/datapoints", "[1, 2]"),
        ("/datapoints/import", "{\"key\": \"not a list\"}"),
    ];
    for (path, body) in cases {
        let answer = app.raw(Method::POST, path, body.to_string()).await;
        let problem = answer.problem(400);
        assert!(
            !problem["detail"].as_str().unwrap().is_empty(),
            "{path} {body}"
        );
    }
    let answer = app.raw(Method::GET, "/sites", "").await;
    assert_eq!(
        answer.json()["items"],
        serde_json::json!([]),
        "nothing was stored"
    );
}

#[tokio::test]
async fn bad_path_ids_and_query_parameters_are_400_problems() {
    let app = TestApp::start().await;
    for path in [
        "/sites/abc",
        "/sites/99999999999999999999999",
        "/devices/1.5",
        "/datapoints/-x",
        "/sites?limit=0",
        "/sites?limit=1001",
        "/sites?limit=ten",
        "/sites?cursor=garbage",
        "/devices?site_id=x",
        "/datapoints?type=thermostat",
        "/datapoints?data_format=float",
        "/sites/1?cascade=perhaps",
    ] {
        let method = if path.contains("cascade") {
            Method::DELETE
        } else {
            Method::GET
        };
        app.raw(method, path, "").await.problem(400);
    }
    let cursor = app
        .raw(Method::GET, "/sites?cursor=garbage", "")
        .await
        .problem(400);
    assert_eq!(error_fields(&cursor), ["cursor"]);

    // The router's refusals say what would be right.
    let id = app.datapoint("hint.power").await;
    let interval = app
        .raw(
            Method::GET,
            &format!("/datapoints/{id}/aggregate?interval=15min&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z"),
            "",
        )
        .await
        .problem(400);
    let detail = interval["detail"].as_str().unwrap();
    assert!(
        detail.contains("`15min` is not allowed; use one of 1m, 5m, 15m"),
        "{detail}"
    );
    let plus = app
        .raw(
            Method::GET,
            &format!("/datapoints/{id}/values?from=2026-01-01T00:00:00+01:00"),
            "",
        )
        .await
        .problem(400);
    let detail = plus["detail"].as_str().unwrap();
    assert!(detail.contains("encode it as `%2B`"), "{detail}");
}

#[tokio::test]
async fn unknown_routes_and_ids_are_404_problems() {
    let app = TestApp::start().await;
    for path in ["/nothing", "/sites/1", "/devices/1", "/datapoints/1"] {
        app.raw(Method::GET, path, "").await.problem(404);
    }
    app.raw(Method::PATCH, "/sites/7", "{\"name\": \"x\"}")
        .await
        .problem(404);
    app.raw(Method::DELETE, "/devices/7", "").await.problem(404);
    let wrong_method = app.raw(Method::PUT, "/sites", "{}").await;
    assert!(wrong_method.status.is_client_error());
    assert_eq!(wrong_method.content_type(), "application/problem+json");
}

#[tokio::test]
async fn a_body_over_the_limit_is_a_413_problem() {
    let app = TestApp::start_with(&[("JOULE_BODY_LIMIT", "2048")]).await;
    let big = format!("{{\"name\": \"{}\"}}", "x".repeat(4096));
    app.raw(Method::POST, "/sites", big).await.problem(413);
    let batch: Vec<_> = (0..200)
        .map(|i| serde_json::json!({"key": format!("k{i}"), "type": "sensor", "data_format": "boolean"}))
        .collect();
    app.raw(
        Method::POST,
        "/datapoints/import",
        serde_json::to_vec(&batch).unwrap(),
    )
    .await
    .problem(413);
    let small = app
        .raw(Method::POST, "/sites", "{\"name\": \"small\"}")
        .await;
    assert_eq!(
        small.status.as_u16(),
        201,
        "the server serves on after a 413"
    );
    assert_eq!(
        app.raw(Method::GET, "/datapoints", "").await.json()["items"],
        serde_json::json!([])
    );
}

#[tokio::test]
async fn validation_problems_name_fields_and_unknown_fields_are_ignored() {
    let app = TestApp::start().await;
    let answer = app
        .raw(
            Method::POST,
            "/datapoints",
            r#"{"key": "k", "type": "valve", "data_format": "boolean"}"#,
        )
        .await;
    let problem = answer.problem(422);
    assert_eq!(error_fields(&problem), ["type"]);
    assert!(problem["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("sensor"));

    let answer = app
        .raw(Method::POST, "/sites", r#"{"name": "A", "colour": "blue"}"#)
        .await;
    assert_eq!(answer.status.as_u16(), 201);
    assert!(answer.json().get("colour").is_none());
    assert_eq!(
        answer.headers["warning"], "299 joule \"unknown fields ignored: colour\"",
        "ignored fields are reported by name"
    );

    // Field names that cannot go into a header are ignored the same way.
    let answer = app
        .raw(Method::POST, "/sites", r#"{"name": "Café", "größe": 1}"#)
        .await;
    assert_eq!(answer.status.as_u16(), 201);
    assert_eq!(answer.json()["name"], "Café");
}
