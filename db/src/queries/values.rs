//! Time-series values: batched upserts, range and latest reads, deletes, and
//! aggregates computed in the database on the bucket grid.

use crate::committed::Point;
use crate::connection::DbConnection;
use crate::error::DbError;
use crate::models::Datapoint;
use crate::raw_transaction::RawTransaction;
use crate::rollups;
use crate::schema::{datapoint_values as dv, datapoints, devices, sites};
use crate::series::{CounterDrop, Pieces};
use crate::timegrid::{Function, Grid};
use crate::vocab::DataFormat;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Nullable};
use diesel::upsert::excluded;

/// The backend type of `DbConnection` (SQLite or PostgreSQL at run time).
type Multi = <DbConnection as Connection>::Backend;

/// Rows per INSERT: under SQLite's 32,766 and PostgreSQL's 65,535 bind limits
/// (4 binds a row), large enough that statement overhead stays small.
const SQLITE_CHUNK: usize = 4_000;
const POSTGRES_CHUNK: usize = 8_000;
/// From this many rows on, PostgreSQL batches go through COPY (cheaper per row,
/// but with a fixed cost that small batches would not repay).
const POSTGRES_COPY_FROM: usize = 1_000;

/// Raw rows read per round trip while streaming a range for the integral.
const STREAM_CHUNK: i64 = 50_000;
/// Calendar buckets per aggregate statement: each binds two bounds, and SQLite
/// takes at most 32,766 bound parameters in one statement (PostgreSQL 65,535),
/// so longer grids are read in slices.
const BUCKETS_PER_STATEMENT: usize = 4_000;

#[derive(Debug, Clone, PartialEq, Queryable)]
pub struct ValueRow {
    pub ts: i64,
    pub num: Option<f64>,
    pub txt: Option<String>,
}

/// Orders a batch by key and keeps the last value written for each (datapoint,
/// timestamp): within one batch the newest wins, as across batches.
pub fn prepare_rows(mut rows: Vec<Point>) -> Vec<Point> {
    rows.sort_by_key(|r| (r.datapoint_id, r.ts));
    // After a stable sort duplicates keep batch order; keep the last of each run.
    rows.reverse();
    rows.dedup_by_key(|r| (r.datapoint_id, r.ts));
    rows.reverse();
    rows
}

/// Upserts prepared rows (see [`prepare_rows`]) in multi-row statements, inside the
/// caller's transaction.
pub fn upsert_rows(conn: &mut DbConnection, rows: &[Point]) -> Result<usize, DbError> {
    match conn {
        DbConnection::Sqlite(c) => {
            for chunk in rows.chunks(SQLITE_CHUNK) {
                diesel::insert_into(dv::table)
                    .values(chunk)
                    .on_conflict((dv::datapoint_id, dv::ts))
                    .do_update()
                    .set((dv::num.eq(excluded(dv::num)), dv::txt.eq(excluded(dv::txt))))
                    .execute(c)?;
            }
        }
        DbConnection::Pg(c) if rows.len() < POSTGRES_COPY_FROM => {
            for chunk in rows.chunks(POSTGRES_CHUNK) {
                diesel::insert_into(dv::table)
                    .values(chunk)
                    .on_conflict((dv::datapoint_id, dv::ts))
                    .do_update()
                    .set((dv::num.eq(excluded(dv::num)), dv::txt.eq(excluded(dv::txt))))
                    .execute(c)?;
            }
        }
        DbConnection::Pg(c) => {
            // Binary COPY into a session-private staging table, then one upsert from
            // it: far fewer bytes and binds than multi-row INSERTs for large batches.
            use diesel::connection::SimpleConnection;
            c.batch_execute(
                "CREATE TEMP TABLE IF NOT EXISTS incoming_values \
                 (datapoint_id BIGINT NOT NULL, ts BIGINT NOT NULL, num DOUBLE PRECISION, txt TEXT) \
                 ON COMMIT DELETE ROWS",
            )?;
            let staged: Vec<IncomingValue<'_>> = rows
                .iter()
                .map(|r| IncomingValue {
                    datapoint_id: r.datapoint_id,
                    ts: r.ts,
                    num: r.num,
                    txt: r.txt.as_deref(),
                })
                .collect();
            diesel::copy_from(incoming_values::table)
                .from_insertable(&staged)
                .execute(c)?;
            c.batch_execute(
                "INSERT INTO datapoint_values (datapoint_id, ts, num, txt) \
                 SELECT datapoint_id, ts, num, txt FROM incoming_values \
                 ON CONFLICT (datapoint_id, ts) DO UPDATE SET num = EXCLUDED.num, txt = EXCLUDED.txt; \
                 DELETE FROM incoming_values",
            )?;
        }
    }
    Ok(rows.len())
}

