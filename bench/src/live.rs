//! The live plane's rows: the latest value against a bare hyper server on the same
//! machine (7), MQTT ingest through a broker (8), and 1,000 WebSocket subscribers
//! while values are written (9). Rows 8 and 9 start their own server on a fresh
//! database of the same backend; when that server has no MQTT bridge or no WebSocket
//! route, the row says "not available" and the run goes on.

use super::*;
use futures::{SinkExt as _, StreamExt as _};
use http_body_util::Full;
use hyper::service::service_fn;
use rumqttc::{AsyncClient, Event, MqttOptions, Packet, QoS};
use std::net::TcpListener;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::Message;

/// What the answer of the bare server looks like: a latest value of the same size.
const BARE_ANSWER: &str = r#"{"timestamp":"2026-01-01T00:00:00Z","value":1.5}"#;
/// Points in one batch message of the MQTT row.
const MQTT_BATCH: usize = 1_000;
const MQTT_BATCH_MESSAGES: usize = 200;
const MQTT_SINGLE_MESSAGES: usize = 20_000;
const MQTT_DATAPOINTS: usize = 10;
/// 2026-03-01T00:00:00Z and the next day: batch and single-value points of the MQTT row.
const MQTT_DAY: i64 = 1_772_323_200;
const SUBSCRIBERS: usize = 1_000;
const WRITES_PER_SECOND: usize = 1_000;
const WS_WRITERS: usize = 8;

/// What a subscriber of row 9 reads of each message: values or a lag notice
/// (read into these fields only, so the client spends little per message).
#[derive(serde::Deserialize)]
struct Delivered {
    #[serde(default)]
    lagged: Option<u64>,
    #[serde(default)]
    values: Vec<DeliveredValue>,
}

#[derive(serde::Deserialize)]
struct DeliveredValue {
    value: serde_json::Value,
}

/// A row that could not be measured, with the reason.
fn not_available(number: usize, what: String, why: String) -> Row {
    eprintln!("   {why}");
    Row {
        number,
        what,
        result: why,
        figure: f64::NAN,
        target: None,
        errors: Errors::default(),
    }
}

// ---------------------------------------------------------------------------------
// 7. Latest value against a bare hyper server

