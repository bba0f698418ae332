//! BEMCom connectors: the registry resource, what a connector reports (heartbeat,
//! logs, available datapoints, values) and what it is sent (datapoint map,
//! actuator values, setpoints, schedules). The MQTT bridge moves the messages;
//! every rule about them is here, with the formats in [`super::bemcom`].

use super::bemcom;
use super::control::{ScheduleItem, SetpointItem};
use super::ingest::{Batch, Reading};
use super::rules::Checks;
use super::{Core, CoreError};
use joule_db::committed::{Change, Origin, Source};
use joule_db::models::{
    ConnectorChanges, ConnectorLog, ConnectorRawMessage, NewConnector, Page, PageRequest,
};
use joule_db::queries::connectors as q;
use joule_db::queries::control::Control;
use joule_db::queries::datapoints::datapoint_get;
use joule_db::{DatapointType, DbError};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;

pub use joule_db::models::Connector;

/// How late a heartbeat may be before its connector counts as down: the
/// connector's own clock and the broker add some delay to every heartbeat.
pub const HEARTBEAT_GRACE_MICROS: i64 = 10_000_000;

/// The most log messages one answer lists (all that are kept).
pub const MAX_LOGS: i64 = q::MAX_LOGS;

/// Whether the connector's last heartbeat announced a next one that is not more
/// than [`HEARTBEAT_GRACE_MICROS`] overdue at `now` (microseconds).
pub fn alive(connector: &Connector, now: i64) -> bool {
    connector
        .next_heartbeat_at
        .is_some_and(|next| next.saturating_add(HEARTBEAT_GRACE_MICROS) >= now)
}

/// A message for the broker: published retained, with QoS 2, by the bridge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub topic: String,
    pub payload: Vec<u8>,
}

impl Outgoing {
    fn json(topic: String, payload: &Value) -> Outgoing {
        Outgoing {
            topic,
            payload: payload.to_string().into_bytes(),
        }
    }
}

/// One datapoint a connector announced, and the datapoint selected for it.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailableEntry {
    pub key_in_connector: String,
    pub example_value: Value,
    pub datapoint_id: Option<i64>,
}

/// A connector's latest available datapoints (`received_at`: microseconds, `None`
/// before the first message).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AvailableView {
    pub received_at: Option<i64>,
    pub sensor: Vec<AvailableEntry>,
    pub actuator: Vec<AvailableEntry>,
}

fn connector_rules(new: &NewConnector) -> Result<(), CoreError> {
    let mut checks = Checks::default();
    checks.0.extend(bemcom::name_rule(&new.name));
    checks.text("description", new.description.as_ref());
    checks.id("site_id", new.site_id);
    checks.done()
}

fn connector_change_rules(changes: &ConnectorChanges) -> Result<(), CoreError> {
    let mut checks = Checks::default();
    if let Some(name) = &changes.name {
        checks.0.extend(bemcom::name_rule(name));
    }
    checks.text(
        "description",
        changes.description.as_ref().and_then(Option::as_ref),
    );
    checks.id("site_id", changes.site_id.flatten());
    checks.done()
}

fn unknown(name: &str) -> CoreError {
    CoreError::NotFound(format!("no connector is named '{name}'"))
}

impl Core {
    /// Announces that a connector's datapoint map is to be published again.
    pub(crate) fn announce_connector_map(&self, connector_id: i64, retired: Option<String>) {
        self.announce(Change::ConnectorMap {
            origin: Origin::Local,
            connector_id,
            retired: retired.map(Arc::from),
        });
    }

    /// `scope`: the sites of a site-scoped API key, whose connectors alone are listed.
    pub async fn connectors_list(
        &self,
        scope: Option<Vec<i64>>,
        site_id: Option<i64>,
        page: PageRequest,
    ) -> Result<Page<Connector>, CoreError> {
        self.db
            .run(move |c| q::connectors_list_in(c, scope.as_deref(), site_id, page))
            .await
    }

    pub async fn connector_create(&self, new: NewConnector) -> Result<Connector, CoreError> {
        connector_rules(&new)?;
        let created = self.db.run(move |c| q::connector_create(c, &new)).await?;
        self.announce_connector_map(created.id, None);
        Ok(created)
    }

