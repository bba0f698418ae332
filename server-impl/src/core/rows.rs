//! The row formats of export and import, one value a row: csv, ndjson and line
//! protocol. Each export ends with a trailer line stating that it is complete and
//! how many rows it holds; an import skips it.

use super::lines::{KEY_FIELD, KEY_TAG};
use super::timestamps;
use chrono::SecondsFormat;
use joule_db::DataFormat;
use serde::Serialize;
use serde_json::Value;

/// A format of `GET /export` and `POST /import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Csv,
    Ndjson,
    Lp,
}

/// The columns of a csv export, in order; an import reads them by name.
pub const CSV_COLUMNS: [&str; 4] = ["datapoint_id", "datapoint_key", "timestamp", "value"];

impl Format {
    pub fn parse(text: &str) -> Option<Format> {
        Some(match text {
            "csv" => Format::Csv,
            "ndjson" => Format::Ndjson,
            "lp" => Format::Lp,
            _ => return None,
        })
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Ndjson => "application/x-ndjson",
            Format::Lp => "text/plain; charset=utf-8",
        }
    }

    /// What an export starts with.
    pub fn header(self) -> &'static str {
        match self {
            Format::Csv => "datapoint_id,datapoint_key,timestamp,value\n",
            Format::Ndjson | Format::Lp => "",
        }
    }

    /// The last line of a complete export: `rows` rows written, `skipped` values
    /// the format cannot carry (line protocol has no null).
    pub fn trailer(self, rows: u64, skipped: u64) -> String {
        match self {
            Format::Ndjson => format!("{{\"complete\":true,\"rows\":{rows}}}\n"),
            Format::Csv => format!("# complete rows={rows}\n"),
            Format::Lp => format!("# complete rows={rows} skipped={skipped}\n"),
        }
    }

    /// The last line of an export that failed part-way: never mistaken for complete.
    pub fn failure(self, rows: u64, message: &str) -> String {
        let message = message.replace(['\n', '\r'], " ");
        match self {
            Format::Ndjson => format!(
                "{}\n",
                serde_json::json!({"complete": false, "rows": rows, "error": message})
            ),
            Format::Csv | Format::Lp => format!("# incomplete rows={rows} error={message}\n"),
        }
    }
}

/// A datapoint as an export names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub id: i64,
    pub key: String,
    pub format: DataFormat,
}

/// A stored value as export rows carry it.
pub struct Stored<'a> {
    pub ts: i64,
    pub num: Option<f64>,
    pub txt: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    datapoint_id: i64,
    datapoint_key: &'a str,
    timestamp: String,
    value: Value,
}