/// A hyper server answering [`BARE_ANSWER`] to every request, on threads of its own
/// (as many as the machine has CPUs, like the server's runtime); stopped when dropped.
struct BareHyper {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl BareHyper {
    fn start() -> Result<BareHyper> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        let thread = std::thread::spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                    return;
                };
                let accept = async {
                    loop {
                        let Ok((stream, _)) = listener.accept().await else {
                            continue;
                        };
                        let _ = stream.set_nodelay(true);
                        tokio::spawn(async move {
                            let service = service_fn(|_request| async {
                                let mut answer = hyper::Response::new(Full::new(
                                    Bytes::from_static(BARE_ANSWER.as_bytes()),
                                ));
                                answer.headers_mut().insert(
                                    CONTENT_TYPE,
                                    hyper::header::HeaderValue::from_static("application/json"),
                                );
                                Ok::<_, std::convert::Infallible>(answer)
                            });
                            let _ = hyper::server::conn::http1::Builder::new()
                                .serve_connection(TokioIo::new(stream), service)
                                .await;
                        });
                    }
                };
                tokio::select! {
                    () = accept => {}
                    _ = stopped => {}
                }
            });
        });
        Ok(BareHyper {
            addr,
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for BareHyper {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Row 7: Joule's latest value and the bare server, one after the other with the
/// same client, connections and duration.
pub(super) async fn against_bare_hyper(
    addr: SocketAddr,
    latest_path: &str,
    plan: &Plan,
) -> Result<Row> {
    let secs = plan.load_duration.as_secs_f64();
    eprintln!("7. latest value, then a bare hyper server, {secs:.1} s each");
    let joule = closed_loop(addr, LOAD_CONNECTIONS, plan.load_duration, {
        let path = latest_path.to_string();
        Arc::new(move |_| (Method::GET, path.clone(), Bytes::new()))
    })
    .await?;
    let bare_server = BareHyper::start()?;
    let bare = closed_loop(bare_server.addr, LOAD_CONNECTIONS, plan.load_duration, {
        let path = latest_path.to_string();
        Arc::new(move |_| (Method::GET, path.clone(), Bytes::new()))
    })
    .await?;
    drop(bare_server);
    let share = 100.0 * joule.rate() / bare.rate();
    let result = format!(
        "Joule {} req/s (p99 {:.2} ms); bare hyper {} req/s (p99 {:.2} ms); Joule at {share:.0}%",
        thousands(joule.rate()),
        joule.percentile_ms(99.0),
        thousands(bare.rate()),
        bare.percentile_ms(99.0),
    );
    let mut errors = joule.errors;
    errors.merge(bare.errors);
    Ok(Row {
        number: Selection::number("hyper"),
        what: format!(
            "latest value against a bare hyper server answering a fixed JSON, {LOAD_CONNECTIONS} connections, {secs:.1} s each"
        ),
        result,
        figure: share,
        target: Some((Target::AtLeast(40.0), "≥ 40% of bare hyper")),
        errors,
    })
}

// ---------------------------------------------------------------------------------
// Rows with a server of their own

/// What rows 8 and 9 need to start their own server.
pub(super) struct Live<'a> {
    pub joule: &'a Path,
    pub backend: Backend,
    pub postgres_url: Option<&'a str>,
    pub plan: &'a Plan,
    pub mqtt_url: Option<&'a str>,
}

/// A `mosquitto` started for the run on a free port; killed when dropped.
struct Broker {
    child: Child,
    port: u16,
}

impl Broker {
    fn start() -> Result<Option<Broker>> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        // Mosquitto keeps at most 1,000 QoS 1/2 messages per client by default and
        // drops the rest; Joule's backpressure leaves them with the broker, so the
        // broker must keep them all (as docs/mqtt.md asks of a production broker).
        let config = std::env::temp_dir().join(format!("joule-bench-mosquitto-{port}.conf"));
        std::fs::write(
            &config,
            format!("listener {port} 127.0.0.1\nallow_anonymous true\nmax_queued_messages 0\n"),
        )?;
        let child = match Command::new("mosquitto")
            .arg("-c")
            .arg(&config)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
        {
            Ok(child) => child,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).context("cannot start mosquitto"),
        };
        let broker = Broker { child, port };
        let deadline = Instant::now() + Duration::from_secs(5);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                bail!("mosquitto did not listen on port {port}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(Some(broker))
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `mqtt://host:port` (or `tcp://`) to host and port (1883 by default).
fn broker_address(url: &str) -> Result<(String, u16)> {
    let rest = url
        .strip_prefix("mqtt://")
        .or_else(|| url.strip_prefix("tcp://"))
        .ok_or_else(|| anyhow!("--mqtt-url must be mqtt://HOST:PORT, not {url}"))?;
    let rest = rest.trim_end_matches('/');
    match rest.rsplit_once(':') {
        Some((host, port)) => Ok((host.to_string(), port.parse().context("the port")?)),
        None => Ok((rest.to_string(), 1883)),
    }
}

/// Waits until `/ready` answers 200; `false` when it did not within `limit`.
async fn ready_within(addr: SocketAddr, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if let Ok(mut conn) = Conn::open(addr).await {
            if let Ok((status, _)) = conn.get(&format!("{API}/ready")).await {
                if status == StatusCode::OK {
                    return true;
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

/// Values stored for `ids` within the day starting at `day` (Unix seconds).
async fn stored_in_day(conn: &mut Conn, ids: &[i64], day: i64) -> Result<u64> {
    let mut total = 0.0;
    for id in ids {
        let path = format!(
            "{API}/datapoints/{id}/aggregate?from={}&to={}&interval=1d&function=count",
            rfc3339(day),
            rfc3339(day + 86_400)
        );
        let (status, body) = conn.get(&path).await?;
        if !status.is_success() {
            bail!("GET {path} → {status} {}", truncate(&body, 200));
        }
        let json: serde_json::Value = serde_json::from_slice(&body)?;
        total += json["buckets"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|b| b["value"].as_f64())
            .sum::<f64>();
    }
    Ok(total.round() as u64)
}

/// Polls until `expected` values are stored (or nothing more arrives for 10 s);
/// answers the count and when the last of them was seen.
async fn wait_stored(
    conn: &mut Conn,
    ids: &[i64],
    day: i64,
    expected: u64,
) -> Result<(u64, Instant)> {
    let mut seen = 0;
    let mut progress = Instant::now();
    loop {
        let now = stored_in_day(conn, ids, day).await?;
        if now > seen {
            seen = now;
            progress = Instant::now();
        }
        if seen >= expected || progress.elapsed() > Duration::from_secs(10) {
            return Ok((seen, progress));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

impl Live<'_> {
    /// Row 8: batch and single-value messages through the broker, QoS 1, timed until
    /// every point is stored.
    pub(super) async fn mqtt(&self) -> Result<Row> {
        let number = Selection::number("mqtt");
        let scaled = |n: usize| ((n as f64 * self.plan.scale).round() as usize).max(2);
        let batches = scaled(MQTT_BATCH_MESSAGES);
        let singles = scaled(MQTT_SINGLE_MESSAGES);
        let what = format!(
            "MQTT ingest through the broker, QoS 1: {} messages of {} points to `bench/values`, then {} single-value messages",
            thousands(batches as f64),
            thousands(MQTT_BATCH as f64),
            thousands(singles as f64)
        );
        eprintln!("8. MQTT ingest");
        let mut _broker = None;
        let url = match self.mqtt_url {
            Some(url) => url.to_string(),
            None => match Broker::start()? {
                Some(broker) => {
                    let url = format!("mqtt://127.0.0.1:{}", broker.port);
                    _broker = Some(broker);
                    url
                }
                None => {
                    return Ok(not_available(
                        number,
                        what,
                        "mqtt: not measured (no --mqtt-url, and no `mosquitto` installed)".into(),
                    ))
                }
            },
        };
        let (host, port) = broker_address(&url)?;
        let db = Database::create(self.backend, self.postgres_url)?;
        let env = [
            ("JOULE_MQTT__URL", url.as_str()),
            ("JOULE_MQTT__TOPIC_PREFIX", "bench"),
            ("JOULE_MQTT__CLIENT_ID", "joule-bench-server"),
        ];
        let server = match Server::start(self.joule, &db, &env) {
            Ok(server) => server,
            Err(e) => {
                let first = format!("{e:#}")
                    .lines()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                return Ok(not_available(
                    number,
                    what,
                    format!("mqtt: not available (the server did not start with [mqtt]: {first})"),
                ));
            }
        };
        if !ready_within(server.addr, Duration::from_secs(15)).await {
            return Ok(not_available(
                number,
                what,
                "mqtt: not available (/ready never turned ready with [mqtt] configured)".into(),
            ));
        }
        let mut setup = Conn::open(server.addr).await?;
        let mut ids = Vec::new();
        for n in 0..MQTT_DATAPOINTS {
            ids.push(create_datapoint(&mut setup, &format!("mqtt.{n}")).await?);
        }

        let mut options =
            MqttOptions::new(format!("joule-bench-{}", std::process::id()), host, port);
        options
            .set_keep_alive(Duration::from_secs(30))
            .set_max_packet_size(1 << 20, 1 << 20)
            .set_inflight(200);
        let (client, mut eventloop) = AsyncClient::new(options, 1_000);
        let acked = Arc::new(AtomicU64::new(0));
        let driver = tokio::spawn({
            let acked = acked.clone();
            async move {
                loop {
                    match eventloop.poll().await {
                        Ok(Event::Incoming(Packet::PubAck(_))) => {
                            acked.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok(_) => {}
                        Err(e) => {
                            eprintln!("   mqtt client: {e}");
                            tokio::time::sleep(Duration::from_millis(200)).await;
                        }
                    }
                }
            }
        });
        let mut errors = Errors::default();

        // A probe: a server without the bridge may start and turn ready all the same.
        let probe_day = MQTT_DAY - 86_400;
        client
            .publish(
                "bench/datapoints/mqtt.0/value",
                QoS::AtLeastOnce,
                false,
                format!(r#"{{"value":1,"timestamp":"{}"}}"#, rfc3339(probe_day)).into_bytes(),
            )
            .await?;
        let probe_deadline = Instant::now() + Duration::from_secs(10);
        while stored_in_day(&mut setup, &ids[..1], probe_day).await? == 0 {
            if Instant::now() > probe_deadline {
                driver.abort();
                return Ok(not_available(
                    number,
                    what,
                    "mqtt: not available (a message published to bench/datapoints/mqtt.0/value was not stored within 10 s)".into(),
                ));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }

        // Batch messages: message m carries 1,000 points of datapoint m % 10.
        let bodies: Vec<Vec<u8>> = (0..batches)
            .map(|m| {
                let key = format!("mqtt.{}", m % MQTT_DATAPOINTS);
                let first = MQTT_DAY + (m / MQTT_DATAPOINTS * MQTT_BATCH) as i64;
                let mut body = String::with_capacity(MQTT_BATCH * 70);
                body.push('[');
                for i in 0..MQTT_BATCH {
                    if i > 0 {
                        body.push(',');
                    }
                    let _ = write!(
                        body,
                        r#"{{"datapoint_key":"{key}","timestamp":"{}","value":{}}}"#,
                        rfc3339(first + i as i64),
                        sample_value(m, i)
                    );
                }
                body.push(']');
                body.into_bytes()
            })
            .collect();
        let expected = (batches * MQTT_BATCH) as u64;
        let start = Instant::now();
        for body in bodies {
            client
                .publish("bench/values", QoS::AtLeastOnce, false, body)
                .await?;
        }
        let (stored, done) = wait_stored(&mut setup, &ids, MQTT_DAY, expected).await?;
        let batch_rate = stored as f64 / done.duration_since(start).as_secs_f64();
        if stored != expected {
            errors.record(
                "batch messages".into(),
                format!("{stored} of {expected} points stored"),
            );
        }

        // Single-value messages, one point each, spread over the datapoints.
        let day = MQTT_DAY + 86_400;
        let start = Instant::now();
        for n in 0..singles {
            let topic = format!("bench/datapoints/mqtt.{}/value", n % MQTT_DATAPOINTS);
            let body = format!(
                r#"{{"value":{},"timestamp":"{}"}}"#,
                sample_value(3, n),
                rfc3339(day + (n / MQTT_DATAPOINTS) as i64)
            );
            client
                .publish(topic, QoS::AtLeastOnce, false, body.into_bytes())
                .await?;
        }
        let expected_singles = singles as u64;
        let (stored, done) = wait_stored(&mut setup, &ids, day, expected_singles).await?;
        let single_rate = stored as f64 / done.duration_since(start).as_secs_f64();
        if stored != expected_singles {
            errors.record(
                "single-value messages".into(),
                format!("{stored} of {expected_singles} messages stored"),
            );
        }
        let published = (batches + singles + 1) as u64;
        let acks = acked.load(Ordering::Relaxed);
        if acks < published {
            errors.record(
                "QoS 1 publishes".into(),
                format!("{acks} of {published} acknowledged by the broker"),
            );
        }
        let _ = client.disconnect().await;
        driver.abort();
        let log = server.stop();
        drop(db);
        if errors.count > 0 && !log.trim().is_empty() {
            eprintln!("   server log: {}", truncate(log.as_bytes(), 600));
        }
        Ok(Row {
            number,
            what,
            result: format!(
                "batches {} points/s; single values {} messages/s; {}",
                thousands(batch_rate),
                thousands(single_rate),
                if errors.count == 0 {
                    "nothing lost"
                } else {
                    "**values lost**"
                }
            ),
            // Both targets at once: the smaller share of its target.
            figure: (batch_rate / 100_000.0).min(single_rate / 10_000.0),
            target: Some((
                Target::AtLeast(1.0),
                "≥ 100,000 points/s in batches; ≥ 10,000 messages/s single",
            )),
            errors,
        })
    }

    /// Row 9: 1,000 subscribers of one datapoint at `/api/v1/ws` while values are
    /// written over HTTP at 1,000 per second.
    pub(super) async fn websocket(&self) -> Result<Row> {
        let number = Selection::number("ws");
        let seconds = (10.0 * self.plan.scale).max(1.0);
        let total = (WRITES_PER_SECOND as f64 * seconds).round() as usize;
        let what = format!(
            "{} WebSocket subscribers of one datapoint while {} values/s are written over HTTP for {seconds:.1} s",
            thousands(SUBSCRIBERS as f64),
            thousands(WRITES_PER_SECOND as f64)
        );
        eprintln!("9. {SUBSCRIBERS} WebSocket subscribers");
        let db = Database::create(self.backend, self.postgres_url)?;
        // One connection per subscriber, the writers' and a margin.
        let server = Server::start(
            self.joule,
            &db,
            &[("JOULE_SERVER__MAX_CONNECTIONS", "4096")],
        )?;
        let addr = server.addr;
        let mut setup = Conn::open(addr).await?;
        let id = create_datapoint(&mut setup, "ws.0").await?;
        let token = TOKEN
            .read()
            .ok()
            .and_then(|t| t.clone())
            .ok_or_else(|| anyhow!("no token"))?;
        let ws_url = format!("ws://{addr}{API}/ws");

        // Values are numbered: value i is written at base + i ms and carries i.
        let base = Instant::now();
        let acked: Arc<Vec<AtomicU64>> = Arc::new((0..total).map(|_| AtomicU64::new(0)).collect());
        let subscribe = |ws_url: String, token: String| async move {
            let mut request = ws_url.into_client_request()?;
            request.headers_mut().insert(AUTHORIZATION, token.parse()?);
            let (mut socket, _) = tokio_tungstenite::connect_async(request).await?;
            socket
                .send(Message::text(format!(
                    r#"{{"id":1,"subscribe":{{"datapoint_ids":[{id}]}}}}"#
                )))
                .await?;
            loop {
                let Some(message) = socket.next().await else {
                    bail!("closed before the subscription was answered");
                };
                if let Message::Text(text) = message? {
                    let json: serde_json::Value = serde_json::from_str(&text)?;
                    if json["id"] == 1 {
                        if json["ok"] != true {
                            bail!("subscription refused: {text}");
                        }
                        return Ok(socket);
                    }
                }
            }
        };
        if let Err(e) = subscribe(ws_url.clone(), token.clone()).await {
            drop(server);
            return Ok(not_available(
                number,
                what,
                format!("ws: not available ({e:#})"),
            ));
        }

        let mut sockets = Vec::with_capacity(SUBSCRIBERS);
        for chunk in (0..SUBSCRIBERS).collect::<Vec<_>>().chunks(100) {
            let opened = futures::future::join_all(
                chunk
                    .iter()
                    .map(|_| subscribe(ws_url.clone(), token.clone())),
            )
            .await;
            for socket in opened {
                sockets.push(socket?);
            }
        }
        let subscribed_kib = status_kib(server.pid, "VmRSS").unwrap_or(0);
        let sampler = MemorySampler::start(server.pid);

        // Each subscriber counts the values it got and their delay after the 2xx.
        let mut readers = Vec::with_capacity(SUBSCRIBERS);
        for mut socket in sockets {
            let acked = acked.clone();
            readers.push(tokio::spawn(async move {
                let mut got = vec![false; total];
                let mut delays = Vec::with_capacity(total);
                let mut lagged = 0u64;
                let mut count = 0;
                while count < total {
                    let Ok(Some(message)) =
                        tokio::time::timeout(Duration::from_secs(5), socket.next()).await
                    else {
                        break;
                    };
                    let Ok(Message::Text(text)) = message else {
                        continue;
                    };
                    let now = base.elapsed().as_micros() as u64;
                    let Ok(json) = serde_json::from_str::<Delivered>(&text) else {
                        continue;
                    };
                    lagged += json.lagged.unwrap_or(0);
                    for v in json.values {
                        let Some(i) = v.value.as_f64().map(|f| f as usize) else {
                            continue;
                        };
                        if i < total && !got[i] {
                            got[i] = true;
                            count += 1;
                            let ack = acked[i].load(Ordering::Relaxed);
                            // Delivered before the writer saw its 2xx: no delay.
                            let delay = if ack == 0 { 0 } else { now.saturating_sub(ack) };
                            delays.push(u32::try_from(delay).unwrap_or(u32::MAX));
                        }
                    }
                }
                let _ = socket.close(None).await;
                (count, lagged, delays)
            }));
        }

        // The writers: value i is due at base' + i ms, on writer i % WS_WRITERS.
        let start = Instant::now() + Duration::from_millis(100);
        let mut writers = Vec::new();
        for w in 0..WS_WRITERS {
            let acked = acked.clone();
            let mut conn = Conn::open(addr).await?;
            writers.push(tokio::spawn(async move {
                let mut errors = Errors::default();
                let path = format!("{API}/datapoints/{id}/values");
                for i in (w..total).step_by(WS_WRITERS) {
                    let due =
                        start + Duration::from_micros((i * 1_000_000 / WRITES_PER_SECOND) as u64);
                    tokio::time::sleep_until(due.into()).await;
                    let body = Bytes::from(format!(
                        r#"[{{"timestamp":"{}","value":{i}}}]"#,
                        rfc3339(MQTT_DAY + i as i64)
                    ));
                    let result = conn.send(Method::POST, &path, body.clone()).await;
                    if errors.check(&Method::POST, &path, &body, result).is_some() {
                        acked[i].store(base.elapsed().as_micros().max(1) as u64, Ordering::Relaxed);
                    }
                }
                errors
            }));
        }
        let mut errors = Errors::default();
        for w in writers {
            errors.merge(w.await?);
        }
        // The rate the writers kept (a slow server makes them fall behind schedule).
        let written = total as f64 / start.elapsed().as_secs_f64();
        let mut delays = Vec::with_capacity(total * SUBSCRIBERS);
        let mut complete = 0;
        let mut missing = 0;
        let mut lagged = 0;
        for r in readers {
            let (count, lag, d) = r.await?;
            if count == total {
                complete += 1;
            }
            missing += total - count;
            lagged += lag;
            delays.extend(d);
        }
        let peak_kib = sampler.finish();
        drop(server);
        drop(db);
        if missing > 0 || lagged > 0 {
            errors.record(
                "subscriptions".into(),
                format!(
                    "{} of {SUBSCRIBERS} subscribers got all {total} values; {missing} deliveries missing; {lagged} reported lagged",
                    complete
                ),
            );
        }
        delays.sort_unstable();
        let p99 = percentile_ms(&delays, 99.0);
        let rss = subscribed_kib as f64 / 1024.0;
        let peak = peak_kib as f64 / 1024.0;
        Ok(Row {
            number,
            what,
            result: format!(
                "{complete} of {SUBSCRIBERS} got every value (written at {} values/s); delivery after the 2xx p50 {:.2} ms, p99 {p99:.2} ms; server memory with the subscribers {rss:.1} MiB (peak while writing {peak:.1} MiB)",
                thousands(written),
                percentile_ms(&delays, 50.0)
            ),
            // All targets at once: the larger share of its bound. The delays only
            // count if the writers kept (95% of) the rate the row promises.
            figure: (p99 / 50.0)
                .max(peak / 200.0)
                .max(0.95 * WRITES_PER_SECOND as f64 / written),
            target: Some((
                Target::AtMost(1.0),
                "p99 ≤ 50 ms; ≤ 200 MiB; writes kept at 1,000/s",
            )),
            errors,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broker_urls() {
        assert_eq!(
            broker_address("mqtt://127.0.0.1:1884").unwrap(),
            ("127.0.0.1".to_string(), 1884)
        );
        assert_eq!(
            broker_address("tcp://broker/").unwrap(),
            ("broker".to_string(), 1883)
        );
        assert!(broker_address("http://x").is_err());
    }

    #[test]
    fn only_takes_backends_and_rows() {
        let only = |s: &str| Selection::parse(&s.split(',').map(String::from).collect::<Vec<_>>());
        let s = only("sqlite,hyper,ws").unwrap();
        assert!(s.backends == [Backend::Sqlite]);
        assert!(s.row("hyper") && s.row("ws") && !s.row("ingest"));
        assert!(only("sqlite").unwrap().row("mqtt"));
        assert!(only("nope").is_err());
        assert_eq!(Selection::number("hyper"), 7);
    }
}
