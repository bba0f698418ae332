//! The WebSocket door at `/ws`: a JSON protocol (docs/live.md, asyncapi.yaml).
//! A client authenticates (upgrade headers or an `auth` message), subscribes to
//! datapoints, receives a snapshot, then every committed value of them. The
//! credentials are checked again every few seconds: a revoked key or an ended
//! session closes the connection, an expired token pauses delivery until an
//! `auth` message renews it.

use super::outbox::{Closed, Outbox};
use super::paced::Paced;
use super::render::Renderings;
use super::{standing, LiveValue, Secret, Standing, StreamLimits};
use crate::access::Caller;
use crate::core::live::{Followed, Selection};
use crate::core::Core;
use crate::http::problem::Failure;
use crate::metrics::LiveGauge;
use futures::{SinkExt as _, StreamExt as _};
use hyper::header::{HeaderValue, CONNECTION, SEC_WEBSOCKET_ACCEPT, SEC_WEBSOCKET_KEY, UPGRADE};
use hyper::{HeaderMap, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use joule_db::committed::Change;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;
use tokio::time::{Instant, MissedTickBehavior};
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;

/// The largest message a client may send; commands are small.
const MAX_INCOMING: usize = 64 * 1024;
/// The read buffer each socket starts with.
const READ_BUFFER: usize = 4 * 1024;
/// How long a reply may wait for room in a reader's queue before the connection
/// is given up.
const REPLY_WAIT: Duration = Duration::from_secs(10);

/// Whether `headers` ask for a WebSocket upgrade we can answer; the refusal says
/// what is missing.
pub fn check_upgrade(headers: &HeaderMap) -> Result<(), Failure> {
    let has = |name, token: &str| {
        headers.get_all(name).iter().any(|v| {
            v.to_str()
                .is_ok_and(|v| v.split(',').any(|t| t.trim().eq_ignore_ascii_case(token)))
        })
    };
    if !has(UPGRADE, "websocket") || !has(CONNECTION, "upgrade") {
        return Err(Failure::new(
            426,
            "this route is a WebSocket: send 'Upgrade: websocket' and 'Connection: Upgrade'",
        ));
    }
    if headers
        .get("sec-websocket-version")
        .map(HeaderValue::as_bytes)
        != Some(b"13")
    {
        return Err(Failure::new(400, "Sec-WebSocket-Version must be 13"));
    }
    if headers.get(SEC_WEBSOCKET_KEY).is_none() {
        return Err(Failure::new(400, "Sec-WebSocket-Key is missing"));
    }
    Ok(())
}

/// Answers an upgrade request (checked by [`check_upgrade`]) with 101 and serves
/// the socket on its own task once hyper hands the connection over.
pub fn upgrade<B: Send + 'static>(
    mut request: Request<B>,
    core: Core,
    limits: StreamLimits,
    renderings: Arc<Renderings>,
    signed_in: Option<(Caller, Secret)>,
    slot: tokio::sync::OwnedSemaphorePermit,
) -> Response<()> {
    let key = request
        .headers()
        .get(SEC_WEBSOCKET_KEY)
        .map(|k| derive_accept_key(k.as_bytes()))
        .unwrap_or_default();
    let upgrading = hyper::upgrade::on(&mut request);
    tokio::spawn(async move {
        let _slot = slot;
        match upgrading.await {
            Ok(upgraded) => {
                // Commands are small: a 4 KiB read buffer (grown for a larger
                // frame) instead of tungstenite's 128 KiB, which a thousand idle
                // subscribers would hold as 128 MiB.
                let config = WebSocketConfig::default()
                    .read_buffer_size(READ_BUFFER)
                    .max_message_size(Some(MAX_INCOMING))
                    .max_frame_size(Some(MAX_INCOMING));
                let socket = WebSocketStream::from_raw_socket(
                    TokioIo::new(upgraded),
                    Role::Server,
                    Some(config),
                )
                .await;
                let _open = LiveGauge::open("websocket");
                serve(socket, core, limits, renderings, signed_in).await;
            }
            Err(e) => log::debug!("WebSocket upgrade failed: {e}"),
        }
    });
    let mut response = Response::new(());
    *response.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let headers = response.headers_mut();
    headers.insert(UPGRADE, HeaderValue::from_static("websocket"));
    headers.insert(CONNECTION, HeaderValue::from_static("Upgrade"));
    if let Ok(accept) = HeaderValue::from_str(&key) {
        headers.insert(SEC_WEBSOCKET_ACCEPT, accept);
    }
    response
}

