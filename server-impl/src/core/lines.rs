//! InfluxDB line protocol in: each field of a line becomes one value of the
//! datapoint its key names (see [`LineMapping`]), checked and written through the
//! ingest service, all or nothing. The lines are read with the
//! `influxdb-line-protocol` parser (the one of InfluxDB IOx), so escaping, quoting
//! and number suffixes follow InfluxDB's rules.

use super::ingest::{Batch, DatapointRef, Incoming, Reading, Stamp};
use super::registry::DatapointDraft;
use super::{Core, CoreError};
use crate::access::{Caller, Target};
use influxdb_line_protocol::{FieldValue, ParsedLine};
use joule_db::committed::Source;
use joule_db::queries::values::datapoints_by_keys;
use joule_db::FieldError;
use serde_json::Value;
use std::collections::BTreeSet;

/// A tag naming the datapoint key itself (what `GET /export?format=lp` writes);
/// such a line carries one field, [`KEY_FIELD`].
pub const KEY_TAG: &str = "datapoint_key";
/// The field of a line that names its datapoint with [`KEY_TAG`].
pub const KEY_FIELD: &str = "value";
/// Refused lines listed in one answer.
const MAX_LISTED: usize = 100;

/// How a line's measurement, tags and fields name datapoints, and what happens
/// to a key no datapoint has.
#[derive(Debug, Clone, PartialEq)]
pub struct LineMapping {
    /// Between the measurement, each `tag=value` and the field: `cpu.host=a.usage`.
    pub separator: String,
    /// Tags left out of keys (e.g. the `host` tag Telegraf adds to every line).
    pub ignore_tags: Vec<String>,
    /// Unknown keys become datapoints of this device; refused when `None`.
    pub auto_register_device: Option<i64>,
}

impl Default for LineMapping {
    fn default() -> Self {
        LineMapping {
            separator: ".".into(),
            ignore_tags: Vec::new(),
            auto_register_device: None,
        }
    }
}

/// The unit of a request's timestamps (`precision=`), as InfluxDB 1.x and 2.x
/// name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Precision {
    #[default]
    Nanos,
    Micros,
    Millis,
    Seconds,
    Minutes,
    Hours,
}

impl Precision {
    pub fn parse(text: &str) -> Option<Precision> {
        Some(match text {
            "ns" | "n" => Precision::Nanos,
            "us" | "u" | "µ" => Precision::Micros,
            "ms" => Precision::Millis,
            "s" => Precision::Seconds,
            "m" => Precision::Minutes,
            "h" => Precision::Hours,
            _ => return None,
        })
    }

    /// Microseconds of a timestamp in this unit. Joule stores microseconds:
    /// nanoseconds below a microsecond are dropped (as InfluxDB does for
    /// `precision=u`), so Telegraf's nanosecond timestamps are taken unchanged.
    pub fn micros(self, t: i64) -> Option<i64> {
        match self {
            Precision::Nanos => Some(t.div_euclid(1_000)),
            Precision::Micros => Some(t),
            Precision::Millis => t.checked_mul(1_000),
            Precision::Seconds => t.checked_mul(1_000_000),
            Precision::Minutes => t.checked_mul(60_000_000),
            Precision::Hours => t.checked_mul(3_600_000_000),
        }
    }
}

/// One value of a line: the line it came from (from 1), its datapoint key, its
/// timestamp (microseconds, not yet range-checked) and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct LineValue {
    pub line: usize,
    pub key: String,
    pub micros: i64,
    pub value: Value,
}

/// A line that cannot be stored, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

/// Reads line protocol: the values of the good lines and the errors of the bad
/// ones. Blank lines and `#` comments are skipped; `now` stamps lines without a
/// timestamp. `first_line` numbers the first line (a chunk of a larger body).
pub fn read(
    text: &str,
    precision: Precision,
    mapping: &LineMapping,
    now: i64,
    first_line: usize,
) -> (Vec<LineValue>, Vec<LineError>) {
    let mut values = Vec::new();
    let mut errors = Vec::new();
    let mut next = first_line;
    for chunk in influxdb_line_protocol::split_lines(text) {
        let line = next;
        // A quoted string value may hold line breaks: count them all.
        next += 1 + chunk.bytes().filter(|b| *b == b'\n').count();
        let chunk = chunk.strip_suffix('\r').unwrap_or(chunk);
        let trimmed = chunk.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let outcome = match influxdb_line_protocol::parse_lines(chunk).next() {
            Some(Ok(parsed)) => map_line(&parsed, line, precision, mapping, now, &mut values),
            Some(Err(e)) => Err(format!("not line protocol: {e}")),
            None => Ok(()),
        };
        if let Err(message) = outcome {
            errors.push(LineError { line, message });
        }
    }
    (values, errors)
}