fn rfc3339(ts: i64) -> String {
    timestamps::to_datetime(ts).to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Appends the row of one value; `false` when the format cannot carry it (a null,
/// or a time after 2262 as line protocol nanoseconds).
pub fn render(format: Format, dp: &Named, value: &Stored<'_>, out: &mut Vec<u8>) -> bool {
    use std::io::Write as _;
    let json = super::value_rules::to_json(dp.format, value.num, value.txt.map(str::to_string));
    match format {
        Format::Csv => {
            let cell = match &json {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                // As line protocol writes it: `2`, not JSON's `2.0`.
                Value::Number(n) => n.as_f64().map(|f| format!("{f}")).unwrap_or_default(),
                other => other.to_string(),
            };
            let mut writer = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut *out);
            let written = writer.write_record([
                dp.id.to_string().as_str(),
                dp.key.as_str(),
                rfc3339(value.ts).as_str(),
                cell.as_str(),
            ]);
            written.is_ok() && writer.flush().is_ok()
        }
        Format::Ndjson => {
            let row = JsonRow {
                datapoint_id: dp.id,
                datapoint_key: &dp.key,
                timestamp: rfc3339(value.ts),
                value: json,
            };
            serde_json::to_writer(&mut *out, &row).is_ok() && out.write_all(b"\n").is_ok()
        }
        Format::Lp => {
            let Some(nanos) = value.ts.checked_mul(1_000) else {
                return false;
            };
            let field = match json {
                Value::Null | Value::Array(_) | Value::Object(_) => return false,
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => match n.as_f64() {
                    // `{}` of an f64 is a float literal without exponent, read back exactly.
                    Some(f) => format!("{f}"),
                    None => return false,
                },
                Value::String(s) => format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")),
            };
            let key = escape_tag(&dp.key);
            writeln!(out, "joule,{KEY_TAG}={key} {KEY_FIELD}={field} {nanos}").is_ok()
        }
    }
}

/// A tag value as line protocol writes it: commas, equals signs and spaces escaped.
fn escape_tag(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, ',' | '=' | ' ' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A value read from a text cell (csv), by the datapoint's format: an empty cell
/// is null.
pub fn value_from_text(format: DataFormat, text: &str) -> Result<Value, String> {
    if text.is_empty() {
        return Ok(Value::Null);
    }
    if format == DataFormat::Boolean {
        return match text.trim() {
            "true" | "1" => Ok(Value::Bool(true)),
            "false" | "0" => Ok(Value::Bool(false)),
            other => Err(format!("'{other}' is not true or false")),
        };
    }
    if format.is_numeric() {
        let n: f64 = text
            .trim()
            .parse()
            .map_err(|_| format!("'{text}' is not a number"))?;
        return serde_json::Number::from_f64(n)
            .map(Value::Number)
            .ok_or_else(|| format!("'{text}' is not a finite number"));
    }
    Ok(Value::String(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(format: Format, data_format: DataFormat, num: Option<f64>, txt: Option<&str>) -> String {
        let dp = Named {
            id: 7,
            key: "site/a b,c".into(),
            format: data_format,
        };
        let mut out = Vec::new();
        render(
            format,
            &dp,
            &Stored {
                ts: 1_700_000_000_000_001,
                num,
                txt,
            },
            &mut out,
        );
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn rows_in_each_format() {
        let n = DataFormat::ContinuousNumeric;
        assert_eq!(
            row(Format::Csv, n, Some(1.5), None),
            "7,\"site/a b,c\",2023-11-14T22:13:20.000001Z,1.5\n"
        );
        assert_eq!(
            row(
                Format::Csv,
                DataFormat::GenericText,
                None,
                Some("say \"hi\"")
            ),
            "7,\"site/a b,c\",2023-11-14T22:13:20.000001Z,\"say \"\"hi\"\"\"\n"
        );
        assert_eq!(
            row(Format::Ndjson, DataFormat::Boolean, Some(1.0), None),
            "{\"datapoint_id\":7,\"datapoint_key\":\"site/a b,c\",\"timestamp\":\"2023-11-14T22:13:20.000001Z\",\"value\":true}\n"
        );
        assert_eq!(
            row(Format::Lp, n, Some(2.0), None),
            "joule,datapoint_key=site/a\\ b\\,c value=2 1700000000000001000\n"
        );
        assert_eq!(row(Format::Lp, n, None, None), "");
        // What the line protocol reader makes of it again.
        let text = row(Format::Lp, DataFormat::GenericText, None, Some("q\"\\x"));
        let (values, errors) = super::super::lines::read(
            &text,
            super::super::lines::Precision::Nanos,
            &Default::default(),
            0,
            1,
        );
        assert_eq!(errors, []);
        assert_eq!(values[0].key, "site/a b,c");
        assert_eq!(values[0].value, Value::from("q\"\\x"));
        assert_eq!(values[0].micros, 1_700_000_000_000_001);
    }

    #[test]
    fn text_cells_by_format() {
        assert_eq!(
            value_from_text(DataFormat::ContinuousNumeric, "2.5"),
            Ok(Value::from(2.5))
        );
        assert!(value_from_text(DataFormat::ContinuousNumeric, "x").is_err());
        assert_eq!(
            value_from_text(DataFormat::Boolean, "true"),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            value_from_text(DataFormat::GenericText, "12"),
            Ok(Value::from("12"))
        );
        assert_eq!(
            value_from_text(DataFormat::GenericText, ""),
            Ok(Value::Null)
        );
    }
}
