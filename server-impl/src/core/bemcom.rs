//! The BEMCom message protocol (BEMCom's `docs/source/03_message_format.md`): the
//! JSON a connector sends (heartbeat, logs, available datapoints, values) read and
//! checked, and the JSON Joule sends it (datapoint map, actuator values, setpoints,
//! schedules). Timestamps are milliseconds since the epoch on the wire.

use super::control::{ScheduleItem, SetpointItem};
use super::timestamps;
use chrono::{DateTime, Utc};
use joule_db::models::{key_rule, ConnectorLog, Datapoint};
use joule_db::{DataFormat, DatapointType, FieldError};
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// The longest connector name, in characters.
pub const MAX_NAME_LEN: usize = 100;
/// The most datapoints one `available_datapoints` message may list.
pub const MAX_AVAILABLE: usize = 10_000;
/// The longest log message kept, in characters.
pub const MAX_LOG_LEN: usize = 10_000;

/// The rule for a connector's name: it is the root of the connector's MQTT topics,
/// so it must be one topic level without wildcards (`+`, `#`), separators (`/`) or
/// the `$` of broker topics; plain ASCII keeps it the same in every client.
pub fn name_rule(name: &str) -> Option<FieldError> {
    let message = if name.is_empty() {
        "must not be empty".to_string()
    } else if name.chars().count() > MAX_NAME_LEN {
        format!("must be at most {MAX_NAME_LEN} characters")
    } else if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        format!(
            "'{c}' is not allowed; a connector name is its MQTT topic root: \
             use ASCII letters, digits, '-', '_' and '.'"
        )
    } else {
        return None;
    };
    Some(FieldError::new("name", message))
}

/// The topic a connector sends a datapoint's values on (a sensor's) or receives
/// them on (an actuator's).
pub fn value_topic(connector: &str, datapoint_id: i64) -> String {
    format!("{connector}/messages/{datapoint_id}/value")
}

/// The connector name and datapoint id of a value topic, if `topic` is one.
pub fn parse_value_topic(topic: &str) -> Option<(&str, i64)> {
    let rest = topic.strip_suffix("/value")?;
    let (connector, id) = rest.rsplit_once("/messages/")?;
    if connector.is_empty() || connector.contains('/') {
        return None;
    }
    Some((connector, crate::access::parse_id(id)?))
}

/// Milliseconds on the wire to stored microseconds, in the stored range.
fn micros(field: &str, ms: i64) -> Result<i64, FieldError> {
    ms.checked_mul(1_000)
        .filter(|us| (timestamps::MIN_MICROS..=timestamps::MAX_MICROS).contains(us))
        .ok_or_else(|| {
            FieldError::new(
                field,
                format!("{ms} is not milliseconds between 1970 and 9999"),
            )
        })
}

fn millis(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

/// Why a payload is not the message expected, as one error naming `payload`.
fn unreadable(kind: &str, e: serde_json::Error) -> Vec<FieldError> {
    vec![FieldError::new(
        "payload",
        format!("not a BEMCom {kind} message: {e}"),
    )]
}

#[derive(Deserialize)]
struct HeartbeatWire {
    this_heartbeats_timestamp: i64,
    next_heartbeats_timestamp: i64,
}

/// A heartbeat: when it was sent and when the next is due (microseconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heartbeat {
    pub this_at: i64,
    pub next_at: i64,
}

pub fn heartbeat(payload: &[u8]) -> Result<Heartbeat, Vec<FieldError>> {
    let wire: HeartbeatWire =
        serde_json::from_slice(payload).map_err(|e| unreadable("heartbeat", e))?;
    let this_at = micros("this_heartbeats_timestamp", wire.this_heartbeats_timestamp);
    let next_at = micros("next_heartbeats_timestamp", wire.next_heartbeats_timestamp);
    match (this_at, next_at) {
        (Ok(this_at), Ok(next_at)) => Ok(Heartbeat { this_at, next_at }),
        (this_at, next_at) => Err(this_at.err().into_iter().chain(next_at.err()).collect()),
    }
}

#[derive(Deserialize)]
struct LogWire {
    timestamp: i64,
    msg: String,
    #[serde(default)]
    emitter: Option<String>,
    level: i64,
}