/// The values of one parsed line, by the key mapping.
fn map_line(
    parsed: &ParsedLine<'_>,
    line: usize,
    precision: Precision,
    mapping: &LineMapping,
    now: i64,
    values: &mut Vec<LineValue>,
) -> Result<(), String> {
    let micros = match parsed.timestamp {
        Some(t) => precision
            .micros(t)
            .ok_or_else(|| format!("timestamp {t} is out of range for its precision"))?,
        None => now,
    };
    let tags = parsed.series.tag_set.as_deref().unwrap_or_default();
    if let Some((_, key)) = tags.iter().find(|(k, _)| k.as_str() == KEY_TAG) {
        for (field, value) in &parsed.field_set {
            if field.as_str() != KEY_FIELD {
                return Err(format!(
                    "a line with a '{KEY_TAG}' tag carries one field, '{KEY_FIELD}', not '{field}'"
                ));
            }
            values.push(LineValue {
                line,
                key: key.to_string(),
                micros,
                value: json(value)?,
            });
        }
        return Ok(());
    }
    let sep = mapping.separator.as_str();
    let mut named: Vec<(&str, &str)> = tags
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .filter(|(k, _)| !mapping.ignore_tags.iter().any(|i| i == k))
        .collect();
    named.sort_unstable();
    let mut base = parsed.series.measurement.to_string();
    for (tag, value) in named {
        base.push_str(sep);
        base.push_str(tag);
        base.push('=');
        base.push_str(value);
    }
    for (field, value) in &parsed.field_set {
        values.push(LineValue {
            line,
            key: format!("{base}{sep}{field}"),
            micros,
            value: json(value)?,
        });
    }
    Ok(())
}

fn json(value: &FieldValue<'_>) -> Result<Value, String> {
    Ok(match value {
        FieldValue::I64(i) => Value::from(*i),
        FieldValue::U64(u) => Value::from(*u),
        FieldValue::F64(f) => serde_json::Number::from_f64(*f)
            .map(Value::Number)
            .ok_or_else(|| format!("{f} is not a finite number"))?,
        FieldValue::String(s) => Value::String(s.to_string()),
        FieldValue::Boolean(b) => Value::Bool(*b),
    })
}

/// The data format a datapoint registered for its first value gets.
fn format_for(value: &Value) -> &'static str {
    match value {
        Value::Bool(_) => "boolean",
        Value::String(_) => "generic_text",
        _ => "continuous_numeric",
    }
}

/// The refusal of a request with bad lines: nothing of it is stored.
pub fn refused(mut errors: Vec<LineError>) -> CoreError {
    errors.sort_by_key(|e| e.line);
    let total = errors.len();
    let listed = if total > MAX_LISTED {
        " (the first 100 are listed)"
    } else {
        ""
    };
    let first = errors
        .first()
        .map(|e| format!(": line {}: {}", e.line, e.message))
        .unwrap_or_default();
    CoreError::Invalid {
        detail: Some(format!(
            "{total} line(s) refused; nothing of the request was stored{listed}{first}"
        )),
        errors: errors
            .into_iter()
            .take(MAX_LISTED)
            .map(|e| FieldError::new(format!("line {}", e.line), e.message))
            .collect(),
    }
}

impl Core {
    /// Writes line protocol for `caller`: every value or none. A bad line, an
    /// unknown key (unless auto-registration is configured) or a value its
    /// datapoint refuses refuses the request, naming the lines.
    pub async fn write_lines(
        &self,
        caller: &Caller,
        text: &str,
        precision: Precision,
    ) -> Result<usize, CoreError> {
        let (values, errors) = read(text, precision, &self.lines, joule_db::now_micros(), 1);
        if !errors.is_empty() {
            return Err(refused(errors));
        }
        if values.len() > self.limits.max_batch {
            return Err(CoreError::TooLarge(format!(
                "{} values in one request; at most {}",
                values.len(),
                self.limits.max_batch
            )));
        }
        if values.is_empty() {
            return Ok(0);
        }
        self.line_values_reachable(caller, &values).await?;
        let points = self.check_line_values(&values).await?.map_err(refused)?;
        self.write_values(points, Source::Http).await
    }

    /// Checks line values with the ingest rules: their stored form, or the
    /// errors of the lines that break a rule.
    pub(crate) async fn check_line_values(
        &self,
        values: &[LineValue],
    ) -> Result<Result<Vec<joule_db::committed::Point>, Vec<LineError>>, CoreError> {
        let items = values
            .iter()
            .map(|v| Incoming {
                datapoint: Some(DatapointRef::Key(&v.key)),
                reading: Reading {
                    timestamp: Stamp::Micros(v.micros),
                    value: &v.value,
                },
            })
            .collect();
        let checked = self.ingest_check(Batch::Mixed(items)).await?;
        if checked.refused.is_empty() {
            return Ok(Ok(checked.points));
        }
        Ok(Err(checked
            .refused
            .into_iter()
            .map(|r| LineError {
                line: values[r.index].line,
                message: format!("{} of '{}': {}", r.field, values[r.index].key, r.message),
            })
            .collect()))
    }

