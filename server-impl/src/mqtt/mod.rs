//! The MQTT door: a bridge to an external broker (Mosquitto or any MQTT 3.1.1
//! broker). Devices publish values on Joule's topics (see [`messages`]); the bridge
//! stores them through [`Core::ingest`] and, when enabled, publishes what this
//! instance commits.
//!
//! Delivery: the receiving session is persistent (clean session off), so the broker
//! keeps QoS 1/2 messages while Joule is down, and a message is acknowledged only
//! once its values are committed, or once it was refused as bad (it would never
//! succeed). A redelivered message rewrites the same values: harmless. Up to
//! `queue` messages are stored concurrently, so that under load the value writer
//! commits them together; with the queue full the bridge stops reading from the
//! broker until a message is done. Bad messages are counted ([`Stats`]), logged at a
//! limited rate and reported on `{prefix}/errors`.

mod backoff;
pub mod connectors;
pub mod endpoint;
pub mod messages;
mod outbound;
pub mod stats;

pub use endpoint::Endpoint;
pub use stats::{Snapshot, Stats};

use crate::core::health::Probe;
use crate::core::{Core, CoreError};
use joule_db::committed::Source;
use messages::{Refusal, Route};
use outbound::Outbound;
use rumqttc::{
    AsyncClient, Event, EventLoop, MqttOptions, Packet, Publish, QoS, SubscribeReasonCode,
};
use stats::LimitedLog;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// The bridge's settings (the `[mqtt]` section).
#[derive(Debug, Clone)]
pub struct Settings {
    pub endpoint: Endpoint,
    /// PEM file of the CA that signed the broker's certificate (`mqtts://` only).
    pub ca_file: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub client_id: String,
    pub topic_prefix: String,
    pub qos: QoS,
    /// Messages being stored at once; the broker is not read while it is full.
    pub queue: usize,
    pub publish_committed: bool,
    /// With a group, the subscriptions are shared (`$share/{group}/…`): the broker
    /// hands each message to one instance of the group, so several instances share
    /// the work and none stores a message another stored.
    pub shared_group: Option<String>,
    /// Largest payload taken; larger messages are refused (and acknowledged).
    pub max_message_bytes: usize,
}

/// Largest MQTT packet read from the broker. MQTT's own limit, so that an oversized
/// message is refused as bad instead of breaking the connection, which would bring
/// it back on every reconnect.
const MAX_PACKET: usize = 268_435_455;

/// The QoS level of a `qos` setting (1 or 2).
pub fn qos(level: u8) -> Result<QoS, String> {
    match level {
        1 => Ok(QoS::AtLeastOnce),
        2 => Ok(QoS::ExactlyOnce),
        _ => Err(format!(
            "mqtt.qos must be 1 or 2 (at most once would lose messages), not {level}"
        )),
    }
}

/// Checks a topic prefix: MQTT topic text without wildcards.
pub fn check_prefix(prefix: &str) -> Result<(), String> {
    if prefix.is_empty() || prefix.starts_with('/') || prefix.ends_with('/') {
        return Err(format!(
            "mqtt.topic_prefix '{prefix}' must be non-empty and neither start nor end with '/'"
        ));
    }
    if prefix.contains(['+', '#', '\0']) {
        return Err(format!(
            "mqtt.topic_prefix '{prefix}' may not hold the wildcards '+' and '#'"
        ));
    }
    Ok(())
}

/// A subscription filter, shared within `group` when there is one. The broker
/// delivers a shared subscription's messages under their own topic, so routing is
/// the same either way.
fn shared(group: Option<&str>, filter: String) -> String {
    match group {
        Some(group) => format!("$share/{group}/{filter}"),
        None => filter,
    }
}

/// Checks a shared-subscription group name: one topic level, no wildcards.
pub fn check_group(group: &str) -> Result<(), String> {
    if group.is_empty() || group.contains(['/', '+', '#', '\0']) {
        return Err(format!(
            "mqtt.shared_group '{group}' must be one non-empty topic level without '/', '+' or '#'"
        ));
    }
    Ok(())
}

/// A running bridge; its counters can be read at any time.
pub struct Bridge {
    stats: Arc<Stats>,
}

impl Bridge {
    pub fn stats(&self) -> Snapshot {
        self.stats.snapshot()
    }
}

/// What the receiving session's message handlers share.
struct Door {
    core: Core,
    settings: Arc<Settings>,
    stats: Arc<Stats>,
    out: Outbound,
    log: Arc<LimitedLog>,
}

/// Why a message was not stored this time.
enum Outcome {
    Refused(Refusal),
    /// The database is not available: try the same message again.
    Retry(CoreError),
}

