//! Import: rows of csv, ndjson or line protocol, read as the body arrives, checked
//! and committed through the ingest rules in chunks. A bad row is listed with its
//! line number and the good rows are stored; a stored value at the same timestamp
//! is replaced, so running an import again is safe.

use super::ingest::{Batch, DatapointRef, Incoming, Reading, Stamp};
use super::lines::{self, Precision};
use super::rows::{value_from_text, Format, CSV_COLUMNS};
use super::{Core, CoreError};
use crate::access::{Caller, Target};
use joule_db::committed::Source;
use joule_db::queries::values::{datapoints_by_ids, datapoints_by_keys};
use joule_db::DataFormat;
use serde_json::Value;
use std::collections::HashMap;

/// Rows checked and committed together.
pub const CHUNK: usize = 5_000;
/// Refused rows listed in the answer.
pub const MAX_LISTED: usize = 100;
/// The longest line taken: a longer one is not a row of these formats.
pub const MAX_LINE: usize = 1 << 20;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    pub written: u64,
    pub refused_total: u64,
    /// The first [`MAX_LISTED`] refused rows, by line.
    pub refused: Vec<RowError>,
}

/// A refused row: its line (from 1), the field at fault if one is, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    pub line: usize,
    pub field: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Name {
    Id(i64),
    Key(String),
}

#[derive(Debug)]
enum Cell {
    Json(Value),
    /// A csv cell, read by its datapoint's format.
    Text(String),
}

#[derive(Debug)]
enum OwnedStamp {
    Text(String),
    Micros(i64),
}

#[derive(Debug)]
struct Row {
    line: usize,
    name: Name,
    stamp: OwnedStamp,
    cell: Cell,
}

/// Where the csv columns are.
#[derive(Debug, Clone, Copy)]
struct Columns {
    id: Option<usize>,
    key: Option<usize>,
    timestamp: usize,
    value: usize,
}

/// An import in progress: feed it the body as it arrives, then finish it.
pub struct Import {
    core: Core,
    caller: Caller,
    format: Format,
    /// Bytes after the last complete line.
    carry: Vec<u8>,
    /// The line number of the first line in `carry`.
    next_line: usize,
    columns: Option<Columns>,
    rows: Vec<Row>,
    report: ImportReport,
}

impl Import {
    pub fn new(core: Core, caller: Caller, format: Format) -> Import {
        Import {
            core,
            caller,
            format,
            carry: Vec::new(),
            next_line: 1,
            columns: None,
            rows: Vec::new(),
            report: ImportReport::default(),
        }
    }

    fn refuse(&mut self, line: usize, field: Option<&str>, message: impl Into<String>) {
        self.report.refused_total += 1;
        if self.report.refused.len() < MAX_LISTED {
            self.report.refused.push(RowError {
                line,
                field: field.map(str::to_string),
                message: message.into(),
            });
        }
    }

    /// Takes the next bytes of the body; every full chunk of rows is committed.
    pub async fn feed(&mut self, bytes: &[u8]) -> Result<(), CoreError> {
        self.carry.extend_from_slice(bytes);
        let cut = complete_prefix(self.format, &self.carry);
        if cut == 0 {
            if self.carry.len() > MAX_LINE {
                return Err(CoreError::bad_input(
                    "body",
                    format!("line {} is longer than {MAX_LINE} bytes", self.next_line),
                ));
            }
            return Ok(());
        }
        let block: Vec<u8> = self.carry.drain(..cut).collect();
        self.read_block(&block)?;
        while self.rows.len() >= CHUNK {
            self.commit(CHUNK).await?;
        }
        Ok(())
    }

    /// Reads what is left and commits the last rows.
    pub async fn finish(mut self) -> Result<ImportReport, CoreError> {
        if !self.carry.is_empty() {
            let mut block = std::mem::take(&mut self.carry);
            block.push(b'\n');
            self.read_block(&block)?;
        }
        while !self.rows.is_empty() {
            let n = self.rows.len().min(CHUNK);
            self.commit(n).await?;
        }
        self.report.refused.sort_by_key(|e| e.line);
        Ok(self.report)
    }

