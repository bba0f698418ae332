//! Uplinks of The Things Stack (v3): the decoded payload of a LoRaWAN device becomes
//! values, one per leaf of the payload. Nested objects are named by dotted paths and
//! array items by their index (`{"air": {"t": 21}, "levels": [3, 4]}` has the leaves
//! `air.t`, `levels.0` and `levels.1`). A leaf goes to the datapoint the device's
//! `ttn_mapping` names, else to the datapoint keyed `{device_id}.{path}`; leaves
//! without a datapoint are reported, not stored. What is stored goes through
//! [`Core::ingest`] in one batch: all of it or nothing.

use super::ingest::{Batch, DatapointRef, Incoming, Reading};
use super::rules::Checks;
use super::{timestamps, Core, CoreError};
use crate::access::Target;
use joule_db::committed::Source;
use joule_db::models::{key_rule, TtnMapping};
use joule_db::queries::{devices, values as q};
use joule_db::FieldError;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Where the decoded payload sits in the webhook body; errors name its fields below it.
const PAYLOAD: &str = "uplink_message.decoded_payload";
/// Most fields in one device's mapping.
pub const MAX_MAPPING_FIELDS: usize = 1000;

/// The parts of an uplink webhook body that are read.
#[derive(Debug, Clone, Copy)]
pub struct Uplink<'a> {
    /// `end_device_ids.device_id`
    pub device_id: &'a str,
    /// The top-level `received_at` (the Application Server's).
    pub received_at: Option<&'a str>,
    /// `uplink_message`, absent in messages that are not uplinks.
    pub message: Option<UplinkMessage<'a>>,
}

#[derive(Debug, Clone, Copy)]
pub struct UplinkMessage<'a> {
    /// The Network Server's `received_at`, preferred: it is closer to the measurement.
    pub received_at: Option<&'a str>,
    /// Absent when the device has no payload formatter.
    pub decoded_payload: Option<&'a HashMap<String, Value>>,
}

/// What an uplink stored, and the payload fields no datapoint takes.
#[derive(Debug, Clone, PartialEq)]
pub struct TtnOutcome {
    pub written: usize,
    pub unknown: Vec<String>,
}

/// The Things Stack's rule for end device IDs: 3–36 lowercase letters and digits,
/// single hyphens between them.
pub fn device_id_rule(id: &str) -> Option<String> {
    let bytes = id.as_bytes();
    let charset = bytes
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-');
    let hyphens =
        !id.starts_with('-') && !id.ends_with('-') && !id.contains("--") && !id.is_empty();
    if (3..=36).contains(&bytes.len()) && charset && hyphens {
        None
    } else {
        let shown: String = id.chars().take(40).collect();
        Some(format!(
            "'{shown}' is not a device ID of The Things Stack (3 to 36 lowercase letters, \
             digits and single hyphens, e.g. eui-70b3d57ed005a1b2)"
        ))
    }
}

/// The rules of a device's `ttn_device_id` and `ttn_mapping`, added to its checks.
pub(super) fn device_rules(
    checks: &mut Checks,
    device_id: Option<&str>,
    mapping: Option<&TtnMapping>,
) {
    if let Some(message) = device_id.and_then(device_id_rule) {
        checks.0.push(FieldError::new("ttn_device_id", message));
    }
    let Some(mapping) = mapping else { return };
    if mapping.len() > MAX_MAPPING_FIELDS {
        checks.0.push(FieldError::new(
            "ttn_mapping",
            format!("at most {MAX_MAPPING_FIELDS} fields"),
        ));
        return;
    }
    for (path, key) in mapping {
        let field = format!("ttn_mapping.{path}");
        if path.is_empty() || path.split('.').any(str::is_empty) || path.len() > 500 {
            checks.0.push(FieldError::new(
                field,
                "a field path is names or array indexes joined by single dots (at most 500 bytes)",
            ));
        } else if let Some(e) = key_rule(key) {
            checks.0.push(FieldError::new(
                field,
                format!("a datapoint key {}", e.message),
            ));
        }
    }
}