/// Who is on the other end.
enum Auth {
    None,
    Valid(Caller, Secret),
    /// The token expired: nothing is delivered until a new one comes.
    Expired(Caller),
}

/// Why the loop ends.
enum End {
    /// The client left, or its queue is gone.
    Gone,
    /// We close the connection, saying why.
    Close(CloseCode, String),
}

impl From<Closed> for End {
    fn from(_: Closed) -> End {
        End::Gone
    }
}

struct Session {
    core: Core,
    limits: StreamLimits,
    auth: Auth,
    subs: BTreeMap<i64, Followed>,
    out: Outbox<Message>,
    renderings: Arc<Renderings>,
}

fn text(value: &Value) -> Message {
    Message::text(value.to_string())
}

fn error(id: Option<i64>, failure: &Failure) -> Message {
    text(&json!({"id": id, "error": failure.to_problem()}))
}

fn lagged(n: u64) -> Message {
    text(&json!({ "lagged": n }))
}

async fn serve<S>(
    socket: WebSocketStream<S>,
    core: Core,
    limits: StreamLimits,
    renderings: Arc<Renderings>,
    signed_in: Option<(Caller, Secret)>,
) where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (mut sink, mut incoming) = socket.split();
    let (out, mut queue) = Outbox::new(limits.queue);
    let mut writer = tokio::spawn(async move {
        // Everything queued goes out in one flush: fewer writes under load.
        'write: while let Some(mut message) = queue.recv().await {
            loop {
                let last = matches!(message, Message::Close(_));
                if sink.feed(message).await.is_err() || last {
                    let _ = sink.flush().await;
                    break 'write;
                }
                match queue.try_recv() {
                    Ok(next) => message = next,
                    Err(_) => break,
                }
            }
            if sink.flush().await.is_err() {
                break;
            }
        }
        let _ = sink.close().await;
    });
    let mut session = Session {
        core: core.clone(),
        limits,
        auth: match signed_in {
            Some((caller, secret)) => Auth::Valid(caller, secret),
            None => Auth::None,
        },
        subs: BTreeMap::new(),
        out,
        renderings,
    };
    let mut changes = Paced::new(core.subscribe_changes(), limits.coalesce);
    let mut ping =
        tokio::time::interval_at(Instant::now() + limits.ping_interval, limits.ping_interval);
    ping.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut check = tokio::time::interval_at(Instant::now() + limits.auth_check, limits.auth_check);
    check.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let auth_deadline = tokio::time::sleep(limits.auth_timeout);
    tokio::pin!(auth_deadline);
    let mut last_heard = Instant::now();

    let end = loop {
        let authenticated = !matches!(session.auth, Auth::None);
        let step: Result<(), End> = tokio::select! {
            frame = incoming.next() => match frame {
                Some(Ok(Message::Text(t))) => {
                    last_heard = Instant::now();
                    session.command(t.as_str()).await
                }
                Some(Ok(Message::Binary(_))) => {
                    last_heard = Instant::now();
                    session.reply(error(None, &Failure::new(400, "send commands as JSON text messages"))).await
                }
                Some(Ok(Message::Close(_))) | None => Err(End::Gone),
                Some(Ok(_)) => {
                    last_heard = Instant::now();
                    Ok(())
                }
                Some(Err(e)) => {
                    log::debug!("WebSocket read failed: {e}");
                    Err(End::Gone)
                }
            },
            burst = changes.burst() => session.deliver_burst(burst),
            _ = ping.tick() => {
                if last_heard.elapsed() > limits.ping_interval * 3 {
                    Err(End::Close(CloseCode::Away, "no answer to pings".into()))
                } else {
                    session.out.try_send(Message::Ping(Vec::new().into())).map_err(End::from)
                }
            },
            _ = check.tick(), if authenticated => session.recheck().await,
            () = &mut auth_deadline, if !authenticated => {
                let failure = Failure::new(401, format!(
                    "no credentials within {}s: send {{\"auth\": {{\"token\": …}}}} or {{\"auth\": {{\"api_key\": …}}}} first",
                    limits.auth_timeout.as_secs()
                ));
                let _ = session.reply(error(None, &failure)).await;
                Err(End::Close(CloseCode::Policy, "not authenticated".into()))
            },
        };
        if let Err(end) = step {
            break end;
        }
    };
    if let End::Close(code, reason) = end {
        let frame = CloseFrame {
            code,
            reason: reason.into(),
        };
        let _ = session.reply(Message::Close(Some(frame))).await;
    }
    drop(session);
    // Let the writer flush what is queued; a reader that takes nothing more loses it.
    if tokio::time::timeout(REPLY_WAIT, &mut writer).await.is_err() {
        writer.abort();
    }
}

