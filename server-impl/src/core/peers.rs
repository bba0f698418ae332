//! Several instances on one PostgreSQL database agree: each publishes the changes
//! it committed itself (origin `Local`) with `pg_notify` on [`CHANNEL`], and
//! announces what it hears from the others as changes of origin `Peer`, which are
//! never sent on again. Latest-value caches, live streams and rules on every
//! instance thus see every commit.
//!
//! A notification carries the committed values when they fit in a payload
//! (PostgreSQL takes fewer than 8,000 bytes); a larger batch is sent as one
//! timestamp range per datapoint, which the receiver reads back from the store
//! (after the commit, so it finds the values). Deletions, datapoint changes and
//! setpoint or schedule versions are sent as ids.
//!
//! Each message carries its sender's instance id and a sequence number. Whatever
//! may have been missed clears the receiver's latest-value cache (which then reads
//! the store again): a gap in a sender's numbers, a message that cannot be read, a
//! reconnect of the listening connection, and a sender that lagged behind its own
//! hub or could not notify (it sends `reset` once it can).
//!
//! SQLite serves a single instance: nothing here runs.

use super::Core;
use joule_db::committed::{Change, Committed, Origin, Point, Source};
use joule_db::queries::control::Control;
use joule_db::queries::peers::{self as q, ChangeListener, MAX_PAYLOAD};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::broadcast::error::{RecvError, TryRecvError};
use tokio::sync::{broadcast, mpsc};

/// The notification channel (per database).
pub const CHANNEL: &str = "joule_changes";
/// How often the listening connection is read: at most this late after a commit.
const POLL: Duration = Duration::from_millis(20);
/// A round trip this often notices a connection that died without a word.
const PING: Duration = Duration::from_secs(5);
/// Waits between attempts to reconnect the listener.
const RETRY: [u64; 5] = [100, 500, 1_000, 2_000, 5_000];
/// Ids and ranges per message, well under the payload limit.
const IDS_PER_MESSAGE: usize = 300;
const RANGES_PER_MESSAGE: usize = 100;
/// Payloads sent in one round trip.
const PAYLOADS_PER_ROUND: usize = 512;

/// One notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Message {
    /// The sending instance.
    from: String,
    /// 1, 2, 3… per sender: a gap means something was missed.
    seq: u64,
    #[serde(flatten)]
    body: Body,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Body {
    /// Stored points: (datapoint, timestamp µs, num, txt).
    Values {
        source: String,
        points: Vec<(i64, i64, Option<f64>, Option<String>)>,
    },
    /// Stored points too many to carry: (datapoint, first, last timestamp µs).
    Ranges {
        source: String,
        ranges: Vec<(i64, i64, i64)>,
    },
    Deleted {
        datapoint_ids: Vec<i64>,
    },
    Redefined {
        datapoint_ids: Vec<i64>,
    },
    Control {
        datapoint_id: i64,
        control: String,
    },
    /// The sender may have failed to send something: read the store again.
    Reset,
}

fn source_name(source: Source) -> String {
    match source {
        Source::Http => "http".into(),
        Source::Mqtt => "mqtt".into(),
        Source::Webhook => "webhook".into(),
        other => format!("{other:?}").to_lowercase(),
    }
}

fn source_of(name: &str) -> Option<Source> {
    match name {
        "http" => Some(Source::Http),
        "mqtt" => Some(Source::Mqtt),
        "webhook" => Some(Source::Webhook),
        _ => None,
    }
}

fn control_of(name: &str) -> Option<Control> {
    [Control::Setpoint, Control::Schedule]
        .into_iter()
        .find(|c| c.name() == name)
}

/// Turns this instance's changes into payloads.
struct Sender {
    instance: String,
    seq: u64,
}

impl Sender {
    fn payload(&mut self, body: Body) -> Option<String> {
        self.seq += 1;
        let message = Message {
            from: self.instance.clone(),
            seq: self.seq,
            body,
        };
        match serde_json::to_string(&message) {
            Ok(text) => Some(text),
            Err(e) => {
                log::error!("a change for peers does not encode: {e}");
                None
            }
        }
    }