/// The leaves of a decoded payload by path, in path order. A path reached twice
/// (`{"a.b": 1, "a": {"b": 2}}`) is an error naming it.
fn leaves(payload: &HashMap<String, Value>) -> Result<BTreeMap<String, &Value>, CoreError> {
    fn walk<'v>(
        path: String,
        value: &'v Value,
        out: &mut BTreeMap<String, &'v Value>,
    ) -> Result<(), String> {
        match value {
            Value::Object(map) => map
                .iter()
                .try_for_each(|(k, v)| walk(format!("{path}.{k}"), v, out)),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .try_for_each(|(i, v)| walk(format!("{path}.{i}"), v, out)),
            leaf => match out.insert(path.clone(), leaf) {
                None => Ok(()),
                Some(_) => Err(path),
            },
        }
    }
    let mut out = BTreeMap::new();
    for (name, value) in payload {
        walk(name.clone(), value, &mut out).map_err(|path| {
            CoreError::invalid_field(
                format!("{PAYLOAD}.{path}"),
                "this path is reached twice (a field name with a dot and a nested field)",
            )
        })?;
    }
    Ok(out)
}

/// An RFC 3339 time of The Things Stack (nanoseconds) cut to the microseconds Joule
/// stores.
fn to_micros_precision(text: &str) -> String {
    let Some(dot) = text.find('.') else {
        return text.to_string();
    };
    let digits = text[dot + 1..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if digits <= 6 {
        return text.to_string();
    }
    format!("{}{}", &text[..dot + 7], &text[dot + 1 + digits..])
}

/// An error of the ingest batch (`[i].value`) renamed after the payload field of item `i`.
fn rename(error: FieldError, paths: &[&str]) -> FieldError {
    let named = error
        .field
        .strip_prefix('[')
        .and_then(|rest| rest.split_once("]."))
        .and_then(|(index, _)| index.parse::<usize>().ok())
        .and_then(|i| paths.get(i));
    match named {
        Some(path) => FieldError::new(format!("{PAYLOAD}.{path}"), error.message),
        None => error,
    }
}

impl Core {
    /// Stores the decoded payload of one uplink (see the module). `scope`: the sites
    /// of a site-limited API key; a field that maps to a datapoint outside them
    /// refuses the uplink.
    pub async fn ingest_ttn(
        &self,
        uplink: Uplink<'_>,
        scope: Option<&[i64]>,
    ) -> Result<TtnOutcome, CoreError> {
        if let Some(message) = device_id_rule(uplink.device_id) {
            return Err(CoreError::invalid_field(
                "end_device_ids.device_id",
                message,
            ));
        }
        let message = uplink.message.ok_or_else(|| {
            CoreError::invalid_field(
                "uplink_message",
                "missing: this endpoint takes uplink messages only",
            )
        })?;
        let payload = message.decoded_payload.ok_or_else(|| {
            CoreError::invalid_field(
                PAYLOAD,
                "missing: the uplink was not decoded; give the device a payload formatter \
                 in The Things Stack",
            )
        })?;
        let (field, time) = match (message.received_at, uplink.received_at) {
            (Some(t), _) => ("uplink_message.received_at", t),
            (None, Some(t)) => ("received_at", t),
            (None, None) => {
                return Err(CoreError::invalid_field(
                    "received_at",
                    "missing: an uplink needs received_at (or uplink_message.received_at)",
                ))
            }
        };
        let timestamp = to_micros_precision(time);
        timestamps::parse(&timestamp).map_err(|e| CoreError::invalid_field(field, e))?;
        let leaves = leaves(payload)?;
        if leaves.len() > self.limits.max_batch {
            return Err(CoreError::TooLarge(format!(
                "{} payload fields in one uplink; at most {}",
                leaves.len(),
                self.limits.max_batch
            )));
        }

        let ttn_id = uplink.device_id.to_string();
        let paths: Vec<String> = leaves.keys().cloned().collect();
        let (keys, found) = self
            .db
            .run(move |c| {
                let mapping = devices::device_by_ttn_id(c, &ttn_id)?
                    .and_then(|d| d.ttn_mapping)
                    .unwrap_or_default();
                let keys: Vec<String> = paths
                    .iter()
                    .map(|p| match mapping.get(p) {
                        Some(key) => key.clone(),
                        None => format!("{ttn_id}.{p}"),
                    })
                    .collect();
                let found = q::datapoints_by_keys(c, &keys)?;
                Ok((keys, found))
            })
            .await?;
        let ids: HashMap<&str, i64> = found.iter().map(|d| (d.key.as_str(), d.id)).collect();

        let mut items = Vec::new();
        let mut stored_paths = Vec::new();
        let mut unknown = Vec::new();
        for ((path, value), key) in leaves.iter().zip(&keys) {
            if ids.contains_key(key.as_str()) {
                stored_paths.push(path.as_str());
                items.push(Incoming {
                    datapoint: Some(DatapointRef::Key(key)),
                    reading: Reading {
                        timestamp: timestamp.as_str().into(),
                        value,
                    },
                });
            } else {
                unknown.push(path.clone());
            }
        }
        if let Some(sites) = scope {
            let reached = items
                .iter()
                .filter_map(|i| match i.datapoint {
                    Some(DatapointRef::Key(k)) => ids.get(k).copied(),
                    _ => None,
                })
                .collect();
            self.check_scope(sites, vec![Target::Datapoints(reached)])
                .await?;
        }
        if items.is_empty() {
            return Ok(TtnOutcome {
                written: 0,
                unknown,
            });
        }
        let written = self
            .ingest(Batch::Mixed(items), Source::Webhook)
            .await
            .map_err(|e| match e {
                CoreError::Invalid { detail, errors } => CoreError::Invalid {
                    detail,
                    errors: errors
                        .into_iter()
                        .map(|e| rename(e, &stored_paths))
                        .collect(),
                },
                other => other,
            })?;
        Ok(TtnOutcome { written, unknown })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_objects_and_arrays_become_dotted_paths() {
        let payload: HashMap<String, Value> = serde_json::from_value(json!({
            "temperature": 21.5,
            "air": {"co2": 612, "ok": true},
            "levels": [3, {"x": null}],
            "empty": {},
            "none": []
        }))
        .unwrap();
        let found = leaves(&payload).unwrap();
        let paths: Vec<&str> = found.keys().map(String::as_str).collect();
        assert_eq!(
            paths,
            ["air.co2", "air.ok", "levels.0", "levels.1.x", "temperature"]
        );
        assert_eq!(found["air.ok"], &json!(true));
        assert_eq!(found["levels.1.x"], &Value::Null);

        let twice: HashMap<String, Value> =
            serde_json::from_value(json!({"a.b": 1, "a": {"b": 2}})).unwrap();
        let Err(CoreError::Invalid { errors, .. }) = leaves(&twice) else {
            panic!("a path reached twice is refused");
        };
        assert_eq!(errors[0].field, "uplink_message.decoded_payload.a.b");
    }

    #[test]
    fn nanoseconds_are_cut_to_microseconds() {
        assert_eq!(
            to_micros_precision("2026-01-31T12:00:01.254387641Z"),
            "2026-01-31T12:00:01.254387Z"
        );
        assert_eq!(
            to_micros_precision("2026-01-31T12:00:01.2543876+01:00"),
            "2026-01-31T12:00:01.254387+01:00"
        );
        assert_eq!(
            to_micros_precision("2026-01-31T12:00:01.25Z"),
            "2026-01-31T12:00:01.25Z"
        );
        assert_eq!(
            to_micros_precision("2026-01-31T12:00:01Z"),
            "2026-01-31T12:00:01Z"
        );
        assert_eq!(to_micros_precision("not.a time"), "not.a time");
    }

    #[test]
    fn device_ids_follow_the_things_stack() {
        for good in ["eui-70b3d57ed005a1b2", "abc", "node-7", &"a".repeat(36)] {
            assert_eq!(device_id_rule(good), None, "{good}");
        }
        for bad in [
            "",
            "ab",
            "-abc",
            "abc-",
            "a--b",
            "Node7",
            "node_7",
            &"a".repeat(37),
        ] {
            assert!(device_id_rule(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn batch_errors_are_named_after_payload_fields() {
        let paths = ["air.co2", "temperature"];
        let e = rename(FieldError::new("value", "too big").at_index(1), &paths);
        assert_eq!(e.field, "uplink_message.decoded_payload.temperature");
        let other = rename(FieldError::new("value", "x"), &paths);
        assert_eq!(other.field, "value");
    }

    #[test]
    fn mapping_rules_name_each_field() {
        let mut checks = Checks::default();
        let mapping: TtnMapping = [
            ("ok".to_string(), "site.ok".to_string()),
            ("a..b".to_string(), "site.x".to_string()),
            ("blank".to_string(), " ".to_string()),
        ]
        .into();
        device_rules(&mut checks, Some("Bad_Id"), Some(&mapping));
        let fields: Vec<&str> = checks.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["ttn_device_id", "ttn_mapping.a..b", "ttn_mapping.blank"]
        );
    }
}