diesel::table! {
    /// PostgreSQL only: the temporary staging table of [`upsert_rows`].
    incoming_values (datapoint_id, ts) {
        datapoint_id -> BigInt,
        ts -> BigInt,
        num -> Nullable<Double>,
        txt -> Nullable<Text>,
    }
}

#[derive(Insertable)]
#[diesel(table_name = incoming_values, treat_none_as_default_value = false)]
struct IncomingValue<'a> {
    datapoint_id: i64,
    ts: i64,
    num: Option<f64>,
    txt: Option<&'a str>,
}

/// Values of one datapoint with `from <= ts < to`, after the keyset position
/// `after` (exclusive), at most `limit + 1` rows so callers can tell if more follow.
pub fn values_list(
    conn: &mut DbConnection,
    datapoint_id: i64,
    (from, to): (i64, i64),
    after: Option<i64>,
    descending: bool,
    limit: i64,
) -> Result<Vec<ValueRow>, DbError> {
    let mut query = dv::table
        .filter(dv::datapoint_id.eq(datapoint_id))
        .filter(dv::ts.ge(from))
        .filter(dv::ts.lt(to))
        .select((dv::ts, dv::num, dv::txt))
        .limit(limit.saturating_add(1))
        .into_boxed();
    query = match (descending, after) {
        (false, Some(a)) => query.filter(dv::ts.gt(a)).order(dv::ts.asc()),
        (false, None) => query.order(dv::ts.asc()),
        (true, Some(a)) => query.filter(dv::ts.lt(a)).order(dv::ts.desc()),
        (true, None) => query.order(dv::ts.desc()),
    };
    Ok(query.load(conn)?)
}

pub fn value_latest(
    conn: &mut DbConnection,
    datapoint_id: i64,
) -> Result<Option<ValueRow>, DbError> {
    Ok(dv::table
        .filter(dv::datapoint_id.eq(datapoint_id))
        .order(dv::ts.desc())
        .select((dv::ts, dv::num, dv::txt))
        .first(conn)
        .optional()?)
}

/// The latest value with its datapoint's data format, in one statement (the hot
/// path of dashboards); `None` when the datapoint has no values or does not exist.
pub fn value_latest_with_format(
    conn: &mut DbConnection,
    datapoint_id: i64,
) -> Result<Option<(DataFormat, ValueRow)>, DbError> {
    let row: Option<(DataFormat, i64, Option<f64>, Option<String>)> = dv::table
        .inner_join(datapoints::table)
        .filter(dv::datapoint_id.eq(datapoint_id))
        .order(dv::ts.desc())
        .select((datapoints::data_format, dv::ts, dv::num, dv::txt))
        .first(conn)
        .optional()?;
    Ok(row.map(|(format, ts, num, txt)| (format, ValueRow { ts, num, txt })))
}

/// Deletes the values with `from <= ts < to`, and brings the rollups in line in
/// the same transaction; answers how many.
pub fn values_delete(
    conn: &mut DbConnection,
    datapoint_id: i64,
    (from, to): (i64, i64),
) -> Result<usize, DbError> {
    let mut transaction = RawTransaction::begin(conn)?;
    let conn = transaction.conn();
    rollups::lock(conn, [datapoint_id])?;
    let deleted = diesel::delete(
        dv::table
            .filter(dv::datapoint_id.eq(datapoint_id))
            .filter(dv::ts.ge(from))
            .filter(dv::ts.lt(to)),
    )
    .execute(conn)?;
    if deleted > 0 {
        rollups::after_delete(conn, datapoint_id, (from, to))?;
    }
    transaction.commit()?;
    Ok(deleted)
}

/// The datapoints with these ids (those that exist), in no particular order.
pub fn datapoints_by_ids(conn: &mut DbConnection, ids: &[i64]) -> Result<Vec<Datapoint>, DbError> {
    let mut found = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(1000) {
        let rows: Vec<Datapoint> = datapoints::table
            .filter(datapoints::id.eq_any(chunk))
            .select(Datapoint::as_select())
            .load(conn)?;
        found.extend(rows);
    }
    Ok(found)
}