    /// The payloads telling peers of `change`; none for a change heard from a peer.
    fn payloads(&mut self, change: &Change) -> Vec<String> {
        if change.origin() == Origin::Peer {
            return Vec::new();
        }
        let bodies = match change {
            Change::Values { batch, .. } => return self.values(batch),
            Change::Deleted { datapoint_ids, .. } => datapoint_ids
                .chunks(IDS_PER_MESSAGE)
                .map(|ids| Body::Deleted {
                    datapoint_ids: ids.to_vec(),
                })
                .collect(),
            Change::Redefined { datapoint_ids, .. } => datapoint_ids
                .chunks(IDS_PER_MESSAGE)
                .map(|ids| Body::Redefined {
                    datapoint_ids: ids.to_vec(),
                })
                .collect(),
            Change::Control {
                datapoint_id,
                control,
                ..
            } => vec![Body::Control {
                datapoint_id: *datapoint_id,
                control: control.name().into(),
            }],
            // A connector's map is published by the bridge of the instance that
            // changed it (every instance with [mqtt] runs one); peers hold no state
            // of it to update.
            Change::ConnectorMap { .. } => Vec::new(),
        };
        bodies.into_iter().filter_map(|b| self.payload(b)).collect()
    }

    fn values(&mut self, batch: &Committed) -> Vec<String> {
        let source = source_name(batch.source);
        // Over a payload's worth of points cannot fit; do not encode them to see.
        if batch.points.len() <= MAX_PAYLOAD / 16 {
            let points = batch
                .points
                .iter()
                .map(|p| (p.datapoint_id, p.ts, p.num, p.txt.clone()))
                .collect();
            let seq = self.seq;
            if let Some(text) = self.payload(Body::Values {
                source: source.clone(),
                points,
            }) {
                if text.len() <= MAX_PAYLOAD {
                    return vec![text];
                }
            }
            self.seq = seq;
        }
        let mut ranges: Vec<(i64, i64, i64)> = Vec::new();
        let mut at: HashMap<i64, usize> = HashMap::new();
        for p in batch.points.iter() {
            match at.get(&p.datapoint_id) {
                Some(&i) => {
                    let range = &mut ranges[i];
                    range.1 = range.1.min(p.ts);
                    range.2 = range.2.max(p.ts);
                }
                None => {
                    at.insert(p.datapoint_id, ranges.len());
                    ranges.push((p.datapoint_id, p.ts, p.ts));
                }
            }
        }
        ranges
            .chunks(RANGES_PER_MESSAGE)
            .filter_map(|chunk| {
                self.payload(Body::Ranges {
                    source: source.clone(),
                    ranges: chunk.to_vec(),
                })
            })
            .collect()
    }
}

/// What the listening thread hands to the task that announces.
enum Heard {
    /// (Re)connected: anything may have been missed before.
    Connected,
    Payload(String),
}

/// Makes peers' messages into changes of origin `Peer`.
struct Receiver {
    core: Core,
    instance: String,
    last_seq: HashMap<String, u64>,
}

impl Receiver {
    fn missed(&self, why: &str) {
        log::warn!("changes of a peer may have been missed ({why}); latest values are read again");
        self.core.latest.clear();
    }

