//! The front door: every request passes its stages in order, and any stage may
//! answer early (see [`App::stages`]). The request is looked up in the route table
//! once; the [`Match`] goes on to the gate, the body checks, the scope check and
//! the access log.
//!
//! rust-server answers a body or parameter it cannot parse, an unknown path and an
//! unknown method with text/plain (or an empty body). The spec promises
//! `application/problem+json` for every error, so such answers are rewritten here,
//! around the generated router, rather than by editing generated code.

use super::body_guard;
use super::bulk::{self, BulkLimits, Flavor};
use super::console;
use super::cors::Cors;
use super::docs::{Docs, DocsAnswer};
use super::gate::{self, Admitted, Gate};
use super::hints::{self, Hints};
use super::problem::{self, failure_response, problem_response, Failure, PROBLEM_JSON};
use super::query_lists;
use super::routes::{Kind, Lookup, Match, Operation, RouteTable};
use crate::access::Caller;
use crate::core::Core;
use crate::http::api::JouleApi;
use crate::http::context::{EmptyRequestContext, RequestContext, RequestMeta};
use crate::live::render::Renderings;
use crate::live::{sse, ws, Secret, StreamLimits};
use crate::metrics::requests::RequestMetrics;
use bytes::Bytes;
use futures::FutureExt as _;
use http_body_util::{combinators::BoxBody, BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{
    HeaderValue, ALLOW, AUTHORIZATION, CONNECTION, CONTENT_LENGTH, CONTENT_TYPE, LOCATION,
    RETRY_AFTER, WARNING,
};
use hyper::http::request::Parts;
use hyper::service::Service as _;
use hyper::{HeaderMap, Method, Request, Response, StatusCode};
use joule_db::FieldError;
use std::convert::Infallible;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::{Duration, Instant};
use swagger::auth::{AuthData, Authorization};
use swagger::{Push as _, XSpanIdString};
use tokio::sync::Semaphore;

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

/// A stage's outcome: what the next stage needs, or the answer, given early
/// (boxed: it is rare, and a response is large).
type Stage<T> = Result<T, Box<Response<Body>>>;

/// The answer to a failure, given early.
fn refuse(failure: Failure) -> Box<Response<Body>> {
    Box::new(failure_response(&failure))
}

/// Bytes one import may send, by default: 4 GiB.
pub const DEFAULT_IMPORT_LIMIT: usize = 4 << 30;

/// How long a client may take to send its whole body (408 beyond), by default.
pub const DEFAULT_BODY_READ_TIMEOUT: Duration = Duration::from_secs(30);
/// The `Retry-After` of every 503: about the time a database restart or a queue of
/// requests needs to clear.
pub const RETRY_AFTER_SECS: u64 = 5;

/// Everything a request needs, shared by all connections.
pub struct App {
    router: Router,
    core: Core,
    stream: StreamLimits,
    /// One permit per open WebSocket.
    sockets: Arc<Semaphore>,
    /// Value messages rendered once for all sockets.
    renderings: Arc<Renderings>,
    routes: RouteTable,
    hints: Hints,
    gate: Gate,
    cors: Cors,
    docs: Docs,
    body: BodyLimits,
    /// Bytes one import may send (the bulk doors' own limit).
    import_limit: usize,
    requests: RequestMetrics,
}

/// How much body a request may send, and how slowly.
#[derive(Debug, Clone, Copy)]
struct BodyLimits {
    limit: usize,
    read_timeout: Duration,
}

pub(crate) fn full(body: impl Into<Bytes>) -> Body {
    BoxBody::new(Full::new(body.into()))
}

impl App {
    pub fn new(api: JouleApi, docs: Docs, body_limit: usize) -> Self {
        let routes = RouteTable::from_spec(&docs.spec());
        App {
            requests: RequestMetrics::new(&routes),
            core: api.core().clone(),
            stream: StreamLimits::default(),
            sockets: Arc::new(Semaphore::new(StreamLimits::default().max_sockets)),
            renderings: Arc::default(),
            routes,
            hints: Hints::from_spec(&docs.spec()),
            gate: Gate::new(api.clone()),
            cors: Cors::default(),
            router: joule_api::server::Service::new(api, false),
            docs,
            body: BodyLimits {
                limit: body_limit,
                read_timeout: DEFAULT_BODY_READ_TIMEOUT,
            },
            import_limit: DEFAULT_IMPORT_LIMIT,
        }
    }

    /// Bytes one `POST /import` may send (after decompression).
    pub fn with_import_limit(mut self, limit: usize) -> Self {
        self.import_limit = limit;
        self
    }

    /// How long a client may take to send its body before a 408 frees the connection.
    pub fn with_body_read_timeout(mut self, timeout: Duration) -> Self {
        self.body.read_timeout = timeout;
        self
    }

    /// How the WebSocket and the event stream bound their work.
    pub fn with_stream_limits(mut self, limits: StreamLimits) -> Self {
        self.stream = limits;
        self.sockets = Arc::new(Semaphore::new(limits.max_sockets));
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
        let span = span_id(&request);
        let method = request.method().clone();
        let path = request.uri().path().to_string();
        let origin = self.cors.allowed_origin(request.headers());
        let bearer = request.headers().contains_key(AUTHORIZATION);
        // InfluxDB's write paths lead to Joule's `/write` (see `bulk`).
        let below = match bulk::influx_path(&path) {
            Some(_) => Some("/write"),
            None => path.strip_prefix(joule_api::BASE_PATH),
        };
        // The one lookup of this request; `None` outside the base path.
        let lookup = below.map(|below| self.routes.lookup(&method, below));
        let found = match &lookup {
            Some(Lookup::Found(m)) => Some(m.operation),
            _ => None,
        };
        let operation = found.map_or("-", |o| o.id.as_str());

        let mut response = match self.stages(request, lookup, &span).await {
            Ok(answer) => answer,
            Err(early) => *early,
        };
        finish(below.unwrap_or(""), bearer, origin, &span, &mut response);
        let elapsed = started.elapsed();
        self.requests
            .record(found, response.status().as_u16(), elapsed);
        log::info!(
            target: "joule::access",
            "{method} {path} {} {:.1}ms op={operation} span={}",
            response.status().as_u16(),
            elapsed.as_secs_f64() * 1000.0,
            span.0
        );
        response
    }

    /// The stages of a request, in order; each may answer early (`Err`).
    async fn stages(
        &self,
        request: Request<Incoming>,
        lookup: Option<Lookup<'_>>,
        span: &XSpanIdString,
    ) -> Stage<Response<Body>> {
        preflight(&self.cors, request.method(), request.headers())?;
        docs(&self.docs, request.uri().path(), lookup.as_ref())?;
        wrong_method(request.method(), lookup.as_ref())?;
        if let Some(Lookup::Found(m)) = &lookup {
            match m.operation.kind {
                Kind::Socket => return self.socket(request, m.clone()).await,
                Kind::Stream => return self.stream(request, m.clone()).await,
                Kind::Bulk => return Ok(self.bulk(request, m.clone()).await),
                Kind::Spec | Kind::Docs => {}
            }
        }
        let (mut parts, body) = request.into_parts();
        expand_lists(&mut parts)?;
        let found = matched(lookup)?;
        // Credentials and role before the body is read: a stranger cannot make the
        // server buffer a large body.
        let admitted = self
            .gate
            .admit(&parts.headers, found)
            .await
            .map_err(refuse)?;
        let body = self.body.read(&parts.headers, body).await?;
        let body = check_body(admitted.found.operation, &parts.headers, body).map_err(refuse)?;
        // The scope check reads the very bytes the router parses next.
        self.gate
            .check_scope(&admitted, parts.uri.query(), &body)
            .await
            .map_err(refuse)?;
        Ok(self.call_router(parts, body, admitted, span).await)
    }

    /// The WebSocket upgrade: credentials in the headers are checked now (401, 403
    /// as for any route); without them the socket must authenticate by message.
    async fn socket(&self, request: Request<Incoming>, found: Match<'_>) -> Stage<Response<Body>> {
        ws::check_upgrade(request.headers()).map_err(refuse)?;
        let signed_in = match secret(request.headers()).map_err(refuse)? {
            Some(secret) => {
                let admitted = self
                    .gate
                    .admit(request.headers(), found)
                    .await
                    .map_err(refuse)?;
                Some((admitted.caller, secret))
            }
            None => None,
        };
        let slot = self.sockets.clone().try_acquire_owned().map_err(|_| {
            refuse(Failure::new(
                503,
                "too many WebSocket connections are open; retry later",
            ))
        })?;
        let response = ws::upgrade(
            request,
            self.core.clone(),
            self.stream,
            self.renderings.clone(),
            signed_in,
            slot,
        );
        Ok(response.map(|()| full(Bytes::new())))
    }

    /// Server-sent events, for a caller authenticated by the headers.
    async fn stream(&self, request: Request<Incoming>, found: Match<'_>) -> Stage<Response<Body>> {
        let (parts, _) = request.into_parts();
        let admitted = self
            .gate
            .admit(&parts.headers, found)
            .await
            .map_err(refuse)?;
        let secret = secret(&parts.headers)
            .map_err(refuse)?
            .ok_or_else(|| refuse(Failure::new(401, "credentials are required")))?;
        sse::open(
            self.core.clone(),
            self.stream,
            admitted.caller,
            secret,
            &parts.headers,
            parts.uri.query(),
        )
        .await
        .map_err(refuse)
    }

    /// The bulk doors: line protocol in, export and import, which stream their
    /// bodies; InfluxDB's clients get InfluxDB's answers.
    async fn bulk(&self, request: Request<Incoming>, found: Match<'_>) -> Response<Body> {
        let flavor = bulk::influx_path(request.uri().path()).unwrap_or(Flavor::Joule);
        let (mut parts, body) = request.into_parts();
        bulk::influx_credentials(&mut parts.headers, parts.uri.query());
        let admitted = match self.gate.admit(&parts.headers, found).await {
            Ok(admitted) => admitted,
            Err(failure) => return bulk::fail(flavor, failure),
        };
        let limits = BulkLimits {
            write_bytes: self.body.limit,
            import_bytes: self.import_limit,
            read_timeout: self.body.read_timeout,
        };
        let (core, caller, query) = (&self.core, &admitted.caller, parts.uri.query());
        let answer = match admitted.found.operation.id.as_str() {
            "lineWrite" => bulk::write(core, caller, &parts.headers, query, body, limits).await,
            "dataExport" => bulk::export(core, caller, &parts.headers, query).await,
            "dataImport" => bulk::import(core, caller, &parts.headers, query, body, limits).await,
            other => Err(Failure::new(
                500,
                format!("operation {other} has no bulk door"),
            )),
        };
        answer.unwrap_or_else(|failure| bulk::fail(flavor, failure))
    }

    /// Hands the request to the generated router with the caller in its context,
    /// and makes its own error answers problems.
    async fn call_router(
        &self,
        parts: Parts,
        body: Bytes,
        admitted: Admitted<'_>,
        span: &XSpanIdString,
    ) -> Response<Body> {
        let query = parts.uri.query().map(str::to_string);
        let request = Request::from_parts(parts, full(body));
        let context = context(&request, admitted.caller, span);
        // A panic in generated code must cost one request, not the connection.
        match AssertUnwindSafe(self.router.call((request, context)))
            .catch_unwind()
            .await
        {
            Ok(Ok(response)) => {
                let operation = admitted.found.operation.id.as_str();
                let explain =
                    |text: &str| self.hints.query_failure(operation, query.as_deref(), text);
                let mut response = as_problem(response, explain).await;
                plain_warning(&mut response);
                if response.status() == StatusCode::METHOD_NOT_ALLOWED {
                    set_allow(&mut response, admitted.found.allow());
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
}

/// The credential in the headers, kept to be checked again while a live
/// connection lasts.
fn secret(headers: &HeaderMap) -> Result<Option<Secret>, Failure> {
    use crate::core::sessions::Credential;
    Ok(
        crate::http::api::auth::credential(headers)?.map(|c| match c {
            Credential::Bearer(token) => Secret::Bearer(token.to_string()),
            Credential::ApiKey(key) => Secret::ApiKey(key.to_string()),
        }),
    )
}

/// Stage: a CORS preflight from an allowed origin is answered here.
fn preflight(cors: &Cors, method: &Method, headers: &HeaderMap) -> Stage<()> {
    if !Cors::is_preflight(method, headers) {
        return Ok(());
    }
    let Some(origin) = cors.allowed_origin(headers) else {
        return Ok(());
    };
    let mut response = Response::new(full(Bytes::new()));
    *response.status_mut() = StatusCode::NO_CONTENT;
    Cors::preflight_headers(origin, response.headers_mut());
    Err(Box::new(response))
}

/// Stage: the web console (at `/` and `/console/`), the API root's redirect and the
/// docs routes of the table. A docs route that names no file goes on, to be a 404
/// after the query check like any other path.
fn docs(docs: &Docs, path: &str, lookup: Option<&Lookup<'_>>) -> Stage<()> {
    if let Some(page) = console::answer(path) {
        return Err(Box::new(docs_response(page)));
    }
    // The API root leads a browser to the API's UI.
    let api_root = path
        .strip_prefix(joule_api::BASE_PATH)
        .is_some_and(|rest| rest.is_empty() || rest == "/");
    if api_root {
        let to = format!("{}/ui/", joule_api::BASE_PATH);
        return Err(Box::new(docs_response(DocsAnswer::Redirect(to))));
    }
    let Some(Lookup::Found(m)) = lookup else {
        return Ok(());
    };
    if m.operation.kind != Kind::Docs {
        return Ok(());
    }
    let below = path.strip_prefix(joule_api::BASE_PATH).unwrap_or(path);
    match docs.answer(below) {
        Some(answer) => Err(Box::new(docs_response(answer))),
        None => Ok(()),
    }
}

/// Stage: a method the route does not have is a 405 naming those it has, whoever
/// asks (the router would take `/datapoints/import` for `/datapoints/{datapoint_id}`).
fn wrong_method(method: &Method, lookup: Option<&Lookup<'_>>) -> Stage<()> {
    let Some(Lookup::WrongMethod(allow)) = lookup else {
        return Ok(());
    };
    let mut response = problem_response(
        StatusCode::METHOD_NOT_ALLOWED,
        &format!("{method} is not allowed here; this route allows {allow}"),
    );
    set_allow(&mut response, allow);
    Err(Box::new(response))
}

/// Stage: id lists in the query exploded for the router, a bad item or a NUL a 400.
fn expand_lists(parts: &mut Parts) -> Stage<()> {
    match query_lists::explode(&parts.uri) {
        Ok(Some(uri)) => parts.uri = uri,
        Ok(None) => {}
        Err((param, reason)) => return Err(refuse(Failure::bad_request(&param, reason))),
    }
    Ok(())
}

/// Stage: the operation the request addresses, or a 404: nothing reaches the
/// router unmatched, so nothing the router might read differently passes as
/// anonymous.
fn matched(lookup: Option<Lookup<'_>>) -> Stage<Match<'_>> {
    match lookup {
        Some(Lookup::Found(m)) if m.operation.kind == Kind::Spec => Ok(m),
        _ => Err(Box::new(problem_response(
            StatusCode::NOT_FOUND,
            "no such route",
        ))),
    }
}

impl BodyLimits {
    /// Stage: the whole body, within the size limit and the read timeout.
    async fn read<B>(&self, headers: &HeaderMap, body: B) -> Stage<Bytes>
    where
        B: hyper::body::Body<Data = Bytes>,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let declared = headers
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > self.limit as u64) {
            return Err(Box::new(self.too_large()));
        }
        let read = Limited::new(body, self.limit).collect();
        match tokio::time::timeout(self.read_timeout, read).await {
            Ok(Ok(collected)) => Ok(collected.to_bytes()),
            Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => {
                Err(Box::new(self.too_large()))
            }
            Ok(Err(e)) => Err(Box::new(problem_response(
                StatusCode::BAD_REQUEST,
                &format!("the request body could not be read: {e}"),
            ))),
            Err(_) => {
                // A client this slow holds a connection and a task; close both.
                let mut response = problem_response(
                    StatusCode::REQUEST_TIMEOUT,
                    &format!(
                        "the request body did not arrive within {}s",
                        self.read_timeout.as_secs_f64()
                    ),
                );
                response
                    .headers_mut()
                    .insert(CONNECTION, HeaderValue::from_static("close"));
                Err(Box::new(response))
            }
        }
    }

    fn too_large(&self) -> Response<Body> {
        problem_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!(
                "the request body is larger than the limit of {} bytes",
                self.limit
            ),
        )
    }
}

/// Stage: the body as every later stage reads it: JSON sent as JSON, read one way
/// ([`body_guard::canonical`]), the right container, no null where the spec
/// allows none. Bodies of operations that take none are ignored by the router.
fn check_body(operation: &Operation, headers: &HeaderMap, body: Bytes) -> Result<Bytes, Failure> {
    if !operation.takes_body || body.is_empty() {
        return Ok(body);
    }
    if !is_json(headers.get(CONTENT_TYPE)) {
        return Err(Failure::new(
            415,
            "the body must be sent as 'Content-Type: application/json'",
        ));
    }
    let body = body_guard::canonical(body).map_err(|refusal| {
        if refusal.field.is_empty() {
            return Failure::new(400, refusal.message);
        }
        Failure::with_errors(
            StatusCode::BAD_REQUEST,
            format!("invalid body: {}: {}", refusal.field, refusal.message),
            vec![FieldError::new(refusal.field, refusal.message)],
        )
    })?;
    if let Some(expected) = operation.body.wrong_container(&body) {
        return Err(Failure::new(400, format!("the body must be {expected}")));
    }
    let nulls = operation.body.null_fields(&body);
    if !nulls.is_empty() {
        let detail = format!("invalid body: {}: must not be null", nulls[0].field);
        return Err(Failure::with_errors(StatusCode::BAD_REQUEST, detail, nulls));
    }
    Ok(body)
}

/// The router's request context: who calls, from where, under which span.
fn context(request: &Request<Body>, caller: Caller, span: &XSpanIdString) -> Context {
    let mut meta = RequestMeta::from_headers(request.headers());
    meta.client = request
        .extensions()
        .get::<std::net::SocketAddr>()
        .map(|a| a.ip());
    let authorization = gate::authorization(&caller);
    swagger::make_context!(
        RequestContext,
        EmptyRequestContext,
        meta,
        caller,
        authorization,
        None::<AuthData>,
        span.clone()
    )
}

/// Stage, last: the headers every answer gets. The gate's challenge and
/// `Cache-Control`, CORS, `Retry-After` on a 503, the span id, and the security
/// headers.
fn finish(
    below: &str,
    bearer: bool,
    origin: Option<HeaderValue>,
    span: &XSpanIdString,
    response: &mut Response<Body>,
) {
    gate::finish(below, bearer, response);
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
    let headers = response.headers_mut();
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    // No page of this server is meant to be framed (clickjacking).
    headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
}

fn set_allow(response: &mut Response<Body>, allow: &str) {
    if let Ok(value) = HeaderValue::from_str(allow) {
        response.headers_mut().insert(ALLOW, value);
    }
}

/// What the docs pages may load: their own files only (Swagger UI is served from
/// the binary), inline styles it sets on elements, images it draws as data URLs,
/// and calls to this server; never framed.
const DOCS_POLICY: &str =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
     form-action 'self'; frame-ancestors 'none'";

/// The caller's `X-Span-ID` if it is a short plain token, else a new one: the id
/// is written to the access log, where a caller must not forge lines.
fn span_id<B>(request: &Request<B>) -> XSpanIdString {
    let given = request
        .headers()
        .get("x-span-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            (1..=64).contains(&v.len())
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        });
    match given {
        Some(id) => XSpanIdString(id.to_string()),
        None => XSpanIdString::default(),
    }
}

fn docs_response(answer: DocsAnswer) -> Response<Body> {
    match answer {
        DocsAnswer::File { content_type, body } => {
            let mut response = Response::new(full(body));
            let headers = response.headers_mut();
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
            headers.insert(
                "content-security-policy",
                HeaderValue::from_static(DOCS_POLICY),
            );
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

/// Stage, around the router: an error it produced as text (or with no body)
/// becomes a problem. A JSON body is left alone: it is one the spec declares for
/// that status (the 422 `SumResult` of /compute/sum), never one of the router's own.
/// The router's `Warning` for ignored body fields, with plain field names.
fn plain_warning(response: &mut Response<Body>) {
    let plain = response
        .headers()
        .get(WARNING)
        .and_then(|v| v.to_str().ok())
        .and_then(hints::unknown_fields_warning)
        .and_then(|text| HeaderValue::from_str(&text).ok());
    if let Some(value) = plain {
        response.headers_mut().insert(WARNING, value);
    }
}

/// The router's own error answers (plain text) as problems; `explain` may give a
/// clearer detail for the router's text.
async fn as_problem(
    response: Response<Body>,
    explain: impl Fn(&str) -> Option<String>,
) -> Response<Body> {
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
        (_, "") => problem::title(status).to_string(),
        (_, t) => explain(t).unwrap_or_else(|| t.to_string()),
    };
    let mut rewritten = problem_response(status, &detail);
    for (name, value) in parts.headers.iter() {
        if name != CONTENT_TYPE && name != CONTENT_LENGTH {
            rewritten.headers_mut().insert(name.clone(), value.clone());
        }
    }
    rewritten
}

/// Whether a request's `Content-Type` is JSON: `application/json` or any `+json`
/// type, with parameters (`; charset=utf-8`) allowed.
fn is_json(content_type: Option<&HeaderValue>) -> bool {
    let Some(essence) = content_type
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
    else {
        return false;
    };
    let essence = essence.trim().to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

#[cfg(test)]
#[path = "front_tests.rs"]
mod tests;
