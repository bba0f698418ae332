//! Joule's own topics and their payloads: which topic means what, and how a payload
//! becomes an ingest batch. `{prefix}/values` takes the body of `POST /values` (a
//! JSON array of `{datapoint_id | datapoint_key, timestamp, value}`);
//! `{prefix}/datapoints/{key}/value` takes one `{timestamp, value}`. A timestamp is
//! RFC 3339 text, as in the REST API, or integer milliseconds since the Unix epoch,
//! as BEMCom connectors send it.

use crate::core::ingest::{Batch, DatapointRef, Incoming, Reading};
use joule_db::FieldError;
use serde::Deserialize;
use serde_json::Value;
use std::borrow::Cow;

/// What a topic below the prefix asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route<'t> {
    /// A batch naming each value's datapoint.
    Values,
    /// One value of the datapoint with this key (a key may hold `/`).
    Datapoint(&'t str),
}

/// The topic filters that reach every route below `prefix`.
pub fn filters(prefix: &str) -> [String; 2] {
    [format!("{prefix}/values"), format!("{prefix}/datapoints/#")]
}

/// The route of `topic`, or `None` when it maps to nothing.
pub fn route<'t>(prefix: &str, topic: &'t str) -> Option<Route<'t>> {
    let rest = topic.strip_prefix(prefix)?.strip_prefix('/')?;
    if rest == "values" {
        return Some(Route::Values);
    }
    let key = rest.strip_prefix("datapoints/")?.strip_suffix("/value")?;
    (!key.is_empty()).then_some(Route::Datapoint(key))
}

/// Why a message is refused: a summary and, where known, the fields at fault.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub reason: String,
    pub errors: Vec<FieldError>,
}

impl Refusal {
    pub fn new(reason: impl Into<String>) -> Refusal {
        Refusal {
            reason: reason.into(),
            errors: Vec::new(),
        }
    }
}

#[derive(Deserialize)]
struct Item {
    datapoint_id: Option<i64>,
    datapoint_key: Option<String>,
    timestamp: Value,
    value: Value,
}

#[derive(Deserialize)]
struct One {
    timestamp: Value,
    value: Value,
}

/// A message read and its timestamps made RFC 3339; [`Parsed::batch`] borrows it.
pub struct Parsed {
    items: Vec<Item>,
    stamps: Vec<Cow<'static, str>>,
    key: Option<String>,
}

fn not_readable(e: serde_json::Error, what: &str) -> Refusal {
    use serde_json::error::Category;
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            Refusal::new(format!("the payload is not JSON: {e}"))
        }
        Category::Data => Refusal::new(format!("the payload is not {what}: {e}")),
    }
}

/// The timestamp as RFC 3339 text; the core checks it like any other.
fn stamp(value: &Value) -> Result<Cow<'static, str>, String> {
    const RULE: &str = "must be RFC 3339 text or integer milliseconds since the Unix epoch";
    match value {
        Value::String(text) => Ok(Cow::Owned(text.clone())),
        Value::Number(n) => {
            let millis = n.as_i64().ok_or_else(|| format!("{n} {RULE}"))?;
            let at = chrono::DateTime::from_timestamp_millis(millis)
                .ok_or_else(|| format!("{millis} ms is out of range"))?;
            Ok(Cow::Owned(
                at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            ))
        }
        _ => Err(RULE.to_string()),
    }
}

fn stamps(
    items: &[Item],
    field: impl Fn(usize) -> String,
) -> Result<Vec<Cow<'static, str>>, Refusal> {
    let mut out = Vec::with_capacity(items.len());
    let mut errors = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match stamp(&item.timestamp) {
            Ok(s) => out.push(s),
            Err(message) => errors.push(FieldError::new(field(i), message)),
        }
    }
    if errors.is_empty() {
        return Ok(out);
    }
    let total = errors.len();
    errors.truncate(crate::core::ingest::MAX_REPORTED);
    Err(Refusal {
        reason: format!("{total} timestamp(s) refused; nothing of the message was stored"),
        errors,
    })
}

/// Reads a `{prefix}/values` payload.
pub fn values(payload: &[u8]) -> Result<Parsed, Refusal> {
    let items: Vec<Item> =
        serde_json::from_slice(payload).map_err(|e| not_readable(e, "a JSON array of values"))?;
    let stamps = stamps(&items, |i| format!("[{i}].timestamp"))?;
    Ok(Parsed {
        items,
        stamps,
        key: None,
    })
}

