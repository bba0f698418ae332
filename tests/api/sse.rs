//! Server-sent events at /stream: header authentication, the access rules of the
//! REST reads, one event per committed batch, keep-alives, and resuming from
//! `Last-Event-ID` through the store.

use crate::live::{minute, registry, validate, write};
use crate::support::{Creds, TestApp};
use bytes::Bytes;
use http_body_util::{BodyExt as _, Empty};
use hyper::body::Incoming;
use hyper::{Method, Request, Response};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::{json, Value};
use std::time::Duration;

struct Stream {
    body: Incoming,
    buffer: String,
}

/// One event: its id, name and data.
#[derive(Debug, Clone, PartialEq)]
struct Event {
    id: Option<String>,
    name: String,
    data: Value,
}

async fn open(app: &TestApp, creds: &Creds, query: &str, last: Option<&str>) -> Response<Incoming> {
    let mut request = Request::builder()
        .method(Method::GET)
        .uri(app.url(&format!("/stream?{query}")));
    for (name, value) in creds.headers() {
        request = request.header(name, value);
    }
    if let Some(id) = last {
        request = request.header("last-event-id", id);
    }
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    client
        .request(request.body(Empty::new()).unwrap())
        .await
        .expect("an answer")
}

async fn problem(app: &TestApp, creds: &Creds, query: &str, last: Option<&str>) -> (u16, Value) {
    let response = open(app, creds, query, last).await;
    let status = response.status().as_u16();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

impl Stream {
    async fn start(app: &TestApp, creds: &Creds, query: &str, last: Option<&str>) -> Stream {
        let response = open(app, creds, query, last).await;
        assert_eq!(response.status().as_u16(), 200);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        Stream {
            body: response.into_body(),
            buffer: String::new(),
        }
    }

    /// The next block (an event or a comment) within `limit`.
    async fn block(&mut self, limit: Duration) -> Option<String> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block = self.buffer[..end].to_string();
                self.buffer.drain(..end + 2);
                return Some(block);
            }
            let frame = tokio::time::timeout_at(deadline, self.body.frame())
                .await
                .ok()??;
            if let Ok(data) = frame.ok()?.into_data() {
                self.buffer.push_str(std::str::from_utf8(&data).unwrap());
            }
        }
    }

    /// The next event within `limit`, comments and the retry hint skipped.
    async fn event_within(&mut self, limit: Duration) -> Option<Event> {
        loop {
            let block = self.block(limit).await?;
            let (mut id, mut name, mut data) = (None, None, None);
            for line in block.lines() {
                if let Some(v) = line.strip_prefix("id: ") {
                    id = Some(v.to_string());
                } else if let Some(v) = line.strip_prefix("event: ") {
                    name = Some(v.to_string());
                } else if let Some(v) = line.strip_prefix("data: ") {
                    data = Some(serde_json::from_str(v).expect("JSON data"));
                }
            }
            if let (Some(name), Some(data)) = (name, data) {
                return Some(Event { id, name, data });
            }
        }
    }

    async fn event(&mut self) -> Event {
        self.event_within(Duration::from_secs(10))
            .await
            .expect("an event within 10 s")
    }
}