    async fn hear(&mut self, payload: &str) {
        let message: Message = match serde_json::from_str(payload) {
            Ok(message) => message,
            Err(e) => return self.missed(&format!("a message does not decode: {e}")),
        };
        if message.from == self.instance {
            return;
        }
        let last = self.last_seq.insert(message.from.clone(), message.seq);
        if last.is_some_and(|last| message.seq != last + 1) {
            self.missed(&format!("a gap in the messages of {}", message.from));
        }
        let change = match message.body {
            Body::Values { source, points } => {
                let Some(source) = source_of(&source) else {
                    return self.missed(&format!("an unknown source {source:?}"));
                };
                let points = points
                    .into_iter()
                    .map(|(datapoint_id, ts, num, txt)| Point {
                        datapoint_id,
                        ts,
                        num,
                        txt,
                    })
                    .collect();
                values(source, points)
            }
            Body::Ranges { source, ranges } => {
                let Some(source) = source_of(&source) else {
                    return self.missed(&format!("an unknown source {source:?}"));
                };
                let read = self
                    .core
                    .db
                    .run(move |c| {
                        let mut points = Vec::new();
                        for (id, from, to) in ranges {
                            points.extend(q::values_between(c, id, from, to)?);
                        }
                        Ok(points)
                    })
                    .await;
                match read {
                    Ok(points) if points.is_empty() => return,
                    Ok(points) => values(source, points),
                    Err(e) => return self.missed(&format!("values could not be read: {e}")),
                }
            }
            Body::Deleted { datapoint_ids } => Change::Deleted {
                origin: Origin::Peer,
                datapoint_ids: datapoint_ids.into(),
            },
            Body::Redefined { datapoint_ids } => Change::Redefined {
                origin: Origin::Peer,
                datapoint_ids: datapoint_ids.into(),
            },
            Body::Control {
                datapoint_id,
                control,
            } => {
                let Some(control) = control_of(&control) else {
                    return self.missed(&format!("an unknown control {control:?}"));
                };
                Change::Control {
                    origin: Origin::Peer,
                    datapoint_id,
                    control,
                }
            }
            Body::Reset => return self.missed(&format!("{} asked", message.from)),
        };
        self.core.announce(change);
    }
}

fn values(source: Source, points: Vec<Point>) -> Change {
    Change::Values {
        origin: Origin::Peer,
        batch: Committed {
            source,
            points: points.into(),
        },
    }
}

/// A running exchange with the peers; dropping it changes nothing (it runs as
/// long as the runtime).
pub struct Peers {
    /// This instance's id in every message it sends.
    pub instance: String,
    connects: Arc<AtomicU64>,
}

impl Peers {
    /// How often the listening connection was (re)established and heard from.
    pub fn connects(&self) -> u64 {
        self.connects.load(Ordering::SeqCst)
    }
}

/// Starts publishing this instance's changes and listening to its peers', when
/// `url` is a PostgreSQL database; `None` for SQLite. Call inside the runtime,
/// before the first request is served (nothing committed earlier is sent).
pub fn start(core: &Core, url: &str) -> Option<Peers> {
    if joule_db::Backend::from_url(url) != joule_db::Backend::Postgres {
        return None;
    }
    let instance = format!("{:016x}", rand::random::<u64>());
    let connects = Arc::new(AtomicU64::new(0));
    tokio::spawn(publish(
        core.clone(),
        Sender {
            instance: instance.clone(),
            seq: 0,
        },
        core.subscribe_changes(),
    ));
    let (tx, rx) = mpsc::channel(1_024);
    let url = url.to_string();
    let spawned = std::thread::Builder::new()
        .name("joule-peers".into())
        .spawn(move || listen(&url, &tx));
    if let Err(e) = spawned {
        log::error!("cannot start the peer listener: {e}");
    }
    tokio::spawn(announce(
        Receiver {
            core: core.clone(),
            instance: instance.clone(),
            last_seq: HashMap::new(),
        },
        rx,
        connects.clone(),
    ));
    Some(Peers { instance, connects })
}

async fn publish(core: Core, mut sender: Sender, mut changes: broadcast::Receiver<Change>) {
    // Set when peers may have missed something; a `reset` goes first next time.
    let mut owed_reset = false;
    loop {
        let mut payloads = Vec::new();
        match changes.recv().await {
            Ok(change) => payloads.extend(sender.payloads(&change)),
            Err(RecvError::Lagged(_)) => owed_reset = true,
            Err(RecvError::Closed) => return,
        }
        // Whatever else is waiting goes in the same round trip.
        while payloads.len() < PAYLOADS_PER_ROUND {
            match changes.try_recv() {
                Ok(change) => payloads.extend(sender.payloads(&change)),
                Err(TryRecvError::Lagged(_)) => owed_reset = true,
                Err(_) => break,
            }
        }
        if owed_reset {
            payloads.extend(sender.payload(Body::Reset));
        }
        if payloads.is_empty() {
            continue;
        }
        let sent = core
            .db
            .run(move |c| q::changes_notify(c, CHANNEL, &payloads))
            .await;
        match sent {
            Ok(()) => owed_reset = false,
            Err(e) => {
                log::warn!("cannot notify peers: {e}");
                owed_reset = true;
            }
        }
    }
}