/// A command's `id`: absent, or an integer.
fn command_id(message: &Map<String, Value>) -> Result<Option<i64>, Failure> {
    match message.get("id") {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| Failure::bad_request("id", "must be an integer")),
    }
}

fn selection(value: &Value) -> Result<Selection, Failure> {
    let Some(fields) = value.as_object() else {
        return Err(Failure::bad_request("subscribe", "must be an object"));
    };
    let named: Vec<&String> = fields.keys().collect();
    if named.len() != 1 {
        return Err(Failure::bad_request(
            "subscribe",
            "give exactly one of datapoint_ids, datapoint_keys or site_id",
        ));
    }
    let (name, v) = fields.iter().next().expect("one field");
    let field = format!("subscribe.{name}");
    match name.as_str() {
        "datapoint_ids" => v
            .as_array()
            .and_then(|items| items.iter().map(Value::as_i64).collect::<Option<Vec<_>>>())
            .map(Selection::Ids)
            .ok_or_else(|| Failure::bad_request(&field, "must be an array of integer ids")),
        "datapoint_keys" => v
            .as_array()
            .and_then(|items| {
                items
                    .iter()
                    .map(|k| k.as_str().map(str::to_string))
                    .collect::<Option<Vec<_>>>()
            })
            .map(Selection::Keys)
            .ok_or_else(|| Failure::bad_request(&field, "must be an array of keys (strings)")),
        "site_id" => v
            .as_i64()
            .map(Selection::Site)
            .ok_or_else(|| Failure::bad_request(&field, "must be an integer id")),
        _ => Err(Failure::bad_request(
            &field,
            "unknown; give one of datapoint_ids, datapoint_keys or site_id",
        )),
    }
}

fn secret(value: &Value) -> Result<Secret, Failure> {
    let fields = value.as_object();
    let get = |name: &str| fields.and_then(|f| f.get(name));
    let bounded = |field: &str, v: &Value| {
        let s = v
            .as_str()
            .ok_or_else(|| Failure::bad_request(field, "must be a string"))?;
        crate::auth::bounded(field, s, crate::auth::MAX_TOKEN_LEN)?;
        Ok::<_, Failure>(s.to_string())
    };
    match (get("token"), get("api_key")) {
        (Some(t), None) => Ok(Secret::Bearer(bounded("auth.token", t)?)),
        (None, Some(k)) => Ok(Secret::ApiKey(bounded("auth.api_key", k)?)),
        _ => Err(Failure::bad_request(
            "auth",
            "give exactly one of token (an access token) or api_key",
        )),
    }
}