    pub async fn connector_get(&self, id: i64) -> Result<Connector, CoreError> {
        self.db.run(move |c| q::connector_get(c, id)).await
    }

    pub async fn connector_update(
        &self,
        id: i64,
        changes: ConnectorChanges,
    ) -> Result<Connector, CoreError> {
        connector_change_rules(&changes)?;
        let (before, after) = self
            .db
            .run(move |c| q::connector_update(c, id, &changes))
            .await?;
        let retired = (before.name != after.name).then_some(before.name);
        self.announce_connector_map(id, retired);
        Ok(after)
    }

    /// Deletes a connector and its logs; its datapoints stay, unlinked.
    pub async fn connector_delete(&self, id: i64) -> Result<(), CoreError> {
        let gone = self.db.run(move |c| q::connector_delete(c, id)).await?;
        self.announce_connector_map(id, Some(gone.name));
        Ok(())
    }

    /// Every connector (the bridge subscribes to each one's topics).
    pub async fn connectors_all(&self) -> Result<Vec<Connector>, CoreError> {
        self.db.run(q::connectors_all).await
    }

    pub async fn connector_by_name(&self, name: &str) -> Result<Option<Connector>, CoreError> {
        let name = name.to_string();
        self.db.run(move |c| q::connector_by_name(c, &name)).await
    }

    /// Stores a `{name}/heartbeat` message; the connector's `alive` follows it.
    pub async fn connector_heartbeat(&self, name: &str, payload: &[u8]) -> Result<(), CoreError> {
        let beat = bemcom::heartbeat(payload).map_err(CoreError::invalid)?;
        let owned = name.to_string();
        let found = self
            .db
            .run(move |c| q::connector_heartbeat_set(c, &owned, beat.this_at, beat.next_at))
            .await?;
        found.then_some(()).ok_or_else(|| unknown(name))
    }

    /// Stores a `{name}/logs` message, keeping the connector's newest [`MAX_LOGS`].
    pub async fn connector_logs(&self, name: &str, payload: &[u8]) -> Result<(), CoreError> {
        let log = bemcom::log(payload).map_err(CoreError::invalid)?;
        let owned = name.to_string();
        let found = self
            .db
            .run(move |c| q::connector_logs_add(c, &owned, &[log]))
            .await?;
        found.then_some(()).ok_or_else(|| unknown(name))
    }

    /// Stores a `{name}/raw_message_to_db` message, keeping the connector's newest
    /// [`q::MAX_RAW_MESSAGES`]; refused while its `raw_message_to_db` is off.
    pub async fn connector_raw_message(&self, name: &str, payload: &[u8]) -> Result<(), CoreError> {
        let message = bemcom::raw_message(payload).map_err(CoreError::invalid)?;
        let owned = name.to_string();
        let stored = self
            .db
            .run(move |c| q::connector_raw_add(c, &owned, &message))
            .await?;
        match stored {
            q::RawStored::Stored => Ok(()),
            q::RawStored::NoSuchConnector => Err(unknown(name)),
            q::RawStored::Off => Err(CoreError::bad_input(
                "raw_message_to_db",
                format!("connector '{name}' does not keep raw messages (raw_message_to_db is off)"),
            )),
        }
    }

    /// The connector's newest `limit` raw messages, newest first.
    pub async fn connector_raw_messages_recent(
        &self,
        id: i64,
        limit: i64,
    ) -> Result<Vec<ConnectorRawMessage>, CoreError> {
        self.db
            .run(move |c| q::connector_raw_list(c, id, limit.clamp(1, q::MAX_RAW_MESSAGES)))
            .await
    }

    /// Stores a `{name}/available_datapoints` message in place of the last one.
    pub async fn connector_available_datapoints(
        &self,
        name: &str,
        payload: &[u8],
    ) -> Result<(), CoreError> {
        let available = bemcom::available(payload).map_err(CoreError::invalid)?;
        let text = serde_json::to_string(&available)
            .map_err(|e| CoreError::Internal(format!("available datapoints: {e}")))?;
        let owned = name.to_string();
        let now = joule_db::now_micros();
        let found = self
            .db
            .run(move |c| q::connector_available_set(c, &owned, &text, now))
            .await?;
        found.then_some(()).ok_or_else(|| unknown(name))
    }