/// The datapoints with these keys (those that exist), in no particular order.
pub fn datapoints_by_keys(
    conn: &mut DbConnection,
    keys: &[String],
) -> Result<Vec<Datapoint>, DbError> {
    let mut found = Vec::with_capacity(keys.len());
    for chunk in keys.chunks(1000) {
        let rows: Vec<Datapoint> = datapoints::table
            .filter(datapoints::key.eq_any(chunk))
            .select(Datapoint::as_select())
            .load(conn)?;
        found.extend(rows);
    }
    Ok(found)
}

/// The time zone of the site a datapoint's device belongs to, if it has one.
pub fn datapoint_timezone(
    conn: &mut DbConnection,
    datapoint_id: i64,
) -> Result<Option<String>, DbError> {
    Ok(datapoints::table
        .inner_join(devices::table.inner_join(sites::table))
        .filter(datapoints::id.eq(datapoint_id))
        .select(sites::timezone)
        .first(conn)
        .optional()?)
}

#[derive(QueryableByName)]
struct BucketRow {
    #[diesel(sql_type = BigInt)]
    bucket: i64,
    #[diesel(sql_type = Nullable<Double>)]
    v: Option<f64>,
}

/// Builds SQL text with the placeholder syntax of the connection's backend.
struct Sql {
    text: String,
    binds: Vec<i64>,
    postgres: bool,
}

impl Sql {
    fn new(conn: &DbConnection) -> Sql {
        Sql {
            text: String::new(),
            binds: Vec::new(),
            postgres: matches!(conn, DbConnection::Pg(_)),
        }
    }

    /// Appends a placeholder for `value` (all binds here are BIGINT).
    fn bind(&mut self, value: i64) -> String {
        self.binds.push(value);
        // Numbered placeholders, so an expression used twice (SELECT and GROUP BY)
        // refers to the same values on both backends.
        if self.postgres {
            format!("CAST(${} AS BIGINT)", self.binds.len())
        } else {
            format!("?{}", self.binds.len())
        }
    }

    fn load(self, conn: &mut DbConnection) -> Result<Vec<BucketRow>, DbError> {
        let mut query = diesel::sql_query(self.text).into_boxed::<Multi>();
        for value in self.binds {
            query = query.bind::<BigInt, _>(value);
        }
        Ok(query.load(conn)?)
    }
}

