//! Each stage of the front door on its own.

use super::*;
use http_body_util::StreamBody;
use hyper::body::Frame;

const SPEC: &str = include_str!("../../../api-spec.yaml");

fn table() -> RouteTable {
    RouteTable::from_spec(&serde_yaml::from_str(SPEC).expect("the spec is YAML"))
}

fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
    pairs
        .iter()
        .map(|(k, v)| {
            (
                hyper::header::HeaderName::from_static(k),
                HeaderValue::from_static(v),
            )
        })
        .collect()
}

async fn text(response: Response<Body>) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn below(path: &str) -> String {
    format!("{}{path}", joule_api::BASE_PATH)
}

#[test]
fn preflight_answers_only_allowed_origins() {
    let h = headers(&[
        ("origin", "https://app.example"),
        ("access-control-request-method", "POST"),
    ]);
    assert!(preflight(&Cors::default(), &Method::OPTIONS, &h).is_ok());
    let cors = Cors::new(&["https://app.example".to_string()]);
    let answer = preflight(&cors, &Method::OPTIONS, &h).expect_err("answered");
    assert_eq!(answer.status(), StatusCode::NO_CONTENT);
    assert!(preflight(&cors, &Method::GET, &h).is_ok());
}

#[test]
fn docs_answer_their_files_and_the_root_redirect() {
    let (table, docs_) = (table(), Docs::new(SPEC).expect("docs"));
    let root = docs(&docs_, joule_api::BASE_PATH, None).expect_err("redirect");
    assert_eq!(root.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(root.headers()[LOCATION], below("/ui/").as_str());
    let console = docs(&docs_, "/", None).expect_err("the console");
    assert_eq!(console.status(), StatusCode::OK);
    assert!(console.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(console.headers().contains_key("content-security-policy"));
    let lookup = table.lookup(&Method::POST, "/openapi.json");
    let file = docs(&docs_, &below("/openapi.json"), Some(&lookup)).expect_err("file");
    assert_eq!(file.headers()[CONTENT_TYPE], "application/json");
    assert!(file.headers().contains_key("content-security-policy"));
    // A docs route naming no file goes on, to be a 404.
    let lookup = table.lookup(&Method::GET, "/ui/nothing.js");
    assert!(docs(&docs_, &below("/ui/nothing.js"), Some(&lookup)).is_ok());
    assert_eq!(
        matched(Some(lookup)).expect_err("404").status(),
        StatusCode::NOT_FOUND
    );
    let lookup = table.lookup(&Method::GET, "/sites");
    assert!(docs(&docs_, &below("/sites"), Some(&lookup)).is_ok());
}

#[tokio::test]
async fn a_wrong_method_is_a_405_with_allow() {
    let table = table();
    let lookup = table.lookup(&Method::GET, "/datapoints/import");
    let answer = wrong_method(&Method::GET, Some(&lookup)).expect_err("405");
    assert_eq!(answer.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(answer.headers()[ALLOW], "POST");
    assert_eq!(answer.headers()[CONTENT_TYPE], PROBLEM_JSON);
    assert!(text(*answer).await.contains("GET is not allowed here"));
    let lookup = table.lookup(&Method::GET, "/sites");
    assert!(wrong_method(&Method::GET, Some(&lookup)).is_ok());
    assert!(wrong_method(&Method::GET, None).is_ok());
}

#[test]
fn id_lists_are_exploded_or_refused() {
    let parts = |uri: &str| Request::get(uri).body(()).expect("request").into_parts().0;
    let mut p = parts("/api/v1/timeseries?datapoint_ids=1,2");
    expand_lists(&mut p).expect("exploded");
    assert_eq!(p.uri.query(), Some("datapoint_ids=1&datapoint_ids=2"));
    let mut p = parts("/api/v1/timeseries?datapoint_ids=1,x");
    let answer = expand_lists(&mut p).expect_err("400");
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
}

#[test]
fn only_spec_operations_are_matched() {
    let table = table();
    assert_eq!(
        matched(None).expect_err("404").status(),
        StatusCode::NOT_FOUND
    );
    let lookup = table.lookup(&Method::GET, "/nothing");
    assert!(matched(Some(lookup)).is_err());
    let lookup = table.lookup(&Method::GET, "/sites/4");
    assert_eq!(
        matched(Some(lookup)).expect("found").operation.id,
        "siteGet"
    );
}

fn limits(limit: usize) -> BodyLimits {
    BodyLimits {
        limit,
        read_timeout: Duration::from_millis(50),
    }
}

#[tokio::test]
async fn a_body_is_read_within_its_limits() {
    let body = || Full::new(Bytes::from_static(b"0123456789"));
    let read = limits(10).read(&HeaderMap::new(), body()).await;
    assert_eq!(read.expect("read"), Bytes::from_static(b"0123456789"));
    let too_large = limits(9).read(&HeaderMap::new(), body()).await;
    assert_eq!(
        too_large.expect_err("413").status(),
        StatusCode::PAYLOAD_TOO_LARGE
    );
    // A declared length over the limit is refused before anything is read.
    let declared = headers(&[("content-length", "11")]);
    let refused = limits(10).read(&declared, body()).await;
    assert_eq!(
        refused.expect_err("413").status(),
        StatusCode::PAYLOAD_TOO_LARGE
    );
}

#[tokio::test]
async fn a_body_that_never_ends_is_a_408_closing_the_connection() {
    let stalled = StreamBody::new(futures::stream::pending::<Result<Frame<Bytes>, Infallible>>());
    let answer = limits(10)
        .read(&HeaderMap::new(), stalled)
        .await
        .expect_err("408");
    assert_eq!(answer.status(), StatusCode::REQUEST_TIMEOUT);
    assert_eq!(answer.headers()[CONNECTION], "close");
}

#[test]
fn bodies_are_json_of_the_right_shape_without_forbidden_nulls() {
    let table = table();
    let Lookup::Found(sites) = table.lookup(&Method::POST, "/sites") else {
        panic!("POST /sites");
    };
    let Lookup::Found(values) = table.lookup(&Method::POST, "/values") else {
        panic!("POST /values");
    };
    let json = headers(&[("content-type", "application/json; charset=utf-8")]);
    let check = |m: &Match<'_>, h: &HeaderMap, body: &'static [u8]| {
        check_body(m.operation, h, Bytes::from_static(body)).map_err(|f| f.status.as_u16())
    };
    assert_eq!(
        check(&sites, &headers(&[("content-type", "text/plain")]), b"{}"),
        Err(415)
    );
    assert_eq!(check(&sites, &HeaderMap::new(), b"{}"), Err(415));
    assert!(check(&sites, &HeaderMap::new(), b"").is_ok());
    assert_eq!(check(&sites, &json, br#"{"name": 1, "name": 2}"#), Err(400));
    assert_eq!(check(&sites, &json, b"[]"), Err(400));
    assert_eq!(check(&values, &json, b"{}"), Err(400));
    let nulls = check_body(
        sites.operation,
        &json,
        Bytes::from_static(br#"{"name": null}"#),
    )
    .expect_err("null");
    assert_eq!(nulls.errors[0].field, "name");
    assert!(check(&sites, &json, br#"{"name": "a"}"#).is_ok());
    // An operation without a body ignores what is sent.
    let Lookup::Found(list) = table.lookup(&Method::GET, "/sites") else {
        panic!("GET /sites");
    };
    assert!(check(&list, &HeaderMap::new(), b"anything").is_ok());
}

#[test]
fn json_is_application_json_or_a_json_suffix() {
    let is = |v: &'static str| is_json(Some(&HeaderValue::from_static(v)));
    assert!(is("application/json"));
    assert!(is("Application/JSON; charset=utf-8"));
    assert!(is("application/merge-patch+json"));
    assert!(!is("text/json"));
    assert!(!is("text/plain"));
    assert!(!is_json(None));
}

#[test]
fn every_answer_is_finished_with_the_same_headers() {
    let span = XSpanIdString("abc".to_string());
    let mut response = problem_response(StatusCode::SERVICE_UNAVAILABLE, "down");
    finish("/sites", false, None, &span, &mut response);
    assert_eq!(response.headers()[RETRY_AFTER], "5");
    assert_eq!(response.headers()["x-span-id"], "abc");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert_eq!(response.headers()["x-frame-options"], "DENY");
    let mut response = problem_response(StatusCode::UNAUTHORIZED, "who?");
    let origin = HeaderValue::from_static("https://app.example");
    finish("/auth/me", true, Some(origin), &span, &mut response);
    let challenges: Vec<_> = response
        .headers()
        .get_all(hyper::header::WWW_AUTHENTICATE)
        .iter()
        .collect();
    assert_eq!(challenges.len(), 2);
    assert_eq!(response.headers()[hyper::header::CACHE_CONTROL], "no-store");
    assert_eq!(
        response.headers()[hyper::header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://app.example"
    );
}

#[tokio::test]
async fn the_routers_text_errors_become_problems() {
    let plain = |status: StatusCode, body: &'static str| {
        let mut response = Response::new(full(body));
        *response.status_mut() = status;
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        response
            .headers_mut()
            .insert("warning", HeaderValue::from_static("x"));
        response
    };
    let rewritten = as_problem(plain(StatusCode::BAD_REQUEST, "bad thing"), |_| None).await;
    assert_eq!(rewritten.headers()[CONTENT_TYPE], PROBLEM_JSON);
    assert_eq!(rewritten.headers()["warning"], "x");
    assert!(text(rewritten).await.contains("bad thing"));
    let unauthenticated =
        as_problem(plain(StatusCode::FORBIDDEN, "Unauthenticated"), |_| None).await;
    assert_eq!(unauthenticated.status(), StatusCode::UNAUTHORIZED);
    let internal = as_problem(plain(StatusCode::INTERNAL_SERVER_ERROR, "secret"), |_| None).await;
    assert!(!text(internal).await.contains("secret"));
    let mut declared = Response::new(full(r#"{"sum": []}"#));
    *declared.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    declared
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    assert_eq!(
        text(as_problem(declared, |_| None).await).await,
        r#"{"sum": []}"#
    );
}