/// Whether two callers are the same user or key (a renewal keeps the caller).
fn same_holder(a: &Caller, b: &Caller) -> bool {
    match (a, b) {
        (Caller::User(x), Caller::User(y)) => x.id == y.id,
        (Caller::Key(x), Caller::Key(y)) => x.id == y.id,
        _ => false,
    }
}

impl Session {
    /// Queues a reply, waiting a bounded time for room.
    async fn reply(&mut self, message: Message) -> Result<(), End> {
        match tokio::time::timeout(REPLY_WAIT, self.out.send(message)).await {
            Ok(Ok(())) => Ok(()),
            _ => Err(End::Gone),
        }
    }

    async fn command(&mut self, command: &str) -> Result<(), End> {
        let message: Value = match serde_json::from_str(command) {
            Ok(Value::Object(m)) => Value::Object(m),
            Ok(_) => {
                let failure = Failure::new(400, "a command must be a JSON object");
                return self.reply(error(None, &failure)).await;
            }
            Err(e) => {
                let failure = Failure::new(400, format!("a command must be JSON: {e}"));
                return self.reply(error(None, &failure)).await;
            }
        };
        let fields = message.as_object().expect("an object");
        let id = match command_id(fields) {
            Ok(id) => id,
            Err(failure) => return self.reply(error(None, &failure)).await,
        };
        let answer = if let Some(auth) = fields.get("auth") {
            self.authenticate(auth).await
        } else if let Some(sub) = fields.get("subscribe") {
            self.subscribe(id, sub).await
        } else if let Some(sub) = fields.get("unsubscribe") {
            self.unsubscribe(sub)
        } else {
            Err(Failure::new(
                400,
                "unknown command: send auth, subscribe or unsubscribe",
            ))
        };
        let message = match answer {
            Ok(mut reply) => {
                reply.insert("id".into(), json!(id));
                reply.insert("ok".into(), json!(true));
                // `id` and `ok` first, as the protocol shows them.
                let mut ordered = Map::new();
                for key in ["id", "ok"] {
                    if let Some(v) = reply.remove(key) {
                        ordered.insert(key.into(), v);
                    }
                }
                ordered.extend(reply);
                text(&Value::Object(ordered))
            }
            Err(failure) => error(id, &failure),
        };
        self.reply(message).await
    }

    async fn authenticate(&mut self, auth: &Value) -> Result<Map<String, Value>, Failure> {
        let secret = secret(auth)?;
        let caller = match standing(&self.core, &secret).await {
            Standing::Valid(caller) => caller,
            Standing::Expired(e) | Standing::Refused(e) => return Err(Failure::from(e)),
            Standing::Unknown => {
                return Err(Failure::new(
                    503,
                    "credentials cannot be checked now; retry later",
                ))
            }
        };
        if let Auth::Valid(before, _) | Auth::Expired(before) = &self.auth {
            if !same_holder(before, &caller) {
                return Err(Failure::new(
                    403,
                    "a connection keeps the user or key it authenticated first; open a new one",
                ));
            }
        }
        self.auth = Auth::Valid(caller, secret);
        Ok(Map::new())
    }

    fn caller(&self) -> Result<&Caller, Failure> {
        match &self.auth {
            Auth::Valid(caller, _) => Ok(caller),
            Auth::Expired(..) => Err(Failure::new(
                401,
                "the access token has expired; send {\"auth\": {\"token\": …}} with a new one",
            )),
            Auth::None => Err(Failure::new(
                401,
                "authenticate first: {\"auth\": {\"token\": …}} or {\"auth\": {\"api_key\": …}}",
            )),
        }
    }

