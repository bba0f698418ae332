//! The front of every request: docs routes, the body-size limit, the generated
//! router, problem bodies for the router's own plain-text errors, and the access log.
//!
//! rust-server answers a body or parameter it cannot parse, an unknown path and an
//! unknown method with text/plain (or an empty body). The spec promises
//! `application/problem+json` for every error, so such answers are rewritten here,
//! around the generated router, rather than by editing generated code.

use crate::access::Caller;
use crate::api::JouleApi;
use crate::body_guard;
use crate::context::{EmptyRequestContext, RequestContext, RequestMeta};
use crate::contract::Contract;
use crate::cors::Cors;
use crate::docs::{Docs, DocsAnswer};
use crate::gate::{self, Gate};
use crate::problem;
use crate::query_lists;
use bytes::Bytes;
use futures::FutureExt as _;
use http_body_util::{combinators::BoxBody, BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{
    HeaderValue, ALLOW, CONNECTION, CONTENT_LENGTH, CONTENT_TYPE, LOCATION, RETRY_AFTER,
};
use hyper::service::Service as _;
use hyper::{Request, Response, StatusCode};
use std::convert::Infallible;
use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};
use swagger::auth::{AuthData, Authorization};
use swagger::{Push as _, XSpanIdString};

pub type Body = BoxBody<Bytes, Infallible>;
pub type Context = swagger::make_context_ty!(
    RequestContext,
    EmptyRequestContext,
    RequestMeta,
    Caller,
    Option<Authorization>,
    Option<AuthData>,
    XSpanIdString
);
type Router = joule_api::server::Service<JouleApi, Context>;

pub const PROBLEM_JSON: &str = "application/problem+json";
/// How long a client may take to send its whole body (408 beyond), by default.
pub const DEFAULT_BODY_READ_TIMEOUT: Duration = Duration::from_secs(30);
/// The `Retry-After` of every 503: about the time a database restart or a queue of
/// requests needs to clear.
pub const RETRY_AFTER_SECS: u64 = 5;

/// Everything a request needs, shared by all connections.
pub struct App {
    router: Router,
    gate: Gate,
    cors: Cors,
    docs: Docs,
    contract: Contract,
    body_limit: usize,
    body_read_timeout: Duration,
}

fn full(body: impl Into<Bytes>) -> Body {
    BoxBody::new(Full::new(body.into()))
}

/// A problem response outside the generated router.
pub fn problem_response(status: StatusCode, detail: &str) -> Response<Body> {
    problem_json(status, &problem::problem(status.as_u16(), detail, &[]))
}