    fn read_block(&mut self, block: &[u8]) -> Result<(), CoreError> {
        let first = self.next_line;
        let text = std::str::from_utf8(block).map_err(|e| {
            let line = first
                + block[..e.valid_up_to()]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count();
            CoreError::bad_input("body", format!("line {line} is not UTF-8 text"))
        })?;
        self.next_line += text.bytes().filter(|b| *b == b'\n').count();
        match self.format {
            Format::Csv => self.read_csv(text, first),
            Format::Ndjson => {
                for (i, line) in text.split('\n').enumerate() {
                    self.read_json_line(line.trim_end_matches('\r'), first + i);
                }
                Ok(())
            }
            Format::Lp => {
                let now = joule_db::now_micros();
                let (values, errors) =
                    lines::read(text, Precision::Nanos, &self.core.lines, now, first);
                for e in errors {
                    self.refuse(e.line, None, e.message);
                }
                self.rows.extend(values.into_iter().map(|v| Row {
                    line: v.line,
                    name: Name::Key(v.key),
                    stamp: OwnedStamp::Micros(v.micros),
                    cell: Cell::Json(v.value),
                }));
                Ok(())
            }
        }
    }

    fn read_csv(&mut self, text: &str, first: usize) -> Result<(), CoreError> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .comment(Some(b'#'))
            .from_reader(text.as_bytes());
        for record in reader.records() {
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    let line = e
                        .position()
                        .map_or(first, |p| first + p.line() as usize - 1);
                    self.refuse(line, None, format!("not csv: {e}"));
                    continue;
                }
            };
            let line = record
                .position()
                .map_or(first, |p| first + p.line() as usize - 1);
            let Some(columns) = self.columns else {
                self.columns = Some(columns_of(&record)?);
                continue;
            };
            let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("").trim();
            let name = match (cell(columns.key), cell(columns.id)) {
                (key, _) if !key.is_empty() => Name::Key(key.to_string()),
                (_, id) if !id.is_empty() => match crate::access::parse_id(id) {
                    Some(id) => Name::Id(id),
                    None => {
                        self.refuse(line, Some("datapoint_id"), format!("'{id}' is not an id"));
                        continue;
                    }
                },
                _ => {
                    self.refuse(line, Some("datapoint_key"), "names no datapoint");
                    continue;
                }
            };
            self.rows.push(Row {
                line,
                name,
                stamp: OwnedStamp::Text(cell(Some(columns.timestamp)).to_string()),
                // Not trimmed: spaces may belong to a text value.
                cell: Cell::Text(record.get(columns.value).unwrap_or("").to_string()),
            });
        }
        Ok(())
    }

    fn read_json_line(&mut self, text: &str, line: usize) {
        if text.trim().is_empty() {
            return;
        }
        let object = match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(o)) => o,
            Ok(_) => return self.refuse(line, None, "is not a JSON object"),
            Err(e) => return self.refuse(line, None, format!("not JSON: {e}")),
        };
        // The trailer of an export.
        if object.contains_key("complete") {
            return;
        }
        let name = match (object.get("datapoint_key"), object.get("datapoint_id")) {
            (Some(Value::String(key)), _) => Name::Key(key.clone()),
            (_, Some(id)) if id.as_i64().is_some() => Name::Id(id.as_i64().unwrap_or_default()),
            _ => {
                return self.refuse(
                    line,
                    Some("datapoint_key"),
                    "give datapoint_key (text) or datapoint_id (integer)",
                )
            }
        };
        let Some(Value::String(timestamp)) = object.get("timestamp") else {
            return self.refuse(line, Some("timestamp"), "is required (RFC 3339 text)");
        };
        let Some(value) = object.get("value") else {
            return self.refuse(line, Some("value"), "is required (null for no value)");
        };
        self.rows.push(Row {
            line,
            name,
            stamp: OwnedStamp::Text(timestamp.clone()),
            cell: Cell::Json(value.clone()),
        });
    }

    /// Checks the first `n` rows and stores the good ones.
    async fn commit(&mut self, n: usize) -> Result<(), CoreError> {
        let rows: Vec<Row> = self.rows.drain(..n).collect();
        let mut out_of_scope: HashMap<Name, String> = HashMap::new();
        if let Some(sites) = self.caller.scope() {
            let names: std::collections::HashSet<&Name> = rows.iter().map(|r| &r.name).collect();
            for name in names {
                let target = match name {
                    Name::Id(id) => Target::Datapoints(vec![*id]),
                    Name::Key(key) => Target::DatapointKeys(vec![key.clone()]),
                };
                match self.core.check_scope(sites, vec![target]).await {
                    Ok(()) => {}
                    Err(CoreError::Forbidden(message)) => {
                        out_of_scope.insert(name.clone(), message);
                    }
                    Err(other) => return Err(other),
                }
            }
        }
        let formats = if rows.iter().any(|r| matches!(r.cell, Cell::Text(_))) {
            self.formats(&rows).await?
        } else {
            HashMap::new()
        };
        let mut kept = Vec::with_capacity(rows.len());
        let mut values = Vec::with_capacity(rows.len());
        for row in &rows {
            if let Some(message) = out_of_scope.get(&row.name) {
                self.refuse(row.line, None, message.clone());
                continue;
            }
            let value = match &row.cell {
                Cell::Json(v) => v.clone(),
                Cell::Text(text) => match formats.get(&row.name) {
                    Some(format) => match value_from_text(*format, text) {
                        Ok(v) => v,
                        Err(e) => {
                            self.refuse(row.line, Some("value"), e);
                            continue;
                        }
                    },
                    // Unknown: the ingest rules name it.
                    None => Value::Null,
                },
            };
            kept.push(row);
            values.push(value);
        }
        let items = kept
            .iter()
            .zip(&values)
            .map(|(row, value)| Incoming {
                datapoint: Some(match &row.name {
                    Name::Id(id) => DatapointRef::Id(*id),
                    Name::Key(key) => DatapointRef::Key(key),
                }),
                reading: Reading {
                    timestamp: match &row.stamp {
                        OwnedStamp::Text(t) => Stamp::Text(t),
                        OwnedStamp::Micros(m) => Stamp::Micros(*m),
                    },
                    value,
                },
            })
            .collect();
        let checked = self.core.ingest_check(Batch::Mixed(items)).await?;
        for refusal in checked.refused {
            self.refuse(
                kept[refusal.index].line,
                Some(refusal.field),
                refusal.message,
            );
        }
        if !checked.points.is_empty() {
            let written = self
                .core
                .write_values(checked.points, Source::Import)
                .await?;
            self.report.written += written as u64;
        }
        Ok(())
    }

    /// The data formats of the datapoints the rows name (those that exist).
    async fn formats(&self, rows: &[Row]) -> Result<HashMap<Name, DataFormat>, CoreError> {
        let mut ids = Vec::new();
        let mut keys = Vec::new();
        for row in rows {
            match &row.name {
                Name::Id(id) => ids.push(*id),
                Name::Key(key) => keys.push(key.clone()),
            }
        }
        ids.sort_unstable();
        ids.dedup();
        keys.sort_unstable();
        keys.dedup();
        let (by_id, by_key) = self
            .core
            .db
            .run(move |c| Ok((datapoints_by_ids(c, &ids)?, datapoints_by_keys(c, &keys)?)))
            .await?;
        let mut formats = HashMap::new();
        for d in by_id {
            formats.insert(Name::Id(d.id), d.data_format);
        }
        for d in by_key {
            formats.insert(Name::Key(d.key), d.data_format);
        }
        Ok(formats)
    }
}