fn values(event: &Event) -> Vec<(i64, String, f64)> {
    assert_eq!(event.name, "values", "{event:?}");
    // Each value is the spec's LatestValue, as a WebSocket subscription sends it.
    validate("LiveValues", &json!({"sub": 0, "values": event.data}));
    event
        .data
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["datapoint_id"].as_i64().unwrap(),
                v["timestamp"].as_str().unwrap().to_string(),
                v["value"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn events_carry_each_committed_batch_and_resume_from_the_store() {
    let app = TestApp::start_with(&[("JOULE_STREAM__PING_INTERVAL_SECS", "1")]).await;
    let reg = registry(&app).await;
    let [a, b] = reg.datapoints;
    let query = format!("datapoint_ids={a},{b}");
    let mut stream = Stream::start(&app, &app.admin, &query, None).await;
    // Keep-alive comments come while nothing happens.
    let comment = stream.block(Duration::from_secs(5)).await.unwrap();
    let comment = if comment.starts_with("retry") {
        stream.block(Duration::from_secs(5)).await.unwrap()
    } else {
        comment
    };
    assert_eq!(comment, ": keep-alive");

    write(&app, a, &[(2, 2.0), (1, 1.0)]).await;
    write(&app, b, &[(3, 3.0)]).await;
    let first = stream.event().await;
    assert_eq!(values(&first), [(a, minute(1), 1.0), (a, minute(2), 2.0)]);
    let second = stream.event().await;
    assert_eq!(values(&second), [(b, minute(3), 3.0)]);
    let resume_from = second.id.clone().expect("an id");
    // A late, older value is delivered live and does not move the id back.
    write(&app, a, &[(0, 0.5)]).await;
    let late = stream.event().await;
    assert_eq!(values(&late), [(a, minute(0), 0.5)]);
    assert_eq!(late.id.as_deref(), Some(resume_from.as_str()));
    drop(stream);

    // Away: values after the id are kept in the store and sent first on resume.
    write(&app, b, &[(5, 5.0)]).await;
    write(&app, a, &[(4, 4.0)]).await;
    let mut resumed = Stream::start(&app, &app.admin, &query, Some(&resume_from)).await;
    let caught_up = resumed.event().await;
    assert_eq!(
        values(&caught_up),
        [(a, minute(4), 4.0), (b, minute(5), 5.0)]
    );
    write(&app, b, &[(6, 6.0)]).await;
    let live = resumed.event().await;
    assert_eq!(values(&live), [(b, minute(6), 6.0)]);
    assert!(live.id.is_some());

    let (status, body) = problem(&app, &app.admin, &query, Some("bogus")).await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["field"], "Last-Event-ID");
}

#[tokio::test]
async fn the_stream_takes_header_credentials_and_the_rules_of_reads() {
    let app = TestApp::start().await;
    let reg = registry(&app).await;
    let [a, b] = reg.datapoints;
    let (status, _) = problem(&app, &Creds::None, &format!("datapoint_ids={a}"), None).await;
    assert_eq!(status, 401);
    let (status, _) = problem(
        &app,
        &Creds::Key("jk_bad".into()),
        &format!("datapoint_ids={a}"),
        None,
    )
    .await;
    assert_eq!(status, 401);
    let (key_id, key) = app.key("reader", Some(&[reg.sites[0]])).await;
    let (status, body) = problem(&app, &key, &format!("datapoint_ids={a},{b}"), None).await;
    assert_eq!(status, 403, "{body}");
    let (status, body) = problem(&app, &app.admin, "datapoint_ids=99999", None).await;
    assert_eq!(status, 404, "{body}");
    assert!(body["detail"].as_str().unwrap().contains("99999"));
    for query in ["", "datapoint_ids=x", "datapoint_ids=1&limit=3"] {
        let (status, _) = problem(&app, &app.admin, query, None).await;
        assert_eq!(status, 400, "{query}");
    }

    // Within its site the key streams; other sites' values never appear.
    let mut stream = Stream::start(&app, &key, &format!("datapoint_ids={a}"), None).await;
    write(&app, b, &[(1, 9.0)]).await;
    write(&app, a, &[(1, 1.0)]).await;
    assert_eq!(values(&stream.event().await), [(a, minute(1), 1.0)]);
    // Revoked: the stream ends with an error event.
    let deleted = app
        .raw(Method::DELETE, &format!("/api-keys/{key_id}"), "")
        .await;
    assert!(deleted.status.is_success());
    let end = stream.event().await;
    assert_eq!(end.name, "error");
    assert_eq!(end.data["status"], 401);
    validate("LiveError", &json!({"id": null, "error": end.data}));
    assert_eq!(stream.event_within(Duration::from_secs(3)).await, None);
}
