//! BEMCom connectors over the bridge: their topics in (heartbeat, logs, available
//! datapoints, values) handed to the core's connector services, and what the core
//! asks to send them (datapoint maps, actuator values, setpoints, schedules)
//! published retained with QoS 2. The rules are in `core::connectors`.
//!
//! Joule subscribes with one wildcard per kind of topic (`+/heartbeat`, …), so a
//! connector created or renamed needs no new subscription; a topic of a name that
//! is no connector is left alone (other systems may share the broker), and so are
//! raw messages of a connector whose `raw_message_to_db` is off (BEMCom's default).

use super::messages::Refusal;
use super::stats::{LimitedLog, Stats};
use crate::core::{bemcom, Core, CoreError};
use rumqttc::{AsyncClient, QoS};
use std::sync::Arc;
use tokio::sync::broadcast::error::RecvError;

/// The filters that reach every connector's topics.
pub fn filters() -> [&'static str; 5] {
    [
        "+/heartbeat",
        "+/logs",
        "+/available_datapoints",
        "+/raw_message_to_db",
        "+/messages/+/value",
    ]
}

/// What a connector topic carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route<'t> {
    Heartbeat(&'t str),
    Logs(&'t str),
    Available(&'t str),
    Raw(&'t str),
    Value(&'t str, i64),
}

pub fn route(topic: &str) -> Option<Route<'_>> {
    if let Some((name, id)) = bemcom::parse_value_topic(topic) {
        return Some(Route::Value(name, id));
    }
    let (name, kind) = topic.split_once('/')?;
    if name.is_empty() {
        return None;
    }
    match kind {
        "heartbeat" => Some(Route::Heartbeat(name)),
        "logs" => Some(Route::Logs(name)),
        "available_datapoints" => Some(Route::Available(name)),
        "raw_message_to_db" => Some(Route::Raw(name)),
        _ => None,
    }
}

/// Hands a connector message to the core. `Ok(None)`: the name is no connector's.
pub async fn store(
    core: &Core,
    route: Route<'_>,
    payload: &[u8],
) -> Result<Option<usize>, CoreError> {
    let name = match route {
        Route::Heartbeat(n)
        | Route::Logs(n)
        | Route::Available(n)
        | Route::Raw(n)
        | Route::Value(n, _) => n,
    };
    let Some(connector) = core.connector_by_name(name).await? else {
        return Ok(None);
    };
    if matches!(route, Route::Raw(_)) && !connector.raw_message_to_db {
        return Ok(None);
    }
    match route {
        Route::Heartbeat(_) => core
            .connector_heartbeat(name, payload)
            .await
            .map(|()| Some(0)),
        Route::Logs(_) => core.connector_logs(name, payload).await.map(|()| Some(0)),
        Route::Raw(_) => core
            .connector_raw_message(name, payload)
            .await
            .map(|()| Some(0)),
        Route::Available(_) => core
            .connector_available_datapoints(name, payload)
            .await
            .map(|()| Some(0)),
        Route::Value(_, id) => core
            .connector_value(&connector, id, payload)
            .await
            .map(Some),
    }
}

async fn send(client: &AsyncClient, stats: &Stats, out: crate::core::connectors::Outgoing) -> bool {
    let sent = client
        .publish(out.topic, QoS::ExactlyOnce, true, out.payload)
        .await
        .is_ok();
    Stats::add(
        if sent {
            &stats.values_published
        } else {
            &stats.publish_dropped
        },
        1,
    );
    sent
}

/// Publishes every connector's datapoint map (on each connection of the publishing
/// side, so a broker that lost its retained messages gets them again).
pub async fn publish_maps(
    core: Core,
    client: AsyncClient,
    stats: Arc<Stats>,
    log: Arc<LimitedLog>,
) {
    let connectors = match core.connectors_all().await {
        Ok(all) => all,
        Err(e) => {
            log.warn(format_args!("MQTT: datapoint maps not published: {e}"));
            return;
        }
    };
    for connector in connectors {
        match core.connector_datapoint_map(connector.id).await {
            Ok(map) => {
                let out = crate::core::connectors::Outgoing {
                    topic: format!("{}/datapoint_map", connector.name),
                    payload: map.to_string().into_bytes(),
                };
                send(&client, &stats, out).await;
            }
            Err(e) => log.warn(format_args!(
                "MQTT: datapoint map of '{}' not published: {e}",
                connector.name
            )),
        }
    }
}

/// Publishes what committed changes ask to send to connectors.
pub async fn publish_changes(
    core: Core,
    client: AsyncClient,
    stats: Arc<Stats>,
    log: Arc<LimitedLog>,
) {
    let mut changes = core.subscribe_changes();
    loop {
        match changes.recv().await {
            Ok(change) => match core.connector_outgoing(&change).await {
                Ok(messages) => {
                    for out in messages {
                        send(&client, &stats, out).await;
                    }
                }
                Err(e) => log.warn(format_args!("MQTT: connector messages not published: {e}")),
            },
            Err(RecvError::Lagged(missed)) => {
                Stats::add(&stats.publish_dropped, missed);
                log.warn(format_args!(
                    "MQTT: fell behind the commits; messages of {missed} change(s) to connectors not published"
                ));
            }
            Err(RecvError::Closed) => return,
        }
    }
}

/// A refusal of a connector message, for `{prefix}/errors`.
pub fn refusal(e: CoreError) -> Refusal {
    let reason = e.to_string();
    let errors = match e {
        CoreError::Invalid { errors, .. } => errors,
        _ => Vec::new(),
    };
    Refusal { reason, errors }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connector_topics_route_by_kind() {
        assert_eq!(route("c1/heartbeat"), Some(Route::Heartbeat("c1")));
        assert_eq!(route("c1/logs"), Some(Route::Logs("c1")));
        assert_eq!(
            route("c1/available_datapoints"),
            Some(Route::Available("c1"))
        );
        assert_eq!(route("c1/messages/7/value"), Some(Route::Value("c1", 7)));
        for nothing in [
            "c1/datapoint_map",
            "/heartbeat",
            "c1/messages/x/value",
            "c1/messages/7/setpoint",
        ] {
            assert_eq!(route(nothing), None, "{nothing}");
        }
    }
}