    /// The connector's newest `limit` log messages, newest first.
    pub async fn connector_logs_recent(
        &self,
        id: i64,
        limit: i64,
    ) -> Result<Vec<ConnectorLog>, CoreError> {
        self.db
            .run(move |c| q::connector_logs_list(c, id, limit.clamp(1, MAX_LOGS)))
            .await
    }

    /// The connector's latest available datapoints, each with the datapoint
    /// selected for it (same connector, key and type), ordered by key.
    pub async fn connector_available(&self, id: i64) -> Result<AvailableView, CoreError> {
        let ((text, received_at), selected) = self
            .db
            .run(move |c| {
                Ok((
                    q::connector_available_get(c, id)?,
                    q::connector_datapoints(c, id)?,
                ))
            })
            .await?;
        let Some(text) = text else {
            return Ok(AvailableView::default());
        };
        // Written only from a checked message; unreadable text is a bug.
        let available: bemcom::Available = serde_json::from_str(&text).map_err(|e| {
            CoreError::Internal(format!("stored available datapoints of {id}: {e}"))
        })?;
        let chosen: HashMap<(DatapointType, &str), i64> = selected
            .iter()
            .filter_map(|dp| Some(((dp.type_, dp.key_in_connector.as_deref()?), dp.id)))
            .collect();
        let side = |type_| {
            let mut entries: Vec<AvailableEntry> = available
                .of(type_)
                .iter()
                .map(|(key, example)| AvailableEntry {
                    key_in_connector: key.clone(),
                    example_value: example.clone(),
                    datapoint_id: chosen.get(&(type_, key.as_str())).copied(),
                })
                .collect();
            entries.sort_by(|a, b| a.key_in_connector.cmp(&b.key_in_connector));
            entries
        };
        Ok(AvailableView {
            received_at,
            sensor: side(DatapointType::Sensor),
            actuator: side(DatapointType::Actuator),
        })
    }

    /// Stores a value message that `connector` sent on the value topic of
    /// `datapoint_id`, through ingest (source MQTT). The datapoint must be
    /// selected from that connector; the value is read by its data format. On an
    /// actuator's topic nothing is stored (0): that is Joule's own message.
    pub async fn connector_value(
        &self,
        connector: &Connector,
        datapoint_id: i64,
        payload: &[u8],
    ) -> Result<usize, CoreError> {
        let dp = self.db.run(move |c| datapoint_get(c, datapoint_id)).await?;
        if dp.connector_id != Some(connector.id) {
            return Err(CoreError::NotFound(format!(
                "datapoint {datapoint_id} is not selected from connector '{}'",
                connector.name
            )));
        }
        // An actuator's value topic carries what Joule sends the connector (retained,
        // so heard again on every subscription): nothing to store.
        if dp.type_ == DatapointType::Actuator {
            return Ok(0);
        }
        let message = bemcom::value(payload, dp.data_format).map_err(CoreError::invalid)?;
        let batch = Batch::Of {
            datapoint: datapoint_id,
            values: vec![Reading {
                timestamp: message.timestamp.as_str().into(),
                value: &message.value,
            }],
        };
        self.ingest(batch, Source::Mqtt).await
    }

    /// The BEMCom datapoint map of a connector: what it should send, and on
    /// which topics.
    pub async fn connector_datapoint_map(&self, connector_id: i64) -> Result<Value, CoreError> {
        let (connector, selected) = self
            .db
            .run(move |c| {
                Ok((
                    q::connector_get(c, connector_id)?,
                    q::connector_datapoints(c, connector_id)?,
                ))
            })
            .await?;
        Ok(bemcom::datapoint_map(&connector.name, &selected))
    }