/// The csv columns a header names.
fn columns_of(header: &csv::StringRecord) -> Result<Columns, CoreError> {
    let find = |name: &str| header.iter().position(|h| h.trim() == name);
    match (find("timestamp"), find("value")) {
        (Some(timestamp), Some(value))
            if find("datapoint_id").or(find("datapoint_key")).is_some() =>
        {
            Ok(Columns {
                id: find("datapoint_id"),
                key: find("datapoint_key"),
                timestamp,
                value,
            })
        }
        _ => Err(CoreError::bad_input(
            "body",
            format!(
                "the first csv line must name the columns, e.g. {}",
                CSV_COLUMNS.join(",")
            ),
        )),
    }
}

/// How many leading bytes of `buffer` are complete lines of `format` (a line break
/// inside a quoted csv cell or line protocol string does not end a line).
fn complete_prefix(format: Format, buffer: &[u8]) -> usize {
    match format {
        Format::Ndjson => buffer
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1),
        Format::Csv => {
            let mut quoted = false;
            let mut cut = 0;
            for (i, b) in buffer.iter().enumerate() {
                match b {
                    b'"' => quoted = !quoted,
                    b'\n' if !quoted => cut = i + 1,
                    _ => {}
                }
            }
            cut
        }
        Format::Lp => {
            let valid = match std::str::from_utf8(buffer) {
                Ok(text) => text,
                Err(e) => std::str::from_utf8(&buffer[..e.valid_up_to()]).unwrap_or_default(),
            };
            let mut cut = 0;
            let mut segments = influxdb_line_protocol::split_lines(valid).peekable();
            while let Some(segment) = segments.next() {
                if segments.peek().is_some() {
                    cut += segment.len() + 1;
                }
            }
            cut
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_lines_of_each_format() {
        assert_eq!(complete_prefix(Format::Ndjson, b"{}\n{\"a\""), 3);
        assert_eq!(complete_prefix(Format::Csv, b"a,\"b\nc\"\nd,"), 8);
        assert_eq!(complete_prefix(Format::Csv, b"a,\"b\nc"), 0);
        assert_eq!(complete_prefix(Format::Lp, b"m f=1\nm s=\"a\nb"), 6);
        assert_eq!(complete_prefix(Format::Lp, b"m f=1\nm s=\"a\nb\"\n"), 16);
    }
}
