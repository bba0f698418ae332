//! The derived series `sum_ts = scale × (e1_ts + e2_ts)`, as KasemInterface defines
//! it. Pure arithmetic on already-read input: each problem becomes the operation's
//! numbered `error` code and a `log` line saying where it is, so a caller that only
//! sees the code and the log can still fix its request.

use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// The columns a table must have (any order, other columns ignored).
pub const DATE: &str = "date";
pub const E1: &str = "e1_ts";
pub const E2: &str = "e2_ts";
/// The columns of every answer.
pub const OUTPUT_HEADERS: [&str; 2] = [DATE, "sum_ts"];

/// The operation's `error` codes (0, success, is not one of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// Neither or both of `scalar` and `datapoints`.
    Mode = 1,
    /// `param.scale` missing or not a finite number.
    Scale = 2,
    /// A required column is missing (or named twice).
    Column = 3,
    /// A row's length differs from the headers'.
    RowLength = 4,
    /// A used cell is not a finite number (or the sum overflows).
    Cell = 5,
    /// No rows.
    NoRows = 6,
    /// A datapoint does not exist.
    Datapoint = 7,
    /// `from`, `to` or `interval` missing or invalid.
    Window = 8,
}

impl Code {
    pub fn number(self) -> i32 {
        self as i32
    }
}

/// Why the input cannot be computed.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    pub code: Code,
    pub log: String,
}

impl Rejection {
    pub fn new(code: Code, log: impl Into<String>) -> Self {
        Rejection {
            code,
            log: log.into(),
        }
    }
}

/// The computed rows, `[date, sum_ts]` each, and a line saying what was done.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub rows: Vec<Vec<f64>>,
    pub log: String,
}

/// Reads `param.scale`: a JSON number that is finite. Strings such as `"25"` are
/// refused rather than parsed, so a caller's type mistake does not pass unseen.
pub fn scale(value: Option<&Value>) -> Result<f64, Rejection> {
    match value {
        None | Some(Value::Null) => Err(Rejection::new(
            Code::Scale,
            "param.scale is missing; give a finite number",
        )),
        Some(v) => finite(v).ok_or_else(|| {
            Rejection::new(
                Code::Scale,
                format!("param.scale is {}, not a finite number", describe(v)),
            )
        }),
    }
}

/// Computes the table mode. Checks run in a fixed order (headers, then whether
/// there are rows, then row by row: length, then cells left to right) and the
/// first problem found is the one reported.
pub fn sum_table(
    scale: f64,
    headers: Option<&[String]>,
    data: Option<&[Vec<Value>]>,
) -> Result<Series, Rejection> {
    let headers = headers.ok_or_else(|| {
        Rejection::new(
            Code::Column,
            format!("scalar.headers is missing; it must name the columns {DATE}, {E1} and {E2}"),
        )
    })?;
    let columns = Columns::find(headers)?;
    let data = data.filter(|d| !d.is_empty()).ok_or_else(|| {
        Rejection::new(Code::NoRows, "scalar.data has no rows; nothing to compute")
    })?;
    let mut rows = Vec::with_capacity(data.len());
    for (i, row) in data.iter().enumerate() {
        if row.len() != headers.len() {
            return Err(Rejection::new(
                Code::RowLength,
                format!(
                    "row {i} has {} cells but headers name {} columns",
                    row.len(),
                    headers.len()
                ),
            ));
        }
        let [date, e1, e2] = columns.read(i, row, headers)?;
        let sum = scale * (e1 + e2);
        if !sum.is_finite() {
            return Err(Rejection::new(
                Code::Cell,
                format!(
                    "row {i}: sum_ts = {} × ({} + {}) is not a finite number",
                    num(scale),
                    num(e1),
                    num(e2)
                ),
            ));
        }
        rows.push(vec![date, sum]);
    }
    Ok(Series {
        log: format!(
            "sum_ts = {} × ({E1} + {E2}) over {} rows",
            num(scale),
            rows.len()
        ),
        rows,
    })
}

/// The positions of the used columns in a row.
struct Columns {
    /// `(position, slot)`, sorted by position, where slot 0 is the date, 1 e1, 2 e2.
    by_position: [(usize, usize); 3],
}