    /// What a committed change asks to be sent to connectors:
    /// - values written through the REST API on this instance for actuators
    ///   selected from a connector: the newest of each, on its value topic;
    /// - a new setpoint or schedule stored on this instance for such an
    ///   actuator: on `…/setpoint` or `…/schedule`;
    /// - a connector's changed selection: its datapoint map, and an empty map on
    ///   a retired topic root.
    ///
    /// Values from the connectors themselves (source MQTT) are never echoed back.
    pub async fn connector_outgoing(&self, change: &Change) -> Result<Vec<Outgoing>, CoreError> {
        match change {
            Change::Values {
                origin: Origin::Local,
                batch,
            } if batch.source == Source::Http => {
                // Points come ordered by (datapoint, timestamp): the last of each
                // datapoint is its newest.
                let mut newest: HashMap<i64, &joule_db::committed::Point> = HashMap::new();
                for point in batch.points.iter() {
                    newest.insert(point.datapoint_id, point);
                }
                let ids: Vec<i64> = newest.keys().copied().collect();
                let links = self.db.run(move |c| q::actuator_links(c, &ids)).await?;
                let mut out: Vec<Outgoing> = links
                    .into_iter()
                    .filter_map(|link| {
                        let p = newest.get(&link.datapoint_id)?;
                        let value =
                            super::value_rules::to_json(link.data_format, p.num, p.txt.clone());
                        Some(Outgoing::json(
                            bemcom::value_topic(&link.connector_name, link.datapoint_id),
                            &bemcom::value_message(value, p.ts),
                        ))
                    })
                    .collect();
                out.sort_by(|a, b| a.topic.cmp(&b.topic));
                Ok(out)
            }
            Change::Control {
                origin: Origin::Local,
                datapoint_id,
                control,
            } => {
                let id = *datapoint_id;
                let links = self.db.run(move |c| q::actuator_links(c, &[id])).await?;
                let Some(link) = links.into_iter().next() else {
                    return Ok(Vec::new());
                };
                let root = format!("{}/messages/{id}", link.connector_name);
                let message = match control {
                    Control::Setpoint => {
                        let v = self.control_current::<SetpointItem>(id).await?;
                        Outgoing::json(
                            format!("{root}/setpoint"),
                            &bemcom::setpoint_message(&v.items, v.created_at),
                        )
                    }
                    Control::Schedule => {
                        let v = self.control_current::<ScheduleItem>(id).await?;
                        Outgoing::json(
                            format!("{root}/schedule"),
                            &bemcom::schedule_message(&v.items, v.created_at),
                        )
                    }
                };
                Ok(vec![message])
            }
            Change::ConnectorMap {
                origin: Origin::Local,
                connector_id,
                retired,
            } => {
                let mut out = Vec::new();
                if let Some(old) = retired {
                    out.push(Outgoing::json(
                        format!("{old}/datapoint_map"),
                        &bemcom::empty_map(),
                    ));
                }
                let id = *connector_id;
                let current = self
                    .db
                    .run(move |c| {
                        // Deleted since: its retired name was emptied above.
                        let connector = match q::connector_get(c, id) {
                            Ok(connector) => connector,
                            Err(DbError::NotFound(_)) => return Ok(None),
                            Err(e) => return Err(e),
                        };
                        Ok(Some((connector, q::connector_datapoints(c, id)?)))
                    })
                    .await?;
                if let Some((connector, selected)) = current {
                    out.push(Outgoing::json(
                        format!("{}/datapoint_map", connector.name),
                        &bemcom::datapoint_map(&connector.name, &selected),
                    ));
                }
                Ok(out)
            }
            _ => Ok(Vec::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::registry::{DatapointDraft, DatapointEdit};
    use crate::core::testing::fresh_core;
    use joule_db::models::NewSite;
    use serde_json::json;

    fn new_connector(name: &str) -> NewConnector {
        NewConnector {
            name: name.into(),
            description: None,
            site_id: None,
            raw_message_to_db: false,
            created_at: 1,
            updated_at: 1,
        }
    }

    fn draft(key: &str, type_: &str, connector: i64, key_in_connector: &str) -> DatapointDraft {
        DatapointDraft {
            key: key.into(),
            type_: type_.into(),
            data_format: "continuous_numeric".into(),
            connector_id: Some(connector),
            key_in_connector: Some(key_in_connector.into()),
            ..DatapointDraft::default()
        }
    }

    fn map_change(change: Change) -> (i64, Option<String>) {
        match change {
            Change::ConnectorMap {
                connector_id,
                retired,
                ..
            } => (connector_id, retired.map(|r| r.to_string())),
            other => panic!("expected a map change, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn the_registry_checks_names_and_announces_map_changes() {
        let t = fresh_core();
        let core = &t.core;
        let mut changes = core.subscribe_changes();
        let bad = core
            .connector_create(new_connector("a/b"))
            .await
            .unwrap_err();
        assert!(matches!(bad, CoreError::Invalid { ref errors, .. } if errors[0].field == "name"));
        let c = core
            .connector_create(new_connector("meter-gw"))
            .await
            .unwrap();
        assert_eq!(map_change(changes.recv().await.unwrap()), (c.id, None));
        let twin = core.connector_create(new_connector("meter-gw")).await;
        assert!(matches!(twin, Err(CoreError::Conflict(_))));
        let ghost_site = NewConnector {
            site_id: Some(99),
            ..new_connector("other")
        };
        let Err(CoreError::Invalid { errors, .. }) = core.connector_create(ghost_site).await else {
            panic!("an unknown site is refused");
        };
        assert_eq!(errors[0].field, "site_id");

        let renamed = ConnectorChanges {
            name: Some("meter-gw-2".into()),
            ..ConnectorChanges::default()
        };
        core.connector_update(c.id, renamed).await.unwrap();
        assert_eq!(
            map_change(changes.recv().await.unwrap()),
            (c.id, Some("meter-gw".into()))
        );
        let found = core.connector_by_name("meter-gw-2").await.unwrap().unwrap();
        assert_eq!(found.id, c.id);
        assert!(core.connector_by_name("meter-gw").await.unwrap().is_none());
        assert_eq!(core.connectors_all().await.unwrap().len(), 1);

        let sensor = core
            .datapoint_create(draft("gw/p", "sensor", c.id, "Channel__P__value__0"))
            .await
            .unwrap();
        assert_eq!(map_change(changes.recv().await.unwrap()), (c.id, None));
        // A key of a connector is selected once.
        let again = core
            .datapoint_create(draft("gw/p2", "sensor", c.id, "Channel__P__value__0"))
            .await;
        assert!(matches!(again, Err(CoreError::Conflict(_))));
        // The pair is set together.
        let half = DatapointDraft {
            key_in_connector: None,
            ..draft("gw/p3", "sensor", c.id, "x")
        };
        let Err(CoreError::Invalid { errors, .. }) = core.datapoint_create(half).await else {
            panic!("a connector without a key is refused");
        };
        assert_eq!(errors[0].field, "key_in_connector");
        let Err(CoreError::Invalid { errors, .. }) = core
            .datapoint_create(draft("gw/p4", "sensor", 77, "x"))
            .await
        else {
            panic!("an unknown connector is refused");
        };
        assert_eq!(errors[0].field, "connector_id");
        let unlink = DatapointEdit {
            connector_id: Some(None),
            ..DatapointEdit::default()
        };
        let Err(CoreError::Invalid { errors, .. }) = core.datapoint_update(sensor.id, unlink).await
        else {
            panic!("clearing half of the pair is refused");
        };
        assert_eq!(errors[0].field, "connector_id");

        let actuator = core
            .datapoint_create(draft("gw/set", "actuator", c.id, "Channel__P__setpoint__0"))
            .await
            .unwrap();
        changes.recv().await.unwrap();
        let map = core.connector_datapoint_map(c.id).await.unwrap();
        assert_eq!(
            map,
            json!({
                "sensor": {"Channel__P__value__0": format!("meter-gw-2/messages/{}/value", sensor.id)},
                "actuator": {format!("meter-gw-2/messages/{}/value", actuator.id): "Channel__P__setpoint__0"},
            })
        );

        // Deleting the connector keeps its datapoints, unlinked, and retires its name.
        core.connector_delete(c.id).await.unwrap();
        let change = changes.recv().await.unwrap();
        let out = core.connector_outgoing(&change).await.unwrap();
        assert_eq!(
            out,
            vec![Outgoing::json(
                "meter-gw-2/datapoint_map".into(),
                &bemcom::empty_map()
            )]
        );
        let kept = core.datapoint_get(sensor.id).await.unwrap();
        assert_eq!((kept.connector_id, kept.key_in_connector), (None, None));
    }

    #[tokio::test]
    async fn heartbeats_logs_and_available_datapoints_are_kept() {
        let t = fresh_core();
        let core = &t.core;
        let c = core.connector_create(new_connector("gw")).await.unwrap();
        assert!(!alive(&c, joule_db::now_micros()));
        let now_ms = joule_db::now_micros() / 1000;
        let beat = format!(
            r#"{{"this_heartbeats_timestamp": {now_ms}, "next_heartbeats_timestamp": {}}}"#,
            now_ms + 5_000
        );
        core.connector_heartbeat("gw", beat.as_bytes())
            .await
            .unwrap();
        let c = core.connector_get(c.id).await.unwrap();
        assert!(alive(&c, joule_db::now_micros()));
        assert!(!alive(
            &c,
            c.next_heartbeat_at.unwrap() + HEARTBEAT_GRACE_MICROS + 1
        ));
        assert!(matches!(
            core.connector_heartbeat("nobody", beat.as_bytes()).await,
            Err(CoreError::NotFound(_))
        ));
        assert!(matches!(
            core.connector_heartbeat("gw", b"{}").await,
            Err(CoreError::Invalid { .. })
        ));

        for i in 0..(MAX_LOGS + 5) {
            let log =
                format!(r#"{{"timestamp": {i}, "msg": "line {i}", "emitter": null, "level": 20}}"#);
            core.connector_logs("gw", log.as_bytes()).await.unwrap();
        }
        let logs = core
            .connector_logs_recent(c.id, MAX_LOGS + 50)
            .await
            .unwrap();
        assert_eq!(logs.len() as i64, MAX_LOGS);
        assert_eq!(logs[0].msg, format!("line {}", MAX_LOGS + 4));
        assert_eq!(logs.last().unwrap().msg, "line 5");

        assert_eq!(
            core.connector_available(c.id).await.unwrap(),
            AvailableView::default()
        );
        core.connector_available_datapoints(
            "gw",
            br#"{"sensor": {"b": "0.1", "a": 2}, "actuator": {"s": "0.4"}}"#,
        )
        .await
        .unwrap();
        let dp = core
            .datapoint_create(draft("gw/a", "sensor", c.id, "a"))
            .await
            .unwrap();
        let view = core.connector_available(c.id).await.unwrap();
        assert!(view.received_at.is_some());
        let keys: Vec<_> = view
            .sensor
            .iter()
            .map(|e| (e.key_in_connector.as_str(), e.datapoint_id))
            .collect();
        assert_eq!(keys, [("a", Some(dp.id)), ("b", None)]);
        assert_eq!(view.actuator[0].example_value, json!("0.4"));
        assert!(core
            .connector_available_datapoints("gw", br#"{"sensor": []}"#)
            .await
            .is_err());
    }

    #[tokio::test]
    async fn values_come_in_and_actuator_writes_go_out() {
        let t = fresh_core();
        let core = &t.core;
        let site = core
            .site_create(NewSite {
                name: "s".into(),
                description: None,
                timezone: "UTC".into(),
                latitude: None,
                longitude: None,
                address: None,
                created_at: 1,
                updated_at: 1,
            })
            .await
            .unwrap();
        let c = core
            .connector_create(NewConnector {
                site_id: Some(site.id),
                ..new_connector("gw")
            })
            .await
            .unwrap();
        let other = core.connector_create(new_connector("other")).await.unwrap();
        let sensor = core
            .datapoint_create(draft("gw/t", "sensor", c.id, "temp"))
            .await
            .unwrap();
        let actuator = core
            .datapoint_create(draft("gw/set", "actuator", c.id, "set"))
            .await
            .unwrap();
        let mut changes = core.subscribe_changes();

        let n = core
            .connector_value(
                &c,
                sensor.id,
                br#"{"value": "18.0", "timestamp": 1585858832910}"#,
            )
            .await
            .unwrap();
        assert_eq!(n, 1);
        let Change::Values { batch, .. } = changes.recv().await.unwrap() else {
            panic!("the value is published");
        };
        assert_eq!(batch.source, Source::Mqtt);
        assert_eq!(batch.points[0].num, Some(18.0));
        assert_eq!(batch.points[0].ts, 1_585_858_832_910_000);
        // Values from the connector are not sent back to it.
        let change = Change::Values {
            origin: Origin::Local,
            batch: batch.clone(),
        };
        assert!(core.connector_outgoing(&change).await.unwrap().is_empty());

        // The datapoint must belong to the connector that sent it.
        assert!(matches!(
            core.connector_value(&other, sensor.id, br#"{"value": 1, "timestamp": 1}"#)
                .await,
            Err(CoreError::NotFound(_))
        ));
        for bad in [
            &br#"{"value": "warm", "timestamp": 1}"#[..],
            br#"{"value": true, "timestamp": 1}"#,
            br#"{"value": 1}"#,
            b"not json",
        ] {
            assert!(core.connector_value(&c, sensor.id, bad).await.is_err());
        }

        // A value written through the API for the actuator goes to its topic.
        let http = Change::Values {
            origin: Origin::Local,
            batch: joule_db::committed::Committed {
                source: Source::Http,
                points: vec![
                    joule_db::committed::Point {
                        datapoint_id: actuator.id,
                        ts: 1_000_000,
                        num: Some(20.0),
                        txt: None,
                    },
                    joule_db::committed::Point {
                        datapoint_id: actuator.id,
                        ts: 2_000_000,
                        num: Some(21.5),
                        txt: None,
                    },
                    joule_db::committed::Point {
                        datapoint_id: sensor.id,
                        ts: 2_000_000,
                        num: Some(1.0),
                        txt: None,
                    },
                ]
                .into(),
            },
        };
        let out = core.connector_outgoing(&http).await.unwrap();
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].topic, format!("gw/messages/{}/value", actuator.id));
        let payload: Value = serde_json::from_slice(&out[0].payload).unwrap();
        assert_eq!(payload, json!({"value": 21.5, "timestamp": 2000}));
        let peer = Change::Values {
            origin: Origin::Peer,
            batch: match &http {
                Change::Values { batch, .. } => batch.clone(),
                _ => unreachable!(),
            },
        };
        assert!(core.connector_outgoing(&peer).await.unwrap().is_empty());

        // Setpoints and schedules go out in BEMCom's form.
        core.control_put(actuator.id, vec![SetpointItem::new(json!(19))])
            .await
            .unwrap();
        let change = changes.recv().await.unwrap();
        let out = core.connector_outgoing(&change).await.unwrap();
        assert_eq!(
            out[0].topic,
            format!("gw/messages/{}/setpoint", actuator.id)
        );
        let payload: Value = serde_json::from_slice(&out[0].payload).unwrap();
        assert_eq!(payload["setpoint"][0]["preferred_value"], json!("19"));
        assert!(payload["timestamp"].is_i64());
        core.control_put(actuator.id, vec![ScheduleItem::new(json!(20.5))])
            .await
            .unwrap();
        let change = changes.recv().await.unwrap();
        let out = core.connector_outgoing(&change).await.unwrap();
        assert_eq!(
            out[0].topic,
            format!("gw/messages/{}/schedule", actuator.id)
        );
        let payload: Value = serde_json::from_slice(&out[0].payload).unwrap();
        assert_eq!(payload["schedule"][0]["value"], json!("20.5"));

        // Deleting a selected datapoint changes the map.
        core.datapoint_delete(sensor.id).await.unwrap();
        let mut seen = None;
        while let Ok(change) = changes.try_recv() {
            if let Change::ConnectorMap { .. } = change {
                seen = Some(core.connector_outgoing(&change).await.unwrap());
            }
        }
        let out = seen.expect("the map changed");
        assert_eq!(out[0].topic, "gw/datapoint_map");
        let map: Value = serde_json::from_slice(&out[0].payload).unwrap();
        assert_eq!(map["sensor"], json!({}));
        assert_eq!(map["actuator"].as_object().unwrap().len(), 1);
    }
}