fn options(settings: &Settings, client_id: String) -> Result<MqttOptions, String> {
    let endpoint = &settings.endpoint;
    let mut options = MqttOptions::new(client_id, endpoint.host.clone(), endpoint.port);
    options
        .set_transport(endpoint.transport(settings.ca_file.as_deref())?)
        .set_keep_alive(Duration::from_secs(30))
        .set_max_packet_size(MAX_PACKET, MAX_PACKET);
    if let Some(user) = &settings.username {
        options.set_credentials(user.clone(), settings.password.clone().unwrap_or_default());
    }
    Ok(options)
}

/// Starts the bridge on the current Tokio runtime; it connects (and reconnects) in
/// the background, and `GET /ready` answers not ready while it is not connected.
pub fn start(core: Core, settings: Settings) -> Result<Bridge, String> {
    let settings = Arc::new(settings);
    let stats = Arc::new(Stats::default());
    let log = Arc::new(LimitedLog::new(10, Duration::from_secs(10)));

    let mut receiving = options(&settings, settings.client_id.clone())?;
    receiving.set_clean_session(false).set_manual_acks(true);
    // A handler must never wait to acknowledge: it holds a queue slot meanwhile, and
    // the event loop, which drains the acknowledgements, waits for a slot. Every
    // acknowledgement waiting here is for a message the broker still counts as in
    // flight, of which there are at most 65,535 (the packet ids), so this many plus
    // room for the subscriptions never fills. The channel allocates only what it holds.
    let (client, eventloop) = AsyncClient::new(receiving, usize::from(u16::MAX) + 16);

    let mut publishing = options(&settings, format!("{}-out", settings.client_id))?;
    publishing.set_clean_session(true);
    let (out_client, out_loop) = AsyncClient::new(publishing, 1024);
    let out = Outbound::new(out_client, settings.clone(), stats.clone());

    let receiving_probe = core.health.register("the MQTT broker");
    let publishing_probe = core
        .health
        .register("the MQTT broker (publishing connection)");
    tokio::spawn(outbound::run(
        out_loop,
        publishing_probe,
        log.clone(),
        outbound::OnConnect {
            core: core.clone(),
            client: out.client(),
            stats: stats.clone(),
        },
    ));
    tokio::spawn(connectors::publish_changes(
        core.clone(),
        out.client(),
        stats.clone(),
        log.clone(),
    ));
    if settings.publish_committed {
        tokio::spawn(outbound::publish_committed(
            core.clone(),
            out.clone(),
            log.clone(),
        ));
    }
    let door = Arc::new(Door {
        core,
        settings: settings.clone(),
        stats: stats.clone(),
        out,
        log,
    });
    tokio::spawn(receive(door, client, eventloop, receiving_probe));
    log::info!(
        "MQTT bridge for {}:{} (client id {}, topics below {}/)",
        settings.endpoint.host,
        settings.endpoint.port,
        settings.client_id,
        settings.topic_prefix
    );
    Ok(Bridge { stats })
}

/// Drives the receiving session: reads a message only when the queue has room,
/// subscribes after every connection, reconnects with backoff.
async fn receive(door: Arc<Door>, client: AsyncClient, mut eventloop: EventLoop, probe: Probe) {
    let queue = Arc::new(Semaphore::new(door.settings.queue));
    let mut pause = backoff::Backoff::default();
    loop {
        let Ok(slot) = queue.clone().acquire_owned().await else {
            return;
        };
        match eventloop.poll().await {
            Ok(Event::Incoming(Packet::Publish(publish))) => {
                let (door, client) = (door.clone(), client.clone());
                tokio::spawn(async move {
                    door.take(&publish).await;
                    // Dropped when the connection broke since; the broker sends the
                    // message again and it is stored again, to the same effect.
                    let _ = client.ack(&publish).await;
                    drop(slot);
                });
            }
            Ok(Event::Incoming(Packet::ConnAck(ack))) => {
                Stats::add(&door.stats.connects, 1);
                pause.reset();
                log::info!(
                    "MQTT: connected to {}:{} (session kept by the broker: {})",
                    door.settings.endpoint.host,
                    door.settings.endpoint.port,
                    ack.session_present
                );
                // A broker that lost the session (or restarted without persistence)
                // forgot the subscriptions: subscribe on every connection.
                let qos = door.settings.qos;
                let group = door.settings.shared_group.as_deref();
                let topics: Vec<_> = messages::filters(&door.settings.topic_prefix)
                    .into_iter()
                    .chain(connectors::filters().map(String::from))
                    .map(|t| rumqttc::SubscribeFilter::new(shared(group, t), qos))
                    .collect();
                if let Err(e) = client.try_subscribe_many(topics) {
                    log::error!("MQTT: cannot subscribe: {e}");
                }
            }
            Ok(Event::Incoming(Packet::SubAck(ack))) => {
                let refused = ack
                    .return_codes
                    .iter()
                    .any(|c| matches!(c, SubscribeReasonCode::Failure));
                if refused {
                    log::error!(
                        "MQTT: the broker refused a subscription below {}/ (check its ACL)",
                        door.settings.topic_prefix
                    );
                }
                probe.set(!refused);
            }
            Ok(_) => {}
            Err(e) => {
                probe.set(false);
                Stats::add(&door.stats.connection_errors, 1);
                door.log.warn(format_args!(
                    "MQTT: connection to {}:{}: {e}; reconnecting",
                    door.settings.endpoint.host, door.settings.endpoint.port
                ));
                tokio::time::sleep(pause.next()).await;
            }
        }
    }
}