impl Columns {
    fn find(headers: &[String]) -> Result<Columns, Rejection> {
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(headers.len());
        for (i, name) in headers.iter().enumerate() {
            if let Some(first) = seen.insert(name.as_str(), i) {
                // A repeated name makes "the column called x" ambiguous.
                return Err(Rejection::new(
                    Code::Column,
                    format!("headers[{first}] and headers[{i}] are both named {name:?}; column names must be unique"),
                ));
            }
        }
        let missing: Vec<&str> = [DATE, E1, E2]
            .into_iter()
            .filter(|name| !seen.contains_key(name))
            .collect();
        if !missing.is_empty() {
            return Err(Rejection::new(
                Code::Column,
                format!(
                    "headers lack the column{} {} (headers are {headers:?})",
                    if missing.len() == 1 { "" } else { "s" },
                    missing.join(", ")
                ),
            ));
        }
        let mut by_position = [(seen[DATE], 0), (seen[E1], 1), (seen[E2], 2)];
        by_position.sort_unstable();
        Ok(Columns { by_position })
    }

    /// The date, e1 and e2 of row `i`, or the leftmost cell that is not a number.
    fn read(&self, i: usize, row: &[Value], headers: &[String]) -> Result<[f64; 3], Rejection> {
        let mut values = [0.0; 3];
        for &(position, slot) in &self.by_position {
            let cell = &row[position];
            values[slot] = finite(cell).ok_or_else(|| {
                Rejection::new(
                    Code::Cell,
                    format!(
                        "row {i}, column {:?}: {} is not a finite number",
                        headers[position],
                        describe(cell)
                    ),
                )
            })?;
        }
        Ok(values)
    }
}

/// One series aggregated on a grid: bucket start in microseconds since the epoch,
/// and the bucket's value (`None` for an empty bucket).
pub type Buckets = [(i64, Option<f64>)];

/// Computes the datapoints mode from two series on the same grid. Only buckets
/// with a value in both series give a row; the others are counted in the log.
pub fn sum_aligned(scale: f64, e1: &Buckets, e2: &Buckets) -> Result<Series, Rejection> {
    let e1: BTreeMap<i64, f64> = present(e1);
    let mut e2: BTreeMap<i64, f64> = present(e2);
    let mut rows = Vec::with_capacity(e1.len().min(e2.len()));
    let mut only_e1 = 0usize;
    for (start, a) in e1 {
        let Some(b) = e2.remove(&start) else {
            only_e1 += 1;
            continue;
        };
        let sum = scale * (a + b);
        if !sum.is_finite() {
            let at = chrono::DateTime::from_timestamp_micros(start).unwrap_or_default();
            return Err(Rejection::new(
                Code::Cell,
                format!(
                    "bucket {}: sum_ts = {} × ({} + {}) is not a finite number",
                    at.to_rfc3339(),
                    num(scale),
                    num(a),
                    num(b)
                ),
            ));
        }
        // KasemInterface dates are epoch seconds.
        let seconds = start as f64 / 1e6;
        rows.push(vec![seconds, sum]);
    }
    // What is left of e2 had no partner in e1.
    let only_e2 = e2.len();
    Ok(Series {
        log: format!(
            "sum_ts = {} × ({E1} + {E2}) over {} buckets; {} left out ({only_e1} only in {E1}, {only_e2} only in {E2})",
            num(scale),
            rows.len(),
            only_e1 + only_e2
        ),
        rows,
    })
}

fn present(buckets: &Buckets) -> BTreeMap<i64, f64> {
    buckets
        .iter()
        .filter_map(|&(start, value)| value.map(|v| (start, v)))
        .collect()
}

/// A JSON number that is finite; anything else (string, bool, null, …) is not.
fn finite(v: &Value) -> Option<f64> {
    v.as_f64().filter(|x| x.is_finite())
}

/// A number for a log line: plain where that is short, else in exponent form
/// (`{}` would print 1e308 with 308 digits).
fn num(x: f64) -> String {
    if x == 0.0 || (1e-6..1e15).contains(&x.abs()) {
        format!("{x}")
    } else {
        format!("{x:e}")
    }
}