    /// Registers unknown keys when configured, and checks that a site-limited
    /// key reaches every datapoint named.
    pub(crate) async fn line_values_reachable(
        &self,
        caller: &Caller,
        values: &[LineValue],
    ) -> Result<(), CoreError> {
        let keys: BTreeSet<&str> = values.iter().map(|v| v.key.as_str()).collect();
        let keys: Vec<String> = keys.into_iter().map(str::to_string).collect();
        if let Some(device) = self.lines.auto_register_device {
            self.register_unknown(caller, device, &keys, values).await?;
        }
        if let Some(sites) = caller.scope() {
            self.check_scope(sites, vec![Target::DatapointKeys(keys)])
                .await?;
        }
        Ok(())
    }

    /// Creates the datapoints of `keys` that do not exist, under `device`, with
    /// the data format their first value suggests.
    async fn register_unknown(
        &self,
        caller: &Caller,
        device: i64,
        keys: &[String],
        values: &[LineValue],
    ) -> Result<(), CoreError> {
        let wanted = keys.to_vec();
        let known = self.db.run(move |c| datapoints_by_keys(c, &wanted)).await?;
        let missing: Vec<&String> = keys
            .iter()
            .filter(|k| !known.iter().any(|d| &d.key == *k))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        if let Some(sites) = caller.scope() {
            self.check_scope(sites, vec![Target::Device(device)])
                .await?;
        }
        let mut errors = Vec::new();
        for key in missing {
            let Some(first) = values.iter().find(|v| &v.key == key) else {
                continue;
            };
            let draft = DatapointDraft {
                key: key.clone(),
                device_id: Some(device),
                type_: "sensor".into(),
                data_format: format_for(&first.value).into(),
                ..DatapointDraft::default()
            };
            match self.datapoint_create(draft).await {
                // Registered meanwhile by another request: as good.
                Ok(_) | Err(CoreError::Conflict(_)) => {}
                Err(CoreError::Invalid { errors: e, .. }) => errors.push(LineError {
                    line: first.line,
                    message: format!(
                        "'{key}' cannot be registered: {}",
                        e.iter()
                            .map(|f| format!("{}: {}", f.field, f.message))
                            .collect::<Vec<_>>()
                            .join("; ")
                    ),
                }),
                Err(other) => return Err(other),
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(refused(errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, precision: Precision) -> (Vec<LineValue>, Vec<LineError>) {
        read(text, precision, &LineMapping::default(), 42, 1)
    }

    #[test]
    fn fields_become_values_of_keys_with_sorted_tags() {
        let text =
            "# a comment\n\ncpu,region=west,host=a usage=1.5,idle=2i 1700000000000000000\r\n\
                    door,id=1 open=true,note=\"a \\\"b\\\"\nc\" 1700000000000001999\n\
                    joule,datapoint_key=site/meter\\ power value=3u\n";
        let (values, errors) = lines(text, Precision::Nanos);
        assert_eq!(errors, []);
        let seen: Vec<(usize, &str, i64, Value)> = values
            .iter()
            .map(|v| (v.line, v.key.as_str(), v.micros, v.value.clone()))
            .collect();
        assert_eq!(
            seen,
            vec![
                (
                    3,
                    "cpu.host=a.region=west.usage",
                    1_700_000_000_000_000,
                    1.5.into()
                ),
                (
                    3,
                    "cpu.host=a.region=west.idle",
                    1_700_000_000_000_000,
                    2.into()
                ),
                (4, "door.id=1.open", 1_700_000_000_000_001, true.into()),
                (
                    4,
                    "door.id=1.note",
                    1_700_000_000_000_001,
                    "a \"b\"\nc".into()
                ),
                // The quoted line break: this is line 6.
                (6, "site/meter power", 42, 3.into()),
            ]
        );
    }

    #[test]
    fn precisions_and_bad_lines() {
        for (precision, micros) in [
            (Precision::Micros, 5),
            (Precision::Millis, 5_000),
            (Precision::Seconds, 5_000_000),
            (Precision::Minutes, 300_000_000),
            (Precision::Hours, 18_000_000_000),
        ] {
            assert_eq!(lines("m f=1 5", precision).0[0].micros, micros);
        }
        assert_eq!(Precision::parse("u"), Some(Precision::Micros));
        assert_eq!(Precision::parse("ns"), Some(Precision::Nanos));
        assert_eq!(Precision::parse("x"), None);
        let (values, errors) = lines(
            "m f=1 5\nm f= 5\nm,a=1 b=1 x\nm f=1 99999999999999999\njoule,datapoint_key=k other=1\n",
            Precision::Hours,
        );
        assert_eq!(values.len(), 1);
        let bad: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(bad, [2, 3, 4, 5]);
        assert!(errors[2].message.contains("out of range"), "{errors:?}");
        let CoreError::Invalid { detail, errors } = refused(errors) else {
            panic!("a refusal")
        };
        assert!(detail.unwrap().starts_with("4 line(s) refused; nothing"));
        assert_eq!(errors[0].field, "line 2");
    }

    #[test]
    fn ignored_tags_and_separator() {
        let mapping = LineMapping {
            separator: "/".into(),
            ignore_tags: vec!["host".into()],
            auto_register_device: None,
        };
        let (values, _) = read("cpu,host=a,cpu=0 usage=1", Precision::Nanos, &mapping, 0, 1);
        assert_eq!(values[0].key, "cpu/cpu=0/usage");
    }
}