fn problem_json(status: StatusCode, problem: &joule_api::models::Problem) -> Response<Body> {
    let body = serde_json::to_vec(problem).unwrap_or_default();
    let mut response = Response::new(full(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    response
}

impl App {
    pub fn new(api: JouleApi, docs: Docs, body_limit: usize) -> Self {
        App {
            gate: Gate::new(api.clone(), &spec_value(&docs)),
            cors: Cors::default(),
            router: joule_api::server::Service::new(api, false),
            contract: Contract::new(&docs.spec()),
            docs,
            body_limit,
            body_read_timeout: DEFAULT_BODY_READ_TIMEOUT,
        }
    }

    /// How long a client may take to send its body before a 408 frees the connection.
    pub fn with_body_read_timeout(mut self, timeout: Duration) -> Self {
        self.body_read_timeout = timeout;
        self
    }

    /// Browser apps on these origins may call the API (CORS); none by default.
    pub fn with_cors(mut self, origins: &[String]) -> Self {
        self.cors = Cors::new(origins);
        self
    }

    /// Answers one request; never fails, so a connection never drops on an error.
    pub async fn handle(&self, request: Request<Incoming>) -> Response<Body> {
        let started = Instant::now();
        let span = XSpanIdString::get_or_generate(&request);
        let method = request.method().clone();
        let path = request.uri().path().to_string();

        let origin = self.cors.allowed_origin(request.headers());
        let bearer = request.headers().contains_key(hyper::header::AUTHORIZATION);

        let mut response = self.route(request, &span).await;

        let below = path.strip_prefix(joule_api::BASE_PATH).unwrap_or("");
        gate::finish(below, bearer, &mut response);
        if let Some(origin) = origin {
            Cors::response_headers(origin, response.headers_mut());
        }

        // Whatever answered 503 (no connection free, database down), clients and
        // proxies learn when to retry.
        if response.status() == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .entry(RETRY_AFTER)
                .or_insert(HeaderValue::from(RETRY_AFTER_SECS));
        }

        if let Ok(value) = HeaderValue::from_str(&span.0) {
            response.headers_mut().insert("x-span-id", value);
        }
        response.headers_mut().insert(
            "x-content-type-options",
            HeaderValue::from_static("nosniff"),
        );
        log::info!(
            target: "joule::access",
            "{method} {path} {} {:.1}ms span={}",
            response.status().as_u16(),
            started.elapsed().as_secs_f64() * 1000.0,
            span.0
        );
        response
    }

    async fn route(&self, request: Request<Incoming>, span: &XSpanIdString) -> Response<Body> {
        if Cors::is_preflight(request.method(), request.headers()) {
            if let Some(origin) = self.cors.allowed_origin(request.headers()) {
                let mut response = Response::new(full(Bytes::new()));
                *response.status_mut() = StatusCode::NO_CONTENT;
                Cors::preflight_headers(origin, response.headers_mut());
                return response;
            }
        }
        let path = request.uri().path();
        if let Some(below) = path.strip_prefix(joule_api::BASE_PATH) {
            if let Some(answer) = self.docs.answer(below) {
                return docs_response(answer);
            }
        }
        if path == "/" {
            return docs_response(DocsAnswer::Redirect(format!(
                "{}/ui/",
                joule_api::BASE_PATH
            )));
        }
        // A method the route does not have is a 405 naming those it has, whoever asks
        // (the router would take `/datapoints/import` for `/datapoints/{datapoint_id}`).
        if let Some(below) = path.strip_prefix(joule_api::BASE_PATH) {
            if let Some(allow) = self.contract.disallowed(request.method(), below) {
                let mut response = problem_response(
                    StatusCode::METHOD_NOT_ALLOWED,
                    &format!(
                        "{} is not allowed here; this route allows {allow}",
                        request.method()
                    ),
                );
                if let Ok(value) = HeaderValue::from_str(&allow) {
                    response.headers_mut().insert(ALLOW, value);
                }
                return response;
            }
        }

        let (mut parts, body) = request.into_parts();
        match query_lists::explode(&parts.uri) {
            Ok(Some(uri)) => parts.uri = uri,
            Ok(None) => {}
            Err((param, reason)) => {
                return problem_response(
                    StatusCode::BAD_REQUEST,
                    &format!("invalid parameter '{param}': {reason}"),
                )
            }
        }
        // Credentials and role before the body is read: a stranger cannot make the
        // server buffer a large body.
        let op_path = parts
            .uri
            .path()
            .strip_prefix(joule_api::BASE_PATH)
            .unwrap_or("")
            .to_string();
        let caller = match self.gate.admit(&parts, &op_path).await {
            Ok(caller) => caller,
            Err(failure) => return failure_response(&failure),
        };
        let declared = parts
            .headers
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > self.body_limit as u64) {
            return self.too_large();
        }
        let read = Limited::new(body, self.body_limit).collect();
        let body = match tokio::time::timeout(self.body_read_timeout, read).await {
            Ok(Ok(collected)) => collected.to_bytes(),
            Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => return self.too_large(),
            Ok(Err(e)) => {
                return problem_response(
                    StatusCode::BAD_REQUEST,
                    &format!("the request body could not be read: {e}"),
                )
            }
            Err(_) => {
                // A client this slow holds a connection and a task; close both.
                let mut response = problem_response(
                    StatusCode::REQUEST_TIMEOUT,
                    &format!(
                        "the request body did not arrive within {}s",
                        self.body_read_timeout.as_secs_f64()
                    ),
                );
                response
                    .headers_mut()
                    .insert(CONNECTION, HeaderValue::from_static("close"));
                return response;
            }
        };
        let below = parts
            .uri
            .path()
            .strip_prefix(joule_api::BASE_PATH)
            .unwrap_or("")
            .to_string();
        if body_guard::too_deep(&body, body_guard::MAX_DEPTH) {
            return problem_response(
                StatusCode::BAD_REQUEST,
                &format!(
                    "the body nests deeper than {} levels",
                    body_guard::MAX_DEPTH
                ),
            );
        }
        if let Some(expected) = self.contract.wrong_container(&parts.method, &below, &body) {
            return problem_response(
                StatusCode::BAD_REQUEST,
                &format!("the body must be {expected}"),
            );
        }
        let nulls = self.contract.null_fields(&parts.method, &below, &body);
        if !nulls.is_empty() {
            let failure = problem::Failure {
                status: 400,
                detail: format!("invalid body: {}: must not be null", nulls[0].field),
                errors: nulls,
            };
            return problem_json(StatusCode::BAD_REQUEST, &failure.to_problem());
        }
        if let Err(failure) = self
            .gate
            .check_scope(&caller, &parts, &op_path, &body)
            .await
        {
            return failure_response(&failure);
        }
        let request = Request::from_parts(parts, full(body_guard::drop_unsafe_field_names(body)));
        let mut meta = RequestMeta::from_headers(request.headers());
        meta.client = request
            .extensions()
            .get::<std::net::SocketAddr>()
            .map(|a| a.ip());
        let authorization = gate::authorization(&caller);
        let context: Context = swagger::make_context!(
            RequestContext,
            EmptyRequestContext,
            meta,
            caller,
            authorization,
            None::<AuthData>,
            span.clone()
        );
        // A panic in generated code must cost one request, not the connection.
        match AssertUnwindSafe(self.router.call((request, context)))
            .catch_unwind()
            .await
        {
            Ok(Ok(response)) => {
                let mut response = as_problem(response).await;
                if response.status() == StatusCode::METHOD_NOT_ALLOWED {
                    if let Some(allow) = self.contract.allow(&below) {
                        if let Ok(value) = HeaderValue::from_str(&allow) {
                            response.headers_mut().insert(ALLOW, value);
                        }
                    }
                }
                response
            }
            Ok(Err(e)) => {
                log::error!("router failed: {e}");
                problem_response(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
            }
            Err(_) => {
                log::error!("the router panicked (span {})", span.0);
                problem_response(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
            }
        }
    }

    fn too_large(&self) -> Response<Body> {
        problem_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!(
                "the request body is larger than the limit of {} bytes",
                self.body_limit
            ),
        )
    }
}

fn docs_response(answer: DocsAnswer) -> Response<Body> {
    match answer {
        DocsAnswer::File { content_type, body } => {
            let mut response = Response::new(full(body));
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
            response
        }
        DocsAnswer::Redirect(to) => {
            let mut response = Response::new(full(Bytes::new()));
            *response.status_mut() = StatusCode::MOVED_PERMANENTLY;
            if let Ok(value) = HeaderValue::from_str(&to) {
                response.headers_mut().insert(LOCATION, value);
            }
            response
        }
    }
}

/// Rewrites an error the router produced as text (or with no body) into a problem.
/// A JSON body is left alone: it is one the spec declares for that status (the 422
/// `SumResult` of /compute/sum), never one of the router's own answers.
async fn as_problem(response: Response<Body>) -> Response<Body> {
    let status = response.status();
    let declared = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_JSON) || v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || declared {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = match body.collect().await {
        Ok(collected) => String::from_utf8_lossy(&collected.to_bytes()).into_owned(),
        Err(never) => match never {},
    };
    // The router's own answer to a secured operation without authorization. The
    // front authenticates first, so this only closes a gap in its route table.
    if status == StatusCode::FORBIDDEN && text.trim() == "Unauthenticated" {
        return problem_response(StatusCode::UNAUTHORIZED, "credentials are required");
    }
    let detail = match (status, text.trim()) {
        (StatusCode::NOT_FOUND, "") => "no such route".to_string(),
        (StatusCode::METHOD_NOT_ALLOWED, "") => {
            "this method is not allowed on this route".to_string()
        }
        (StatusCode::INTERNAL_SERVER_ERROR, _) => {
            log::error!("unexpected failure: {text}");
            "internal error".to_string()
        }
        (_, "") => problem::title(status.as_u16()).to_string(),
        (_, t) => t.to_string(),
    };
    let mut rewritten = problem_response(status, &detail);
    for (name, value) in parts.headers.iter() {
        if name != CONTENT_TYPE && name != CONTENT_LENGTH {
            rewritten.headers_mut().insert(name.clone(), value.clone());
        }
    }
    rewritten
}

/// A problem answer for a failure found before the router (authentication, access).
fn failure_response(failure: &problem::Failure) -> Response<Body> {
    let status = StatusCode::from_u16(failure.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    problem_json(status, &failure.to_problem())
}

/// The spec as JSON, for the route table of the front door.
fn spec_value(docs: &Docs) -> serde_json::Value {
    serde_json::from_str(&docs.json_text()).unwrap_or_default()
}