async fn announce(
    mut receiver: Receiver,
    mut heard: mpsc::Receiver<Heard>,
    connects: Arc<AtomicU64>,
) {
    while let Some(message) = heard.recv().await {
        match message {
            Heard::Connected => {
                receiver.last_seq.clear();
                receiver.core.latest.clear();
                connects.fetch_add(1, Ordering::SeqCst);
            }
            Heard::Payload(payload) => receiver.hear(&payload).await,
        }
    }
}

/// The listening connection's thread: reconnects after errors, ends when the
/// announcing task is gone.
fn listen(url: &str, tx: &mpsc::Sender<Heard>) {
    let mut attempt = 0;
    while !tx.is_closed() {
        let mut listener = match ChangeListener::connect(url, CHANNEL) {
            Ok(listener) => listener,
            Err(e) => {
                let wait = RETRY[attempt.min(RETRY.len() - 1)];
                log::warn!("cannot listen for peers' changes ({e}); retrying in {wait} ms");
                attempt += 1;
                std::thread::sleep(Duration::from_millis(wait));
                continue;
            }
        };
        if attempt > 0 {
            log::info!("listening for peers' changes again");
        }
        attempt = 0;
        if tx.blocking_send(Heard::Connected).is_err() {
            return;
        }
        let mut pinged = Instant::now();
        let lost = loop {
            match listener.received() {
                Ok(payloads) => {
                    for payload in payloads {
                        if tx.blocking_send(Heard::Payload(payload)).is_err() {
                            return;
                        }
                    }
                }
                Err(e) => break e,
            }
            if pinged.elapsed() >= PING {
                if let Err(e) = listener.ping() {
                    break e;
                }
                pinged = Instant::now();
            }
            if tx.is_closed() {
                return;
            }
            std::thread::sleep(POLL);
        };
        log::warn!("the connection listening for peers' changes was lost: {lost}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sender() -> Sender {
        Sender {
            instance: "a".into(),
            seq: 0,
        }
    }

    fn batch(points: Vec<Point>) -> Change {
        Change::Values {
            origin: Origin::Local,
            batch: Committed {
                source: Source::Mqtt,
                points: points.into(),
            },
        }
    }

    fn point(datapoint_id: i64, ts: i64) -> Point {
        Point {
            datapoint_id,
            ts,
            num: Some(ts as f64 / 3.0),
            txt: None,
        }
    }

    fn decode(payload: &str) -> Message {
        assert!(payload.len() <= MAX_PAYLOAD, "{} bytes", payload.len());
        serde_json::from_str(payload).expect("a message")
    }

    #[test]
    fn small_batches_carry_their_values_large_ones_their_ranges() {
        let mut sender = sender();
        let small = sender.payloads(&batch(vec![point(1, 10), point(2, 20)]));
        assert_eq!(small.len(), 1);
        let message = decode(&small[0]);
        assert_eq!((message.from.as_str(), message.seq), ("a", 1));
        assert_eq!(
            message.body,
            Body::Values {
                source: "mqtt".into(),
                points: vec![
                    (1, 10, Some(10.0 / 3.0), None),
                    (2, 20, Some(20.0 / 3.0), None)
                ],
            }
        );

        // 250 datapoints × 40 points: far over a payload; ranges in three messages.
        let many = (0..250)
            .flat_map(|id| (0..40).map(move |ts| point(id, 1_000 + ts)))
            .collect();
        let large = sender.payloads(&batch(many));
        let messages: Vec<Message> = large.iter().map(|p| decode(p)).collect();
        assert_eq!(
            messages.iter().map(|m| m.seq).collect::<Vec<_>>(),
            vec![2, 3, 4]
        );
        let ranges: Vec<(i64, i64, i64)> = messages
            .into_iter()
            .flat_map(|m| match m.body {
                Body::Ranges { ranges, .. } => ranges,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(ranges.len(), 250);
        assert!(ranges
            .iter()
            .all(|&(_, from, to)| (from, to) == (1_000, 1_039)));
    }

    #[test]
    fn peers_changes_are_never_sent_on_and_long_lists_are_split() {
        let mut sender = sender();
        let heard = Change::Deleted {
            origin: Origin::Peer,
            datapoint_ids: vec![1].into(),
        };
        assert!(sender.payloads(&heard).is_empty());
        let deleted = Change::Deleted {
            origin: Origin::Local,
            datapoint_ids: (0..1_000_000_000_000i64 + 1_000)
                .skip(1_000_000_000_000)
                .collect::<Vec<_>>()
                .into(),
        };
        let payloads = sender.payloads(&deleted);
        assert_eq!(payloads.len(), 4);
        let control = Change::Control {
            origin: Origin::Local,
            datapoint_id: 7,
            control: Control::Schedule,
        };
        let message = decode(&sender.payloads(&control)[0]);
        assert_eq!(message.seq, 5);
        assert_eq!(
            message.body,
            Body::Control {
                datapoint_id: 7,
                control: "schedule".into()
            }
        );
        assert_eq!(control_of("schedule"), Some(Control::Schedule));
        assert_eq!(
            source_of(&source_name(Source::Webhook)),
            Some(Source::Webhook)
        );
    }

    async fn until<T>(what: &str, mut f: impl AsyncFnMut() -> Option<T>) -> T {
        let deadline = Instant::now() + Duration::from_secs(1);
        loop {
            if let Some(found) = f().await {
                return found;
            }
            assert!(Instant::now() < deadline, "{what} within 1 s");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// The next change of origin `Peer` heard on `changes` within 1 s.
    async fn next_from_peer(changes: &mut broadcast::Receiver<Change>) -> Change {
        let heard = tokio::time::timeout(Duration::from_secs(1), async {
            loop {
                match changes.recv().await {
                    Ok(change) if change.origin() == Origin::Peer => return change,
                    Ok(_) => {}
                    Err(e) => panic!("{e}"),
                }
            }
        });
        heard.await.expect("a peer's change within 1 s")
    }

    fn stored(change: Change) -> Vec<(i64, i64)> {
        match change {
            Change::Values { batch, .. } => batch
                .points
                .iter()
                .map(|p| (p.datapoint_id, p.ts))
                .collect(),
            other => panic!("heard {other:?}"),
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn two_instances_on_one_database_hear_each_other() {
        use crate::core::ingest::{Batch, Reading};
        use crate::core::registry::DatapointDraft;
        use serde_json::json;

        let Some(pg) = crate::core::testing::TestPostgres::fresh() else {
            return;
        };
        let (a, b) = (pg.core(), pg.core());
        assert!(start(&a, "sqlite://x.db").is_none(), "SQLite has no peers");
        let peers_a = start(&a, &pg.url).expect("PostgreSQL");
        let peers_b = start(&b, &pg.url).expect("PostgreSQL");
        assert_ne!(peers_a.instance, peers_b.instance);
        until("both listening", async || {
            (peers_a.connects() > 0 && peers_b.connects() > 0).then_some(())
        })
        .await;
        let id = a
            .datapoint_create(DatapointDraft {
                key: "hall/power".into(),
                type_: "sensor".into(),
                data_format: "continuous_numeric".into(),
                ..DatapointDraft::default()
            })
            .await
            .unwrap()
            .id;
        // B holds "no values yet" in memory before A writes.
        assert!(b.value_latest(id).await.is_err());
        assert!(b.latest.get(id).is_some());
        let (mut on_a, mut on_b) = (a.subscribe_changes(), b.subscribe_changes());

        let value = json!(42.5);
        let one = Batch::Of {
            datapoint: id,
            values: vec![Reading {
                timestamp: "2026-03-01T10:00:00Z".into(),
                value: &value,
            }],
        };
        assert_eq!(a.ingest(one, Source::Http).await, Ok(1));
        let ts = chrono::DateTime::parse_from_rfc3339("2026-03-01T10:00:00Z")
            .unwrap()
            .timestamp_micros();
        assert_eq!(stored(next_from_peer(&mut on_b).await), vec![(id, ts)]);
        assert_eq!(
            b.value_latest(id).await.map(|v| (v.ts, v.value)),
            Ok((ts, value.clone()))
        );

        // Too many for a payload: B reads them back from the store.
        let times: Vec<String> = (0..2_000)
            .map(|s| format!("2026-03-01T11:{:02}:{:02}Z", s / 60, s % 60))
            .collect();
        let values: Vec<Reading> = times
            .iter()
            .map(|timestamp| Reading {
                timestamp: timestamp.into(),
                value: &value,
            })
            .collect();
        let many = Batch::Of {
            datapoint: id,
            values,
        };
        assert_eq!(a.ingest(many, Source::Mqtt).await, Ok(2_000));
        let heard = next_from_peer(&mut on_b).await;
        let Change::Values { batch, .. } = &heard else {
            panic!("heard {heard:?}");
        };
        assert_eq!(batch.source, Source::Mqtt);
        assert_eq!(batch.points.len(), 2_000);
        let last = batch.points.last().unwrap().ts;
        assert_eq!(b.value_latest(id).await.map(|v| v.ts), Ok(last));

        // The other way round, and a delete: B's cache follows A's.
        assert_eq!(b.values_delete(id, None, None).await, Ok(2_001));
        assert!(matches!(
            next_from_peer(&mut on_a).await,
            Change::Deleted { .. }
        ));
        assert!(a.latest.get(id).is_none_or(|k| k.top.is_none()));
        assert!(a.value_latest(id).await.is_err());
        a.datapoint_delete(id).await.unwrap();
        until("B evicts the deleted datapoint", async || {
            b.latest.get(id).is_none().then_some(())
        })
        .await;

        // What one heard from a peer is never sent back.
        tokio::time::sleep(Duration::from_millis(200)).await;
        while let Ok(change) = on_a.try_recv() {
            assert_eq!(
                change.origin(),
                Origin::Local,
                "A heard its own change back: {change:?}"
            );
        }
        while let Ok(change) = on_b.try_recv() {
            if let Change::Deleted {
                origin: Origin::Peer,
                datapoint_ids,
            } = &change
            {
                assert_eq!(&**datapoint_ids, &[id]);
            } else {
                assert_eq!(
                    change.origin(),
                    Origin::Local,
                    "B heard its own change back: {change:?}"
                );
            }
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_lost_listening_connection_reconnects_and_clears_the_cache() {
        use diesel::{Connection, PgConnection, RunQueryDsl};

        let Some(pg) = crate::core::testing::TestPostgres::fresh() else {
            return;
        };
        let (a, b) = (pg.core(), pg.core());
        let _peers_a = start(&a, &pg.url).expect("PostgreSQL");
        let peers_b = start(&b, &pg.url).expect("PostgreSQL");
        until("B listening", async || {
            (peers_b.connects() == 1).then_some(())
        })
        .await;
        b.latest.fill(
            1,
            joule_db::DataFormat::GenericNumeric,
            None,
            b.latest.epoch(),
        );

        // Every listening connection of this database is cut (A's too).
        let mut admin = PgConnection::establish(&pg.url).unwrap();
        diesel::sql_query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = current_database() AND query LIKE 'LISTEN%'",
        )
        .execute(&mut admin)
        .unwrap();
        until("B listening again", async || {
            (peers_b.connects() >= 2).then_some(())
        })
        .await;
        assert!(b.latest.is_empty(), "what B held may be stale");

        // And it hears again.
        let mut on_b = b.subscribe_changes();
        a.announce_deleted(vec![9]);
        assert!(matches!(
            next_from_peer(&mut on_b).await,
            Change::Deleted { .. }
        ));
    }
}
