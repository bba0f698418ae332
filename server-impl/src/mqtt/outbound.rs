//! The publishing connection: refusals to `{prefix}/errors` and, when enabled, every
//! value this instance commits to `{prefix}/out/datapoints/{key}`. It is a second
//! broker connection (client id `{client_id}-out`, clean session) so that publishing
//! never waits behind the receiving session, which stops reading from the broker
//! while its queue is full.

use super::messages::Refusal;
use super::stats::{LimitedLog, Stats};
use super::{backoff, Settings};
use crate::core::health::Probe;
use crate::core::{timestamps, value_rules, Core};
use joule_db::committed::{Change, Committed, Origin};
use joule_db::queries::values::datapoints_by_ids;
use rumqttc::{AsyncClient, Event, EventLoop, Packet};
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::broadcast::error::RecvError;

/// Most bytes of a refused payload quoted in its report.
pub const QUOTED_PAYLOAD: usize = 1024;

/// Hands messages to the publishing connection.
#[derive(Clone)]
pub struct Outbound {
    client: AsyncClient,
    settings: Arc<Settings>,
    stats: Arc<Stats>,
}

impl Outbound {
    pub fn new(client: AsyncClient, settings: Arc<Settings>, stats: Arc<Stats>) -> Outbound {
        Outbound {
            client,
            settings,
            stats,
        }
    }

    /// The publishing connection's client.
    pub fn client(&self) -> AsyncClient {
        self.client.clone()
    }

    /// Publishes why a message on `topic` was refused, quoting the payload's start.
    /// Never waits: with the connection down and its queue full, the report is
    /// dropped (and counted).
    pub fn report(&self, topic: &str, payload: &[u8], refusal: &Refusal) {
        let quoted = &payload[..payload.len().min(QUOTED_PAYLOAD)];
        let body = json!({
            "topic": topic,
            "reason": refusal.reason,
            "errors": refusal
                .errors
                .iter()
                .map(|e| json!({"field": e.field, "message": e.message}))
                .collect::<Vec<_>>(),
            "payload": String::from_utf8_lossy(quoted),
            "payload_bytes": payload.len(),
        });
        let topic = format!("{}/errors", self.settings.topic_prefix);
        let sent = self
            .client
            .try_publish(topic, self.settings.qos, false, body.to_string());
        let counter = match sent {
            Ok(()) => &self.stats.errors_published,
            Err(_) => &self.stats.publish_dropped,
        };
        Stats::add(counter, 1);
    }

    /// Publishes the points of one committed batch, each to its datapoint's topic.
    async fn publish_batch(&self, core: &Core, batch: &Committed) -> Result<(), String> {
        let mut ids: Vec<i64> = batch.points.iter().map(|p| p.datapoint_id).collect();
        ids.dedup();
        let datapoints = core
            .db
            .run(move |c| datapoints_by_ids(c, &ids))
            .await
            .map_err(|e| e.to_string())?;
        let by_id: HashMap<i64, _> = datapoints.into_iter().map(|d| (d.id, d)).collect();
        for point in batch.points.iter() {
            // A datapoint deleted since the commit has nowhere to go.
            let Some(dp) = by_id.get(&point.datapoint_id) else {
                continue;
            };
            let value = value_rules::to_json(dp.data_format, point.num, point.txt.clone());
            let at = timestamps::to_datetime(point.ts)
                .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
            let body = json!({"timestamp": at, "value": value}).to_string();
            let topic = format!("{}/out/datapoints/{}", self.settings.topic_prefix, dp.key);
            self.client
                .publish(topic, self.settings.qos, false, body)
                .await
                .map_err(|e| e.to_string())?;
            Stats::add(&self.stats.values_published, 1);
        }
        Ok(())
    }
}

/// Publishes every value committed by this instance, whichever door it came through.
/// A publisher that falls behind the commits skips what it missed (counted).
pub async fn publish_committed(core: Core, out: Outbound, log: Arc<LimitedLog>) {
    let mut changes = core.subscribe_changes();
    loop {
        match changes.recv().await {
            Ok(Change::Values {
                origin: Origin::Local,
                batch,
            }) => {
                if let Err(e) = out.publish_batch(&core, &batch).await {
                    Stats::add(&out.stats.publish_dropped, batch.points.len() as u64);
                    log.warn(format_args!("MQTT: committed values not published: {e}"));
                }
            }
            Ok(_) => {}
            Err(RecvError::Lagged(missed)) => {
                Stats::add(&out.stats.publish_dropped, missed);
                log.warn(format_args!(
                    "MQTT: publishing fell behind the commits; {missed} batch(es) not published"
                ));
            }
            Err(RecvError::Closed) => return,
        }
    }
}

/// What to publish on every connection of the publishing side.
pub struct OnConnect {
    pub core: Core,
    pub client: AsyncClient,
    pub stats: Arc<Stats>,
}

/// Drives the publishing connection: reconnects with backoff, reports its state,
/// and publishes the connectors' datapoint maps on each connection.
pub async fn run(mut eventloop: EventLoop, probe: Probe, log: Arc<LimitedLog>, on: OnConnect) {
    let mut pause = backoff::Backoff::default();
    loop {
        match eventloop.poll().await {
            Ok(Event::Incoming(Packet::ConnAck(_))) => {
                probe.set(true);
                pause.reset();
                tokio::spawn(super::connectors::publish_maps(
                    on.core.clone(),
                    on.client.clone(),
                    on.stats.clone(),
                    log.clone(),
                ));
            }
            Ok(_) => {}
            Err(e) => {
                probe.set(false);
                log.warn(format_args!("MQTT: publishing connection: {e}"));
                tokio::time::sleep(pause.next()).await;
            }
        }
    }
}