/// A short description of a JSON value for a log line.
fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 40 => {
            let head: String = s.chars().take(40).collect();
            format!("the string {head:?}…")
        }
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn rows(v: Value) -> Vec<Vec<Value>> {
        serde_json::from_value(v).unwrap_or_default()
    }

    fn table(names: &[&str], data: Value) -> Result<Series, Rejection> {
        sum_table(25.0, Some(&headers(names)), Some(&rows(data)))
    }

    fn rejected(outcome: Result<Series, Rejection>) -> Rejection {
        match outcome {
            Ok(series) => panic!("computed {series:?}"),
            Err(r) => r,
        }
    }

    #[test]
    fn the_kasem_example_row() {
        let series = table(
            &["date", "e1_ts", "e2_ts"],
            json!([[1420066800.0, 1.25, 842.6], [1420070400.0, 0, -2]]),
        );
        assert_eq!(
            series.map(|s| s.rows),
            Ok(vec![
                vec![1420066800.0, 21096.25],
                vec![1420070400.0, -50.0]
            ])
        );
    }

    #[test]
    fn columns_are_found_by_name_and_extras_ignored() {
        let series = table(
            &["e2_ts", "note", "date", "e1_ts"],
            json!([[2, "ignored", 100, 1], [4, null, 200, 3]]),
        );
        assert_eq!(
            series.map(|s| s.rows),
            Ok(vec![vec![100.0, 75.0], vec![200.0, 175.0]])
        );
    }

    #[test]
    fn scale_must_be_a_finite_number() {
        assert_eq!(scale(Some(&json!(2.5))), Ok(2.5));
        assert_eq!(scale(Some(&json!(-3))), Ok(-3.0));
        for bad in [
            None,
            Some(json!(null)),
            Some(json!("25")),
            Some(json!(true)),
            Some(json!([1])),
        ] {
            assert_eq!(rejected_scale(bad.as_ref()), Code::Scale);
        }
    }

    fn rejected_scale(v: Option<&Value>) -> Code {
        match scale(v) {
            Ok(s) => panic!("accepted {s}"),
            Err(r) => r.code,
        }
    }

    #[test]
    fn missing_and_duplicate_columns_are_code_3() {
        let r = rejected(table(&["date", "e1_ts"], json!([[1, 2]])));
        assert_eq!(r.code, Code::Column);
        assert!(r.log.contains("e2_ts"), "{}", r.log);
        let r = rejected(table(
            &["date", "e1_ts", "e2_ts", "e1_ts"],
            json!([[1, 2, 3, 4]]),
        ));
        assert_eq!(r.code, Code::Column);
        assert!(r.log.contains("headers[1] and headers[3]"), "{}", r.log);
        let r = rejected(sum_table(1.0, None, Some(&rows(json!([[1, 2, 3]])))));
        assert_eq!(r.code, Code::Column);
    }

    #[test]
    fn no_rows_is_code_6() {
        let names = headers(&["date", "e1_ts", "e2_ts"]);
        assert_eq!(
            rejected(sum_table(1.0, Some(&names), None)).code,
            Code::NoRows
        );
        assert_eq!(
            rejected(sum_table(1.0, Some(&names), Some(&[]))).code,
            Code::NoRows
        );
    }

    #[test]
    fn the_first_bad_row_is_reported() {
        let r = rejected(table(
            &["date", "e1_ts", "e2_ts"],
            json!([[1, 2, 3], [1, 2], [1, "x", 3]]),
        ));
        assert_eq!(r.code, Code::RowLength);
        assert!(r.log.starts_with("row 1 has 2 cells"), "{}", r.log);

        let r = rejected(table(
            &["e2_ts", "date", "e1_ts"],
            json!([[1, 2, 3], [null, 2, "x"], [1, 2]]),
        ));
        assert_eq!(r.code, Code::Cell);
        assert_eq!(
            r.log,
            "row 1, column \"e2_ts\": null is not a finite number"
        );
    }

    #[test]
    fn unused_cells_may_be_anything_but_used_ones_not() {
        for bad in [json!("1.5"), json!(true), json!(null), json!({})] {
            let r = rejected(table(
                &["date", "e1_ts", "e2_ts", "x"],
                json!([[1, 2, bad.clone(), bad]]),
            ));
            assert_eq!(r.code, Code::Cell);
            assert!(r.log.contains("row 0, column \"e2_ts\""), "{}", r.log);
        }
    }

    #[test]
    fn an_overflowing_sum_is_code_5() {
        let r = rejected(table(
            &["date", "e1_ts", "e2_ts"],
            json!([[1, 1e308, 1e308]]),
        ));
        assert_eq!(r.code, Code::Cell);
        assert_eq!(
            r.log,
            "row 0: sum_ts = 25 × (1e308 + 1e308) is not a finite number"
        );
    }

    #[test]
    fn aligned_series_keep_only_common_buckets() {
        let e1 = [
            (0, Some(1.0)),
            (900_000_000, Some(2.0)),
            (1_800_000_000, Some(3.0)),
        ];
        let e2 = [
            (0, Some(10.0)),
            (900_000_000, None),
            (1_800_000_000, Some(30.0)),
            (2_700_000_000, Some(40.0)),
        ];
        let series = sum_aligned(2.0, &e1, &e2).unwrap_or_else(|r| panic!("{r:?}"));
        assert_eq!(series.rows, vec![vec![0.0, 22.0], vec![1800.0, 66.0]]);
        assert!(
            series
                .log
                .contains("2 left out (1 only in e1_ts, 1 only in e2_ts)"),
            "{}",
            series.log
        );
    }
}