/// The per-bucket value of `function` over one datapoint's numeric values on `grid`,
/// aligned with `grid.starts` (`None` for a bucket without values). `drop` says
/// how a counter's drops are read (`increase`, `rate`).
pub fn aggregate(
    conn: &mut DbConnection,
    datapoint_id: i64,
    grid: &Grid,
    function: Function,
    drop: CounterDrop,
) -> Result<Vec<Option<f64>>, DbError> {
    let mut out = vec![None; grid.starts.len()];
    if grid.starts.is_empty() {
        return Ok(out);
    }
    if rollups::covers(grid) && rollups::current(conn, datapoint_id)? {
        if let Some(values) = rollups::aggregate(conn, datapoint_id, grid, function, drop)? {
            return Ok(values);
        }
    }
    match function {
        Function::Integral | Function::Increase | Function::Rate => {
            return along_the_line(conn, datapoint_id, grid, function, drop);
        }
        Function::Delta => {
            let first = aggregate(conn, datapoint_id, grid, Function::First, drop)?;
            let last = aggregate(conn, datapoint_id, grid, Function::Last, drop)?;
            return Ok(first
                .into_iter()
                .zip(last)
                .map(|(first, last)| Some(last? - first?))
                .collect());
        }
        _ => {}
    }
    if grid.fixed.is_none() && grid.starts.len() > BUCKETS_PER_STATEMENT {
        for first in (0..grid.starts.len()).step_by(BUCKETS_PER_STATEMENT) {
            let last = (first + BUCKETS_PER_STATEMENT).min(grid.starts.len()) - 1;
            let slice = Grid {
                from: grid.from.max(grid.starts[first]),
                to: grid.to.min(grid.end_of(last)),
                starts: grid.starts[first..=last].to_vec(),
                end: grid.end_of(last),
                fixed: None,
            };
            let values = aggregate(conn, datapoint_id, &slice, function, drop)?;
            out[first..=last].copy_from_slice(&values);
        }
        return Ok(out);
    }
    let mut sql = Sql::new(conn);
    // Fixed-width grids bucket by arithmetic; calendar grids join a list of bounds.
    let (bucket_of, from_bounds) = match grid.fixed {
        Some(width) => {
            let w = sql.bind(width);
            let w2 = sql.bind(width);
            (format!("(v.ts / {w}) * {w2}"), String::new())
        }
        None => {
            let mut values = Vec::with_capacity(grid.starts.len());
            for (i, start) in grid.starts.iter().enumerate() {
                let s = sql.bind(*start);
                let e = sql.bind(grid.end_of(i));
                values.push(format!("({s}, {e})"));
            }
            (
                "b.s".to_string(),
                format!("WITH b(s, e) AS (VALUES {}) ", values.join(", ")),
            )
        }
    };
    let join_bounds = if grid.fixed.is_some() {
        ""
    } else {
        "JOIN b ON v.ts >= b.s AND v.ts < b.e"
    };
    let dp = sql.bind(datapoint_id);
    let from = sql.bind(grid.from);
    let to = sql.bind(grid.to);
    let range = format!("v.datapoint_id = {dp} AND v.ts >= {from} AND v.ts < {to}");
    let text = match function {
        Function::First | Function::Last => {
            let pick = if function == Function::First {
                "MIN"
            } else {
                "MAX"
            };
            let dp2 = sql.bind(datapoint_id);
            format!(
                "{from_bounds}SELECT p.bucket AS bucket, CAST(x.num AS DOUBLE PRECISION) AS v \
                 FROM (SELECT {bucket_of} AS bucket, {pick}(v.ts) AS t FROM datapoint_values v {join_bounds} \
                       WHERE {range} AND v.num IS NOT NULL GROUP BY {bucket_of}) p \
                 JOIN datapoint_values x ON x.datapoint_id = {dp2} AND x.ts = p.t"
            )
        }
        _ => {
            let expr = match function {
                Function::Mean => "AVG(v.num)",
                Function::Min => "MIN(v.num)",
                Function::Max => "MAX(v.num)",
                // Exact decimal addition on PostgreSQL: sums of exact inputs come out
                // exact (SQLite's SUM compensates by itself).
                Function::Sum if sql.postgres => "SUM(CAST(v.num AS NUMERIC))",
                Function::Sum => "SUM(v.num)",
                _ => "COUNT(*)",
            };
            let only_numbers = if function == Function::Count {
                ""
            } else {
                "AND v.num IS NOT NULL"
            };
            format!(
                "{from_bounds}SELECT {bucket_of} AS bucket, CAST({expr} AS DOUBLE PRECISION) AS v \
                 FROM datapoint_values v {join_bounds} WHERE {range} {only_numbers} GROUP BY {bucket_of}"
            )
        }
    };
    sql.text = text;
    for row in sql.load(conn)? {
        if let Some(i) = grid.index_of(row.bucket) {
            out[i] = row.v;
        }
    }
    Ok(out)
}

/// The functions that read a series as a line through its points
/// ([`crate::series`]): the points inside the range, with the nearest point on
/// each side of it, streamed in chunks.
fn along_the_line(
    conn: &mut DbConnection,
    datapoint_id: i64,
    grid: &Grid,
    function: Function,
    drop: CounterDrop,
) -> Result<Vec<Option<f64>>, DbError> {
    let numbers = || {
        dv::table
            .filter(dv::datapoint_id.eq(datapoint_id))
            .filter(dv::num.is_not_null())
            .select((dv::ts, dv::num))
    };
    let mut pieces = Pieces::new(grid, drop);
    let feed = |rows: &[(i64, Option<f64>)], pieces: &mut Pieces<'_>| {
        for &(t, v) in rows {
            if let Some(v) = v {
                pieces.push(t, v);
            }
        }
    };
    let before: Vec<(i64, Option<f64>)> = numbers()
        .filter(dv::ts.lt(grid.from))
        .order(dv::ts.desc())
        .limit(1)
        .load(conn)?;
    feed(&before, &mut pieces);
    let mut after = None;
    loop {
        let mut query = numbers()
            .filter(dv::ts.ge(grid.from))
            .filter(dv::ts.lt(grid.to))
            .order(dv::ts.asc())
            .limit(STREAM_CHUNK)
            .into_boxed();
        if let Some(a) = after {
            query = query.filter(dv::ts.gt(a));
        }
        let rows: Vec<(i64, Option<f64>)> = query.load(conn)?;
        feed(&rows, &mut pieces);
        if (rows.len() as i64) < STREAM_CHUNK {
            break;
        }
        after = rows.last().map(|r| r.0);
    }
    let next: Vec<(i64, Option<f64>)> = numbers()
        .filter(dv::ts.ge(grid.to))
        .order(dv::ts.asc())
        .limit(1)
        .load(conn)?;
    feed(&next, &mut pieces);
    Ok(match function {
        Function::Increase => pieces.increases(),
        Function::Rate => pieces.rates(),
        _ => pieces.integrals(),
    })
}
