//! Server-sent events at `/stream?datapoint_ids=…` for clients that only read:
//! one `values` event per committed batch (its values of the followed
//! datapoints), each with an `id` that `Last-Event-ID` resumes from: the stored
//! values after it are sent first, then the stream goes live (docs/live.md).

use super::outbox::Outbox;
use super::{standing, LiveValue, Secret, Standing, StreamLimits};
use crate::access::{parse_id, Caller};
use crate::core::live::{Followed, Selection};
use crate::core::Core;
use crate::http::front::Body;
use crate::http::problem::Failure;
use crate::metrics::LiveGauge;
use bytes::Bytes;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;
use hyper::header::{HeaderValue, CACHE_CONTROL, CONTENT_TYPE};
use hyper::{HeaderMap, Response};
use joule_db::committed::Change;
use joule_db::cursor;
use serde_json::json;
use tokio::sync::broadcast::error::RecvError;
use tokio::time::{Instant, MissedTickBehavior};

/// Stored values a resume sends per datapoint at most; a client further behind
/// reads the rest with `GET /datapoints/{id}/values`.
pub const MAX_RESUME: u32 = 10_000;
/// Values per event when resuming.
const RESUME_EVENT: usize = 1_000;

/// The `datapoint_ids` of the query (comma-separated or repeated); nothing else
/// is taken.
fn datapoint_ids(query: Option<&str>) -> Result<Vec<i64>, Failure> {
    let mut ids = Vec::new();
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        if name != "datapoint_ids" {
            return Err(Failure::bad_request(
                &name,
                "unknown query parameter; this route takes datapoint_ids",
            ));
        }
        for item in value.split(',') {
            let id = parse_id(item).ok_or_else(|| {
                Failure::bad_request("datapoint_ids", format!("'{item}' is not an id"))
            })?;
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return Err(Failure::bad_request(
            "datapoint_ids",
            "is required: the datapoints to follow, e.g. ?datapoint_ids=1,2",
        ));
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Where a resumed stream starts: the `Last-Event-ID` header, if any.
fn resume_after(headers: &HeaderMap) -> Result<Option<i64>, Failure> {
    let Some(value) = headers.get("last-event-id") else {
        return Ok(None);
    };
    value
        .to_str()
        .ok()
        .and_then(cursor::decode_ts)
        .map(Some)
        .ok_or_else(|| Failure::bad_request("Last-Event-ID", "is not an event id this server sent"))
}

/// One event in the text/event-stream format.
fn event(id: Option<i64>, kind: &str, data: &serde_json::Value) -> Bytes {
    let mut text = String::new();
    if let Some(ts) = id {
        text.push_str(&format!("id: {}\n", cursor::encode_ts(ts)));
    }
    text.push_str(&format!("event: {kind}\ndata: {data}\n\n"));
    Bytes::from(text)
}

/// The values of one event, and the stream's new id (the latest timestamp it has
/// delivered: a late, older value does not move it back).
fn values_event(
    last: &mut Option<i64>,
    values: Vec<(i64, crate::core::values::TimedValue)>,
) -> Bytes {
    let newest = values.iter().map(|(_, v)| v.ts).max();
    *last = (*last).max(newest);
    let values: Vec<LiveValue> = values.into_iter().map(LiveValue::of).collect();
    event(*last, "values", &json!(values))
}

/// Opens the stream for `caller` (authenticated from the headers, `secret`
/// checked again while it runs).
pub async fn open(
    core: Core,
    limits: StreamLimits,
    caller: Caller,
    secret: Secret,
    headers: &HeaderMap,
    query: Option<&str>,
) -> Result<Response<Body>, Failure> {
    let ids = datapoint_ids(query)?;
    let after = resume_after(headers)?;
    let followed = core
        .live_selection(&caller, Selection::Ids(ids), limits.max_ids)
        .await?;
    // Listen before reading the store, so nothing committed in between is missed
    // (a value may then come twice).
    let changes = super::paced::Paced::new(core.subscribe_changes(), limits.coalesce);
    let missed = match after {
        Some(after) => core.live_values_after(&followed, after, MAX_RESUME).await?,
        None => Vec::new(),
    };
    let (out, mut queue) = Outbox::new(limits.queue);
    tokio::spawn(run(
        core, limits, secret, followed, changes, missed, after, out,
    ));
    let stream = futures::stream::poll_fn(move |cx| {
        queue
            .poll_recv(cx)
            .map(|next| next.map(|b| Ok::<_, std::convert::Infallible>(Frame::data(b))))
    });
    let mut response = Response::new(BodyExt::boxed(StreamBody::new(stream)));
    let h = response.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Proxies such as nginx would otherwise hold events back.
    h.insert("x-accel-buffering", HeaderValue::from_static("no"));
    Ok(response)
}

#[allow(clippy::too_many_arguments)]
async fn run(
    core: Core,
    limits: StreamLimits,
    secret: Secret,
    followed: Followed,
    mut changes: super::paced::Paced,
    missed: Vec<(i64, crate::core::values::TimedValue)>,
    after: Option<i64>,
    mut out: Outbox<Bytes>,
) {
    let _open = LiveGauge::open("sse");
    let mut last = after;
    // Tells the client how long to wait before reconnecting.
    if out
        .send(Bytes::from_static(b"retry: 2000\n\n"))
        .await
        .is_err()
    {
        return;
    }
    let mut missed = missed.into_iter().peekable();
    while missed.peek().is_some() {
        let chunk: Vec<_> = missed.by_ref().take(RESUME_EVENT).collect();
        if out.send(values_event(&mut last, chunk)).await.is_err() {
            return;
        }
    }
    let mut ping =
        tokio::time::interval_at(Instant::now() + limits.ping_interval, limits.ping_interval);
    ping.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut check = tokio::time::interval_at(Instant::now() + limits.auth_check, limits.auth_check);
    check.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let lagged = |n: u64| event(None, "lagged", &json!({ "lagged": n }));
    loop {
        let sent = tokio::select! {
            burst = changes.burst() => {
                let mut sent = Ok(());
                for change in burst {
                    sent = match change {
                        Ok(Change::Values { batch, .. }) => {
                            let values = followed.values_of(&batch.points);
                            if values.is_empty() {
                                Ok(())
                            } else {
                                out.offer(values_event(&mut last, values), lagged)
                            }
                        }
                        Ok(_) => Ok(()),
                        Err(RecvError::Lagged(n)) => {
                            out.lost(n);
                            Ok(())
                        }
                        Err(RecvError::Closed) => return,
                    };
                    if sent.is_err() {
                        break;
                    }
                }
                sent
            },
            _ = ping.tick() => out.try_send(Bytes::from_static(b": keep-alive\n\n")),
            _ = check.tick() => match standing(&core, &secret).await {
                Standing::Valid(_) | Standing::Unknown => Ok(()),
                Standing::Expired(e) | Standing::Refused(e) => {
                    let problem = Failure::from(e).to_problem();
                    let _ = out.send(event(None, "error", &json!(problem))).await;
                    return;
                }
            },
        };
        if sent.is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_query_and_nothing_else() {
        assert_eq!(
            datapoint_ids(Some("datapoint_ids=3,1&datapoint_ids=3")).unwrap(),
            [1, 3]
        );
        for bad in [
            None,
            Some(""),
            Some("datapoint_ids=1,x"),
            Some("datapoint_ids=1&from=2"),
        ] {
            assert_eq!(
                datapoint_ids(bad).unwrap_err().status.as_u16(),
                400,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn an_event_id_never_moves_back() {
        let v = |ts| {
            (
                1,
                crate::core::values::TimedValue {
                    ts,
                    value: json!(1),
                },
            )
        };
        let mut last = None;
        let first = values_event(&mut last, vec![v(5_000_000), v(9_000_000)]);
        assert_eq!(last, Some(9_000_000));
        assert!(std::str::from_utf8(&first).unwrap().starts_with("id: "));
        values_event(&mut last, vec![v(1_000_000)]);
        assert_eq!(last, Some(9_000_000));
    }
}