impl Door {
    /// Stores a message, retrying while the database is unavailable, or refuses
    /// and reports it.
    async fn take(&self, publish: &Publish) {
        Stats::add(&self.stats.received, 1);
        let mut pause = backoff::Backoff::default();
        loop {
            match self.store(&publish.topic, &publish.payload).await {
                Ok(written) => {
                    Stats::add(&self.stats.stored, 1);
                    Stats::add(&self.stats.values_stored, written as u64);
                    return;
                }
                Err(Outcome::Refused(refusal)) => {
                    Stats::add(&self.stats.refused, 1);
                    self.log.warn(format_args!(
                        "MQTT: message on {} refused: {}",
                        publish.topic, refusal.reason
                    ));
                    self.out.report(&publish.topic, &publish.payload, &refusal);
                    return;
                }
                Err(Outcome::Retry(e)) => {
                    Stats::add(&self.stats.store_retries, 1);
                    self.log.warn(format_args!(
                        "MQTT: message on {} not stored yet, retrying: {e}",
                        publish.topic
                    ));
                    tokio::time::sleep(pause.next()).await;
                }
            }
        }
    }

    async fn store(&self, topic: &str, payload: &[u8]) -> Result<usize, Outcome> {
        let limit = self.settings.max_message_bytes;
        if payload.len() > limit {
            return Err(Outcome::Refused(Refusal::new(format!(
                "a message of {} bytes; at most {limit} are taken",
                payload.len()
            ))));
        }
        let prefix = &self.settings.topic_prefix;
        let joule_route = messages::route(prefix, topic);
        if let (None, Some(route)) = (joule_route, connectors::route(topic)) {
            return match connectors::store(&self.core, route, payload).await {
                // The name is no connector's: another system's topic.
                Ok(None) => Ok(0),
                Ok(Some(written)) => Ok(written),
                Err(e @ CoreError::Unavailable(_)) => Err(Outcome::Retry(e)),
                Err(e) => Err(Outcome::Refused(connectors::refusal(e))),
            };
        }
        let parsed = match joule_route {
            Some(Route::Values) => messages::values(payload),
            Some(Route::Datapoint(key)) => messages::one(key, payload),
            None => Err(Refusal::new(format!(
                "the topic maps to nothing; values go to {prefix}/values or \
                 {prefix}/datapoints/{{key}}/value"
            ))),
        }
        .map_err(Outcome::Refused)?;
        match self.core.ingest(parsed.batch(), Source::Mqtt).await {
            Ok(written) => Ok(written),
            Err(e @ CoreError::Unavailable(_)) => Err(Outcome::Retry(e)),
            Err(e) => Err(Outcome::Refused(refusal(e, parsed.is_single()))),
        }
    }
}

/// A refusal from the core's answer; a single value's fields name no item.
fn refusal(e: CoreError, single: bool) -> Refusal {
    let reason = e.to_string();
    let errors = match e {
        CoreError::Invalid { errors, .. } => errors,
        CoreError::BadInput { field, message } => vec![joule_db::FieldError::new(field, message)],
        _ => Vec::new(),
    };
    let errors = errors
        .into_iter()
        .map(|mut e| {
            if single {
                if let Some(field) = e.field.strip_prefix("[0].") {
                    e.field = field.to_string();
                }
            }
            e
        })
        .collect();
    let reason = match (single, reason.strip_prefix("[0].")) {
        (true, Some(rest)) => rest.to_string(),
        _ => reason,
    };
    Refusal { reason, errors }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_checks_name_the_key() {
        assert_eq!(qos(1), Ok(QoS::AtLeastOnce));
        assert_eq!(qos(2), Ok(QoS::ExactlyOnce));
        assert!(qos(0).unwrap_err().contains("mqtt.qos"));
        assert!(check_prefix("joule").is_ok());
        assert!(check_prefix("site/a").is_ok());
        for bad in ["", "/j", "j/", "j/+", "j/#"] {
            assert!(
                check_prefix(bad).unwrap_err().contains("mqtt.topic_prefix"),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_single_value_refusal_names_its_fields_without_an_index() {
        let e = CoreError::Invalid {
            detail: Some("1 value(s) rejected; nothing of the batch was stored".into()),
            errors: vec![joule_db::FieldError::new("[0].value", "must be a number")],
        };
        let r = refusal(e.clone(), true);
        assert_eq!(r.errors[0].field, "value");
        assert_eq!(refusal(e, false).errors[0].field, "[0].value");
    }
}