/// Reads a `{prefix}/datapoints/{key}/value` payload.
pub fn one(key: &str, payload: &[u8]) -> Result<Parsed, Refusal> {
    let one: One = serde_json::from_slice(payload)
        .map_err(|e| not_readable(e, "a value message {\"timestamp\", \"value\"}"))?;
    let items = vec![Item {
        datapoint_id: None,
        datapoint_key: None,
        timestamp: one.timestamp,
        value: one.value,
    }];
    let stamps = stamps(&items, |_| "timestamp".to_string())?;
    Ok(Parsed {
        items,
        stamps,
        key: Some(key.to_string()),
    })
}

impl Parsed {
    /// The batch for the ingest service.
    pub fn batch(&self) -> Batch<'_> {
        Batch::Mixed(
            self.items
                .iter()
                .zip(&self.stamps)
                .map(|(item, stamp)| Incoming {
                    datapoint: match &self.key {
                        Some(key) => Some(DatapointRef::Key(key)),
                        None => DatapointRef::from_id_or_key(
                            item.datapoint_id,
                            item.datapoint_key.as_deref(),
                        ),
                    },
                    reading: Reading {
                        timestamp: stamp.as_ref().into(),
                        value: &item.value,
                    },
                })
                .collect(),
        )
    }

    /// Whether this is a single value message (its errors name no item index).
    pub fn is_single(&self) -> bool {
        self.key.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_route_below_the_prefix_only() {
        assert_eq!(route("j", "j/values"), Some(Route::Values));
        assert_eq!(
            route("j", "j/datapoints/hall/temp/value"),
            Some(Route::Datapoint("hall/temp"))
        );
        assert_eq!(route("j/x", "j/x/values"), Some(Route::Values));
        for nothing in [
            "j/values/x",
            "jx/values",
            "j/datapoints//value",
            "j/datapoints/a",
            "j/datapoints/a/setpoint",
            "k/values",
            "j/errors",
        ] {
            assert_eq!(route("j", nothing), None, "{nothing}");
        }
        assert_eq!(filters("j"), ["j/values", "j/datapoints/#"]);
    }

    #[test]
    fn timestamps_are_text_or_milliseconds() {
        assert_eq!(
            stamp(&serde_json::json!("2026-01-01T00:00:00Z")).unwrap(),
            "2026-01-01T00:00:00Z"
        );
        assert_eq!(
            stamp(&serde_json::json!(1_767_225_600_123_i64)).unwrap(),
            "2026-01-01T00:00:00.123Z"
        );
        assert!(stamp(&serde_json::json!(1.5)).is_err());
        assert!(stamp(&serde_json::json!(null)).is_err());
        assert!(stamp(&serde_json::json!(i64::MAX)).is_err());
    }

    #[test]
    fn a_batch_names_each_bad_timestamp_and_keeps_the_items() {
        let parsed = values(
            br#"[{"datapoint_key":"a","timestamp":1000,"value":1},
                 {"datapoint_id":7,"timestamp":"2026-01-01T00:00:00Z","value":"x"}]"#,
        )
        .unwrap();
        let Batch::Mixed(items) = parsed.batch() else {
            panic!("a mixed batch")
        };
        assert_eq!(items[0].datapoint, Some(DatapointRef::Key("a")));
        assert_eq!(
            items[0].reading.timestamp,
            crate::core::ingest::Stamp::Text("1970-01-01T00:00:01.000Z")
        );
        assert_eq!(items[1].datapoint, Some(DatapointRef::Id(7)));
        let bad = values(br#"[{"datapoint_id":1,"timestamp":true,"value":1}]"#)
            .err()
            .unwrap();
        assert_eq!(bad.errors[0].field, "[0].timestamp");
    }

    #[test]
    fn unreadable_payloads_say_why() {
        let not_json = values(b"hello").err().unwrap();
        assert!(
            not_json.reason.starts_with("the payload is not JSON"),
            "{not_json:?}"
        );
        let not_array = values(br#"{"timestamp":1,"value":2}"#).err().unwrap();
        assert!(
            not_array.reason.contains("not a JSON array"),
            "{not_array:?}"
        );
        let no_value = one("k", br#"{"timestamp":1}"#).err().unwrap();
        assert!(no_value.reason.contains("value"), "{no_value:?}");
        let single = one("k", br#"{"timestamp":1,"value":null}"#).unwrap();
        assert!(single.is_single());
    }
}