    async fn subscribe(
        &mut self,
        id: Option<i64>,
        sub: &Value,
    ) -> Result<Map<String, Value>, Failure> {
        let caller = self.caller()?.clone();
        let id = id.ok_or_else(|| {
            Failure::bad_request(
                "id",
                "a subscribe command needs an id; it names the subscription",
            )
        })?;
        if self.subs.contains_key(&id) {
            return Err(Failure::new(
                409,
                format!("subscription {id} is active; use another id"),
            ));
        }
        if self.subs.len() >= self.limits.max_subscriptions {
            return Err(Failure::bad_request(
                "subscribe",
                format!(
                    "a connection holds at most {} subscriptions; unsubscribe first",
                    self.limits.max_subscriptions
                ),
            ));
        }
        let selection = selection(sub)?;
        let followed = self
            .core
            .live_selection(&caller, selection, self.limits.max_ids)
            .await
            .map_err(Failure::from)?;
        let snapshot: Vec<LiveValue> = self
            .core
            .live_snapshot(&followed)
            .await
            .map_err(Failure::from)?
            .into_iter()
            .map(LiveValue::of)
            .collect();
        self.subs.insert(id, followed);
        let mut reply = Map::new();
        reply.insert("snapshot".into(), json!(snapshot));
        Ok(reply)
    }

    fn unsubscribe(&mut self, sub: &Value) -> Result<Map<String, Value>, Failure> {
        let sub = sub
            .as_i64()
            .ok_or_else(|| Failure::bad_request("unsubscribe", "must be a subscription id"))?;
        self.caller()?;
        match self.subs.remove(&sub) {
            Some(_) => Ok(Map::new()),
            None => Err(Failure::new(404, format!("no subscription {sub}"))),
        }
    }

    /// Offers one committed batch to every subscription that follows some of it.
    /// Sends what a burst of committed changes holds for the subscriptions: the
    /// values of consecutive batches as one message per subscription (a lag or a
    /// stop in between keeps its place).
    fn deliver_burst(&mut self, burst: Vec<Result<Change, RecvError>>) -> Result<(), End> {
        let mut batches = Vec::new();
        for change in &burst {
            match change {
                Ok(Change::Values { batch, .. }) => batches.push(&batch.points),
                Ok(_) => {}
                Err(RecvError::Lagged(n)) => {
                    self.deliver(&batches)?;
                    batches.clear();
                    if !self.subs.is_empty() {
                        self.out.lost(*n);
                    }
                }
                Err(RecvError::Closed) => {
                    self.deliver(&batches)?;
                    return Err(End::Close(CloseCode::Away, "the server is stopping".into()));
                }
            }
        }
        self.deliver(&batches)
    }

    fn deliver(&mut self, batches: &[&Arc<[joule_db::committed::Point]>]) -> Result<(), End> {
        if batches.is_empty() || !matches!(self.auth, Auth::Valid(..)) {
            return Ok(());
        }
        let mut texts = Vec::new();
        for (sub, followed) in &self.subs {
            // Rendered once for every socket taking the same values.
            texts.clear();
            texts.extend(
                batches
                    .iter()
                    .filter_map(|points| self.renderings.values(*sub, followed, points)),
            );
            if texts.is_empty() {
                continue;
            }
            let text = super::render::merge(*sub, &texts);
            self.out.offer(Message::Text(text), lagged)?;
        }
        Ok(())
    }

    /// Checks the credentials again: revoked ones close the connection, an
    /// expired token pauses delivery.
    async fn recheck(&mut self) -> Result<(), End> {
        let secret = match &self.auth {
            Auth::Valid(_, s) => s.clone(),
            // Waiting for a renewal; checked when it comes.
            Auth::Expired(..) | Auth::None => return Ok(()),
        };
        match standing(&self.core, &secret).await {
            Standing::Valid(_) | Standing::Unknown => Ok(()),
            Standing::Expired(_) => {
                if let Auth::Valid(caller, _) = std::mem::replace(&mut self.auth, Auth::None) {
                    self.auth = Auth::Expired(caller);
                }
                let failure = Failure::new(
                    401,
                    "the access token has expired; no values are sent until \
                     {\"auth\": {\"token\": …}} brings a new one",
                );
                self.reply(error(None, &failure)).await
            }
            Standing::Refused(e) => {
                let failure = Failure::from(e);
                self.reply(error(None, &failure)).await?;
                Err(End::Close(CloseCode::Policy, "credentials revoked".into()))
            }
        }
    }
}