pub fn log(payload: &[u8]) -> Result<ConnectorLog, Vec<FieldError>> {
    let wire: LogWire = serde_json::from_slice(payload).map_err(|e| unreadable("log", e))?;
    let mut errors = Vec::new();
    let ts = micros("timestamp", wire.timestamp).map_err(|e| errors.push(e));
    let level = i32::try_from(wire.level)
        .ok()
        .filter(|l| (0..=100).contains(l))
        .ok_or_else(|| {
            errors.push(FieldError::new(
                "level",
                format!("{} is not a Python log level (0 to 100)", wire.level),
            ))
        });
    if wire.msg.chars().count() > MAX_LOG_LEN {
        errors.push(FieldError::new(
            "msg",
            format!("must be at most {MAX_LOG_LEN} characters"),
        ));
    }
    if wire
        .emitter
        .as_ref()
        .is_some_and(|e| e.chars().count() > MAX_NAME_LEN * 2)
    {
        errors.push(FieldError::new(
            "emitter",
            format!("must be at most {} characters", MAX_NAME_LEN * 2),
        ));
    }
    match (ts, level) {
        (Ok(ts), Ok(level)) if errors.is_empty() => Ok(ConnectorLog {
            ts,
            level,
            emitter: wire.emitter,
            msg: wire.msg,
        }),
        _ => Err(errors),
    }
}

/// The datapoints a connector announces: its own ids with an example value each.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, Deserialize)]
pub struct Available {
    pub sensor: Map<String, Value>,
    pub actuator: Map<String, Value>,
}

impl Available {
    pub fn of(&self, type_: DatapointType) -> &Map<String, Value> {
        match type_ {
            DatapointType::Sensor => &self.sensor,
            DatapointType::Actuator => &self.actuator,
        }
    }
}

