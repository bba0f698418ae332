use crate::support::TestApp;
use hyper::Method;

const SPEC: &str = include_str!("../../api-spec.yaml");

#[tokio::test]
async fn the_served_spec_is_api_spec_yaml() {
    let app = TestApp::start().await;
    let yaml = app.raw(Method::GET, "/openapi.yaml", "").await;
    assert_eq!(yaml.status.as_u16(), 200);
    assert_eq!(yaml.body, SPEC.as_bytes());
    let json = app.raw(Method::GET, "/openapi.json", "").await;
    assert_eq!(json.status.as_u16(), 200);
    assert_eq!(json.content_type(), "application/json");
    let expected: serde_json::Value = serde_yaml::from_str(SPEC).unwrap();
    assert_eq!(json.json(), expected);
    assert_eq!(expected["openapi"], "3.0.3");
    assert_eq!(expected["servers"][0]["url"], "/api/v1");
}

#[tokio::test]
async fn swagger_ui_and_its_assets_are_served_from_the_binary() {
    let app = TestApp::start().await;
    let page = app.raw(Method::GET, "/ui/", "").await;
    assert_eq!(page.status.as_u16(), 200);
    assert!(page.content_type().starts_with("text/html"));
    let html = String::from_utf8_lossy(&page.body).to_string();
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no CDN: {html}"
    );
    for (asset, content_type) in [
        ("swagger-ui.css", "text/css"),
        ("swagger-ui-bundle.js", "text/javascript"),
        ("swagger-ui-standalone-preset.js", "text/javascript"),
        ("swagger-initializer.js", "text/javascript"),
    ] {
        assert!(html.contains(asset), "page refers to {asset}");
        let answer = app.raw(Method::GET, &format!("/ui/{asset}"), "").await;
        assert_eq!(answer.status.as_u16(), 200, "{asset}");
        assert!(answer.content_type().starts_with(content_type), "{asset}");
        assert!(answer.body.len() > 100, "{asset}");
    }
    let init = app.raw(Method::GET, "/ui/swagger-initializer.js", "").await;
    let init = String::from_utf8_lossy(&init.body);
    assert!(init.contains("../openapi.json"));
    assert!(init.contains("validatorUrl: null"), "no call out: {init}");
    // The UI's folder and the API root lead to the UI.
    for path in ["/ui", "", "/"] {
        let redirect = app.raw(Method::GET, path, "").await;
        assert_eq!(redirect.status.as_u16(), 301, "{path}");
        assert_eq!(redirect.headers["location"], "/api/v1/ui/", "{path}");
    }
}

#[tokio::test]
async fn the_console_and_its_files_are_served_at_the_root() {
    let app = TestApp::start().await;
    let get = |path: &'static str| {
        let base = app.base.clone();
        async move {
            crate::support::raw(
                Method::GET,
                &format!("{base}{path}"),
                bytes::Bytes::new(),
                &[],
            )
            .await
        }
    };
    let page = get("/").await;
    assert_eq!(page.status.as_u16(), 200);
    assert!(page.content_type().starts_with("text/html"));
    let html = String::from_utf8_lossy(&page.body).to_string();
    assert!(html.contains("/console/app.js"), "{html}");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no CDN: {html}"
    );
    for (path, content_type) in [
        ("/console/app.js", "text/javascript"),
        ("/console/console.css", "text/css"),
        ("/console/vendor/uplot/uPlot.esm.js", "text/javascript"),
        ("/console/vendor/uplot/uPlot.min.css", "text/css"),
        ("/console/vendor/uplot/LICENSE", "text/plain"),
    ] {
        let answer = get(path).await;
        assert_eq!(answer.status.as_u16(), 200, "{path}");
        assert!(answer.content_type().starts_with(content_type), "{path}");
        assert!(
            answer.headers.contains_key("content-security-policy"),
            "{path}"
        );
    }
    // Anything else outside the API is a problem 404, as before.
    let missing = get("/console/nothing.js").await;
    assert_eq!(missing.status.as_u16(), 404);
}

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = TestApp::start().await;
    match app.client.health().await.unwrap() {
        joule_api::HealthResponse::Ok(h) => assert_eq!(h.status, "ok"),
    }
    match app.client.ready().await.unwrap() {
        joule_api::ReadyResponse::Ok(h) => assert_eq!(h.status, "ok"),
        other => panic!("{other:?}"),
    }
    let answer = app.raw(Method::GET, "/health", "").await;
    assert!(answer.headers.contains_key("x-span-id"));
}