pub fn available(payload: &[u8]) -> Result<Available, Vec<FieldError>> {
    let wire: Available =
        serde_json::from_slice(payload).map_err(|e| unreadable("available_datapoints", e))?;
    let count = wire.sensor.len() + wire.actuator.len();
    if count > MAX_AVAILABLE {
        return Err(vec![FieldError::new(
            "payload",
            format!("{count} datapoints; at most {MAX_AVAILABLE}"),
        )]);
    }
    let mut errors = Vec::new();
    for (side, map) in [("sensor", &wire.sensor), ("actuator", &wire.actuator)] {
        for key in map.keys() {
            if let Some(e) = key_rule(key) {
                errors.push(FieldError::new(
                    format!("{side}.{key}"),
                    format!("the datapoint id {}", e.message),
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(wire)
    } else {
        Err(errors)
    }
}

#[derive(Deserialize)]
struct ValueWire {
    value: Value,
    timestamp: i64,
}

/// A value message: the value as the datapoint's format reads it (see
/// [`from_wire`]) and its timestamp as RFC 3339 text, the form ingest takes.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueMessage {
    pub value: Value,
    pub timestamp: String,
}

pub fn value(payload: &[u8], data_format: DataFormat) -> Result<ValueMessage, Vec<FieldError>> {
    let wire: ValueWire = serde_json::from_slice(payload).map_err(|e| unreadable("value", e))?;
    let ts = micros("timestamp", wire.timestamp).map_err(|e| vec![e])?;
    let value =
        from_wire(data_format, wire.value).map_err(|m| vec![FieldError::new("value", m)])?;
    let timestamp =
        timestamps::to_datetime(ts).to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    Ok(ValueMessage { value, timestamp })
}

/// BEMCom sends numbers and booleans as text as often as not (`"18.0"`, `"True"`):
/// reads them by the datapoint's format. What cannot be read is left as it came,
/// for the value rules to name.
pub fn from_wire(data_format: DataFormat, value: Value) -> Result<Value, String> {
    Ok(match (data_format, value) {
        (_, Value::Null) => Value::Null,
        (f, Value::String(s)) if f.is_numeric() => {
            let n = s
                .trim()
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .ok_or_else(|| format!("'{s}' is not a number, as data_format {f} requires"))?;
            Value::Number(n)
        }
        (DataFormat::Boolean, Value::String(s)) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Value::Bool(true),
            "false" | "0" => Value::Bool(false),
            _ => return Err(format!("'{s}' is not a boolean (true or false)")),
        },
        (DataFormat::Boolean, Value::Number(n)) if n.as_f64() == Some(1.0) => Value::Bool(true),
        (DataFormat::Boolean, Value::Number(n)) if n.as_f64() == Some(0.0) => Value::Bool(false),
        (f, Value::Number(n)) if f.is_text() => Value::String(n.to_string()),
        (f, Value::Bool(b)) if f.is_text() => Value::String(b.to_string()),
        (_, other) => other,
    })
}

/// The datapoint map of a connector: sensors as `key_in_connector: topic`,
/// actuators the other way round (`topic: key_in_connector`), as BEMCom has it.
pub fn datapoint_map(connector: &str, selected: &[Datapoint]) -> Value {
    let mut sensor = Map::new();
    let mut actuator = Map::new();
    for dp in selected {
        let Some(key) = &dp.key_in_connector else {
            continue;
        };
        let topic = value_topic(connector, dp.id);
        match dp.type_ {
            DatapointType::Sensor => sensor.insert(key.clone(), Value::String(topic)),
            DatapointType::Actuator => actuator.insert(topic, Value::String(key.clone())),
        };
    }
    json!({ "sensor": sensor, "actuator": actuator })
}

/// The map that deselects everything (sent to a retired topic root).
pub fn empty_map() -> Value {
    json!({ "sensor": {}, "actuator": {} })
}

/// A value message for an actuator: the value as Joule stores it (a number,
/// boolean, string or null, all of which the protocol allows).
pub fn value_message(value: Value, ts_micros: i64) -> Value {
    json!({ "value": value, "timestamp": ts_micros.div_euclid(1_000) })
}

/// Setpoint and schedule values are strings in BEMCom's formats.
fn text(value: &Value) -> Value {
    match value {
        Value::Null => Value::Null,
        Value::String(s) => Value::String(s.clone()),
        other => Value::String(other.to_string()),
    }
}

pub fn setpoint_message(items: &[SetpointItem], created_at: DateTime<Utc>) -> Value {
    let items: Vec<Value> = items
        .iter()
        .map(|i| {
            json!({
                "from_timestamp": i.from_timestamp.map(millis),
                "to_timestamp": i.to_timestamp.map(millis),
                "preferred_value": text(&i.preferred_value),
                "acceptable_values": i.acceptable_values.as_ref()
                    .map(|v| v.iter().map(text).collect::<Vec<_>>()),
                "min_value": i.min_value,
                "max_value": i.max_value,
            })
        })
        .collect();
    json!({ "setpoint": items, "timestamp": millis(created_at) })
}

pub fn schedule_message(items: &[ScheduleItem], created_at: DateTime<Utc>) -> Value {
    let items: Vec<Value> = items
        .iter()
        .map(|i| {
            json!({
                "from_timestamp": i.from_timestamp.map(millis),
                "to_timestamp": i.to_timestamp.map(millis),
                "value": text(&i.value),
            })
        })
        .collect();
    json!({ "schedule": items, "timestamp": millis(created_at) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn names_are_one_topic_level() {
        for good in ["example-connector", "modbus_tcp.1", "A"] {
            assert_eq!(name_rule(good), None, "{good}");
        }
        let long = "x".repeat(MAX_NAME_LEN + 1);
        for bad in [
            "",
            "a/b",
            "a+",
            "#",
            "$SYS",
            "two words",
            "ümlaut",
            long.as_str(),
        ] {
            assert!(name_rule(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn value_topics_round_trip() {
        let topic = value_topic("example-connector", 42);
        assert_eq!(topic, "example-connector/messages/42/value");
        assert_eq!(parse_value_topic(&topic), Some(("example-connector", 42)));
        assert_eq!(parse_value_topic("a/messages/x/value"), None);
        assert_eq!(parse_value_topic("a/b/messages/1/value"), None);
        assert_eq!(parse_value_topic("a/messages/1/setpoint"), None);
    }

    #[test]
    fn heartbeats_and_logs_are_read_and_checked() {
        let hb = heartbeat(
            br#"{"this_heartbeats_timestamp": 1571927361261, "next_heartbeats_timestamp": 1571927366261}"#,
        )
        .unwrap();
        assert_eq!(hb.this_at, 1_571_927_361_261_000);
        assert_eq!(hb.next_at, 1_571_927_366_261_000);
        let errors = heartbeat(br#"{"this_heartbeats_timestamp": -1, "next_heartbeats_timestamp": 9223372036854775807}"#)
            .unwrap_err();
        assert_eq!(
            fields(&errors),
            ["this_heartbeats_timestamp", "next_heartbeats_timestamp"]
        );
        let errors = heartbeat(br#"{"this_heartbeats_timestamp": 1}"#).unwrap_err();
        assert_eq!(fields(&errors), ["payload"]);
        assert!(errors[0].message.contains("next_heartbeats_timestamp"));

        let log = log(br#"{"timestamp": 1571843907448, "msg": "Connector running fine.", "emitter": "main", "level": 20}"#)
            .unwrap();
        assert_eq!(log.level, 20);
        assert_eq!(log.emitter.as_deref(), Some("main"));
        assert_eq!(log.ts, 1_571_843_907_448_000);
        let errors = super::log(br#"{"timestamp": 1, "msg": "x", "emitter": null, "level": 9999}"#)
            .unwrap_err();
        assert_eq!(fields(&errors), ["level"]);
        assert!(super::log(b"not json").is_err());
    }

    #[test]
    fn available_datapoints_need_both_sides() {
        let a =
            available(br#"{"sensor": {"Channel__P__value__0": "0.122"}, "actuator": {}}"#).unwrap();
        assert_eq!(a.sensor["Channel__P__value__0"], json!("0.122"));
        assert!(a.actuator.is_empty());
        assert_eq!(
            fields(&available(br#"{"sensor": {}}"#).unwrap_err()),
            ["payload"]
        );
        let errors = available(br#"{"sensor": {" ": 1}, "actuator": {}}"#).unwrap_err();
        assert_eq!(fields(&errors), ["sensor. "]);
    }

    #[test]
    fn values_are_read_by_data_format() {
        let m = value(
            br#"{"value": "18.0", "timestamp": 1585858832910}"#,
            DataFormat::ContinuousNumeric,
        )
        .unwrap();
        assert_eq!(m.value, json!(18.0));
        assert_eq!(m.timestamp, "2020-04-02T20:20:32.910000Z");
        let read = |f, v| from_wire(f, v);
        assert_eq!(read(DataFormat::Boolean, json!("True")), Ok(json!(true)));
        assert_eq!(read(DataFormat::Boolean, json!(0)), Ok(json!(false)));
        assert_eq!(read(DataFormat::GenericText, json!(2.5)), Ok(json!("2.5")));
        assert_eq!(read(DataFormat::DiscreteText, json!("on")), Ok(json!("on")));
        assert_eq!(
            read(DataFormat::GenericNumeric, json!(null)),
            Ok(json!(null))
        );
        assert!(read(DataFormat::GenericNumeric, json!("warm")).is_err());
        assert!(read(DataFormat::GenericNumeric, json!("NaN")).is_err());
        assert!(read(DataFormat::Boolean, json!("maybe")).is_err());
        let errors = value(
            br#"{"value": "x", "timestamp": 1}"#,
            DataFormat::GenericNumeric,
        )
        .unwrap_err();
        assert_eq!(fields(&errors), ["value"]);
        let errors = value(br#"{"value": 1}"#, DataFormat::GenericNumeric).unwrap_err();
        assert_eq!(fields(&errors), ["payload"]);
    }

    #[test]
    fn setpoints_and_schedules_go_out_in_bemcom_form() {
        let at = |ms| DateTime::from_timestamp_millis(ms).unwrap();
        let item = SetpointItem {
            to_timestamp: Some(at(1_564_489_613_491)),
            acceptable_values: Some(vec![json!(17), json!(19)]),
            ..SetpointItem::new(json!(19))
        };
        let message = setpoint_message(&[item], at(1_586_301_356_394));
        assert_eq!(
            message,
            json!({"setpoint": [{
                "from_timestamp": null, "to_timestamp": 1_564_489_613_491_i64,
                "preferred_value": "19", "acceptable_values": ["17", "19"],
                "min_value": null, "max_value": null,
            }], "timestamp": 1_586_301_356_394_i64})
        );
        let message = schedule_message(
            &[
                ScheduleItem::new(json!(null)),
                ScheduleItem::new(json!("on")),
            ],
            at(5),
        );
        assert_eq!(message["schedule"][0]["value"], json!(null));
        assert_eq!(message["schedule"][1]["value"], json!("on"));
        assert_eq!(message["timestamp"], json!(5));
        assert_eq!(
            value_message(json!(21.5), 1_500_999),
            json!({"value": 21.5, "timestamp": 1_500})
        );
    }
}
