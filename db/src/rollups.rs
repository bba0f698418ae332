//! Hourly rollups: per datapoint and UTC hour, the count, sum, min, max, first
//! and last of its values and the pieces of the line through them (see
//! [`crate::series`]). Every write and delete rewrites the hours it touches from
//! the raw values, in its own transaction, so a rollup is never older than the
//! values beside it. Aggregates on grids of whole hours read them instead of the
//! raw values; only the nearest point on each side of the range is read raw.
//!
//! A datapoint listed in `rollups_stale` (it had values before rollups existed)
//! is read raw until [`rebuild`] has run for it.

use crate::committed::Point;
use crate::connection::DbConnection;
use crate::error::DbError;
use crate::schema::{datapoint_rollups as dr, datapoint_values as dv, rollups_stale};
use crate::series::{CounterDrop, HourLine, Pieces, Sum};
use crate::timegrid::{Function, Grid};
use diesel::prelude::*;

/// Microseconds in an hour, the width of a rollup.
pub const HOUR: i64 = 3_600_000_000;
/// Rollup rows per INSERT (16 binds a row, under SQLite's 32,766).
const INSERT_CHUNK: usize = 1_000;
/// Raw rows read per round trip while rebuilding.
const STREAM_CHUNK: i64 = 50_000;
/// Touched hours this close together are rewritten in one range: rewriting an
/// untouched hour gives it back unchanged, and costs less than another round trip.
const MERGE_GAP: i64 = 6 * HOUR;

/// The start of the hour holding `t`.
pub fn hour_of(t: i64) -> i64 {
    t.saturating_sub(t.rem_euclid(HOUR))
}

/// One stored hour.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = dr, treat_none_as_default_value = false)]
pub struct Rollup {
    pub datapoint_id: i64,
    pub hour: i64,
    /// Every value, text ones included (what `count` counts).
    pub count: i64,
    /// The numeric values.
    pub n: i64,
    pub sum: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub first_ts: Option<i64>,
    pub first_num: Option<f64>,
    pub last_ts: Option<i64>,
    pub last_num: Option<f64>,
    pub area2: Option<f64>,
    pub up: Option<f64>,
    pub drops: i64,
    pub drop_from: Option<f64>,
    pub drop_to: Option<f64>,
}

/// One hour being summed up (compensated sums, as the raw reads do).
struct Open {
    row: Rollup,
    sum: Sum,
    area2: Sum,
    up: Sum,
    drop_from: Sum,
    drop_to: Sum,
}

impl Open {
    fn new(datapoint_id: i64, hour: i64) -> Open {
        Open {
            row: Rollup {
                datapoint_id,
                hour,
                count: 0,
                n: 0,
                sum: None,
                min: None,
                max: None,
                first_ts: None,
                first_num: None,
                last_ts: None,
                last_num: None,
                area2: None,
                up: None,
                drops: 0,
                drop_from: None,
                drop_to: None,
            },
            sum: Sum::default(),
            area2: Sum::default(),
            up: Sum::default(),
            drop_from: Sum::default(),
            drop_to: Sum::default(),
        }
    }

    fn push(&mut self, ts: i64, num: Option<f64>) {
        let row = &mut self.row;
        row.count += 1;
        let Some(v) = num else { return };
        row.n += 1;
        self.sum.add(v);
        row.min = Some(row.min.map_or(v, |m| m.min(v)));
        row.max = Some(row.max.map_or(v, |m| m.max(v)));
        if row.first_ts.is_none() {
            row.first_ts = Some(ts);
            row.first_num = Some(v);
        }
        if let (Some(t0), Some(v0)) = (row.last_ts, row.last_num) {
            // The same terms as crate::series adds for a whole segment.
            self.area2.add((v0 + v) * (ts - t0) as f64);
            if v >= v0 {
                self.up.add(v - v0);
            } else {
                row.drops += 1;
                self.drop_from.add(v0);
                self.drop_to.add(v);
            }
        }
        row.last_ts = Some(ts);
        row.last_num = Some(v);
    }

    fn close(mut self) -> Rollup {
        // Not stored when not finite (an overflow): such hours are read raw.
        let finite = |s: Sum| Some(s.value()).filter(|v| v.is_finite());
        self.row.sum = finite(self.sum);
        self.row.area2 = finite(self.area2);
        self.row.up = finite(self.up);
        self.row.drop_from = finite(self.drop_from);
        self.row.drop_to = finite(self.drop_to);
        self.row
    }
}

/// Sums up one datapoint's values, fed in time order, hour by hour.
struct Builder {
    datapoint_id: i64,
    open: Option<Open>,
    done: Vec<Rollup>,
}

impl Builder {
    fn new(datapoint_id: i64) -> Builder {
        Builder {
            datapoint_id,
            open: None,
            done: Vec::new(),
        }
    }

    fn push(&mut self, ts: i64, num: Option<f64>) {
        let hour = hour_of(ts);
        if self.open.as_ref().is_some_and(|o| o.row.hour != hour) {
            self.done.extend(self.open.take().map(Open::close));
        }
        self.open
            .get_or_insert_with(|| Open::new(self.datapoint_id, hour))
            .push(ts, num);
    }

    fn finish(mut self) -> Vec<Rollup> {
        self.done.extend(self.open.take().map(Open::close));
        self.done
    }
}

fn insert(conn: &mut DbConnection, rows: &[Rollup]) -> Result<(), DbError> {
    for chunk in rows.chunks(INSERT_CHUNK) {
        let statement = diesel::insert_into(dr::table).values(chunk);
        match conn {
            DbConnection::Sqlite(c) => statement.execute(c)?,
            DbConnection::Pg(c) => statement.execute(c)?,
        };
    }
    Ok(())
}

/// The first key of the PostgreSQL advisory locks of [`lock`] (the second is the
/// datapoint); the two-key space does not overlap the migrations' one-key lock.
const LOCK_CLASS: i32 = 0x4a52;

/// Takes, until the transaction ends, the rollup lock of each datapoint (in one
/// order, so writers never wait on each other in a circle). Two PostgreSQL
/// transactions rewriting the same hour would each read the raw values without
/// the other's, and the later rollup would miss the earlier's values; SQLite has
/// one writer at a time already. Call before writing the values.
pub fn lock(
    conn: &mut DbConnection,
    datapoint_ids: impl IntoIterator<Item = i64>,
) -> Result<(), DbError> {
    use diesel::connection::SimpleConnection;
    if let DbConnection::Pg(c) = conn {
        let mut keys: Vec<i32> = datapoint_ids
            .into_iter()
            .map(|id| (id & 0x7fff_ffff) as i32)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.is_empty() {
            return Ok(());
        }
        let statements: String = keys
            .iter()
            .map(|k| format!("SELECT pg_advisory_xact_lock({LOCK_CLASS}, {k});"))
            .collect();
        c.batch_execute(&statements)?;
    }
    Ok(())
}

/// Rewrites the rollups of `datapoint_id` for the hours in `[from, to)` (whole
/// hours) from its raw values, inside the caller's transaction.
fn rewrite(
    conn: &mut DbConnection,
    datapoint_id: i64,
    (from, to): (i64, i64),
) -> Result<(), DbError> {
    diesel::delete(
        dr::table
            .filter(dr::datapoint_id.eq(datapoint_id))
            .filter(dr::hour.ge(from))
            .filter(dr::hour.lt(to)),
    )
    .execute(conn)?;
    let raw: Vec<(i64, Option<f64>)> = dv::table
        .filter(dv::datapoint_id.eq(datapoint_id))
        .filter(dv::ts.ge(from))
        .filter(dv::ts.lt(to))
        .order(dv::ts.asc())
        .select((dv::ts, dv::num))
        .load(conn)?;
    let mut builder = Builder::new(datapoint_id);
    for (ts, num) in raw {
        builder.push(ts, num);
    }
    insert(conn, &builder.finish())
}

/// Rewrites the hours holding `points` (sorted by datapoint and time, as
/// `prepare_rows` leaves them) after they were stored, in the same transaction.
pub fn after_write(conn: &mut DbConnection, points: &[Point]) -> Result<(), DbError> {
    let mut range: Option<(i64, i64, i64)> = None;
    for p in points {
        let hour = hour_of(p.ts);
        match &mut range {
            Some((dp, _, end))
                if *dp == p.datapoint_id && hour <= end.saturating_add(MERGE_GAP) =>
            {
                *end = (*end).max(hour.saturating_add(HOUR));
            }
            _ => {
                if let Some((dp, from, to)) = range.take() {
                    rewrite(conn, dp, (from, to))?;
                }
                range = Some((p.datapoint_id, hour, hour.saturating_add(HOUR)));
            }
        }
    }
    if let Some((dp, from, to)) = range {
        rewrite(conn, dp, (from, to))?;
    }
    Ok(())
}

/// Brings the rollups in line after the values in `[from, to)` were deleted, in
/// the same transaction: the hours wholly inside hold nothing any more, and the
/// (at most two) hours cut by the range's edges are rewritten.
pub fn after_delete(
    conn: &mut DbConnection,
    datapoint_id: i64,
    (from, to): (i64, i64),
) -> Result<(), DbError> {
    diesel::delete(
        dr::table
            .filter(dr::datapoint_id.eq(datapoint_id))
            .filter(dr::hour.ge(hour_of(from)))
            .filter(dr::hour.lt(to)),
    )
    .execute(conn)?;
    let mut cut = vec![hour_of(from)];
    if hour_of(to) != to && hour_of(to) != hour_of(from) {
        cut.push(hour_of(to));
    }
    for hour in cut {
        rewrite(conn, datapoint_id, (hour, hour.saturating_add(HOUR)))?;
    }
    Ok(())
}

/// Rewrites every rollup of `datapoint_id` from its raw values and marks them
/// current; answers the hours stored. Inside the caller's transaction.
pub fn rebuild(conn: &mut DbConnection, datapoint_id: i64) -> Result<usize, DbError> {
    diesel::delete(dr::table.filter(dr::datapoint_id.eq(datapoint_id))).execute(conn)?;
    let mut builder = Builder::new(datapoint_id);
    let mut stored = 0;
    let mut after: Option<i64> = None;
    loop {
        let mut query = dv::table
            .filter(dv::datapoint_id.eq(datapoint_id))
            .order(dv::ts.asc())
            .select((dv::ts, dv::num))
            .limit(STREAM_CHUNK)
            .into_boxed();
        if let Some(a) = after {
            query = query.filter(dv::ts.gt(a));
        }
        let rows: Vec<(i64, Option<f64>)> = query.load(conn)?;
        for &(ts, num) in &rows {
            builder.push(ts, num);
        }
        // Closed hours can go now; the open one may go on in the next chunk.
        let done = std::mem::take(&mut builder.done);
        insert(conn, &done)?;
        stored += done.len();
        if (rows.len() as i64) < STREAM_CHUNK {
            break;
        }
        after = rows.last().map(|r| r.0);
    }
    let last = builder.finish();
    insert(conn, &last)?;
    stored += last.len();
    diesel::delete(rollups_stale::table.filter(rollups_stale::datapoint_id.eq(datapoint_id)))
        .execute(conn)?;
    Ok(stored)
}

/// Whether a grid's range and every bucket edge fall on whole UTC hours, so each
/// hour lies wholly in one bucket.
pub fn covers(grid: &Grid) -> bool {
    let whole = |t: i64| t.rem_euclid(HOUR) == 0;
    if !whole(grid.from) || !whole(grid.to) {
        return false;
    }
    match grid.fixed {
        Some(width) => width % HOUR == 0 && grid.starts.first().is_none_or(|s| whole(*s)),
        None => grid.starts.iter().all(|s| whole(*s)) && whole(grid.end),
    }
}

/// Whether the rollups of `datapoint_id` cover all its values.
pub fn current(conn: &mut DbConnection, datapoint_id: i64) -> Result<bool, DbError> {
    let stale: Option<i64> = rollups_stale::table
        .filter(rollups_stale::datapoint_id.eq(datapoint_id))
        .select(rollups_stale::datapoint_id)
        .first(conn)
        .optional()?;
    Ok(stale.is_none())
}

fn hours(conn: &mut DbConnection, datapoint_id: i64, grid: &Grid) -> Result<Vec<Rollup>, DbError> {
    Ok(dr::table
        .filter(dr::datapoint_id.eq(datapoint_id))
        .filter(dr::hour.ge(grid.from))
        .filter(dr::hour.lt(grid.to))
        .order(dr::hour.asc())
        .select(Rollup::as_select())
        .load(conn)?)
}

/// Per bucket, what the hours in it add up to.
#[derive(Default, Clone, Copy)]
struct Bucket {
    count: i64,
    n: i64,
    sum: Sum,
    min: Option<f64>,
    max: Option<f64>,
    first: Option<f64>,
    last: Option<f64>,
}

impl Rollup {
    /// Whether a sum of the hour overflowed (see [`Open::close`]).
    fn overflowed(&self) -> bool {
        [self.sum, self.area2, self.up, self.drop_from, self.drop_to]
            .iter()
            .any(Option::is_none)
    }
}

/// `function` per bucket of `grid` (which [`covers`] whole hours) from the
/// rollups, equal to what the raw values give; `None` when an hour in the range
/// overflowed and the raw values must answer.
pub fn aggregate(
    conn: &mut DbConnection,
    datapoint_id: i64,
    grid: &Grid,
    function: Function,
    drop: CounterDrop,
) -> Result<Option<Vec<Option<f64>>>, DbError> {
    if matches!(
        function,
        Function::Integral | Function::Increase | Function::Rate
    ) {
        return along_the_line(conn, datapoint_id, grid, function, drop);
    }
    let hours = hours(conn, datapoint_id, grid)?;
    if hours.iter().any(Rollup::overflowed) {
        return Ok(None);
    }
    let mut buckets = vec![Bucket::default(); grid.starts.len()];
    for hour in hours {
        let Some(b) = grid.index_of(hour.hour).and_then(|i| buckets.get_mut(i)) else {
            continue;
        };
        b.count += hour.count;
        if hour.n == 0 {
            continue;
        }
        b.n += hour.n;
        b.sum.add(hour.sum.unwrap_or_default());
        b.min = hour.min.into_iter().chain(b.min).reduce(f64::min);
        b.max = hour.max.into_iter().chain(b.max).reduce(f64::max);
        b.first = b.first.or(hour.first_num);
        b.last = hour.last_num.or(b.last);
    }
    Ok(Some(
        buckets
            .iter()
            .map(|b| match function {
                Function::Count => (b.count > 0).then_some(b.count as f64),
                Function::Mean => (b.n > 0).then(|| b.sum.value() / b.n as f64),
                Function::Sum => (b.n > 0).then(|| b.sum.value()),
                Function::Min => b.min,
                Function::Max => b.max,
                Function::First => b.first,
                Function::Last => b.last,
                Function::Delta => Some(b.last? - b.first?),
                Function::Integral | Function::Increase | Function::Rate => None,
            })
            .collect(),
    ))
}

/// Integral, increase and rate: the line through the nearest raw point before
/// the range, each hour's first and last points with the pieces between them, and
/// the first raw point at or after the range's end.
fn along_the_line(
    conn: &mut DbConnection,
    datapoint_id: i64,
    grid: &Grid,
    function: Function,
    drop: CounterDrop,
) -> Result<Option<Vec<Option<f64>>>, DbError> {
    // Three reads that must see the same writes: one snapshot.
    conn.transaction(|conn| {
        if let DbConnection::Pg(_) = conn {
            use diesel::connection::SimpleConnection;
            conn.batch_execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")?;
        }
        line_in_snapshot(conn, datapoint_id, grid, function, drop)
    })
}

fn line_in_snapshot(
    conn: &mut DbConnection,
    datapoint_id: i64,
    grid: &Grid,
    function: Function,
    drop: CounterDrop,
) -> Result<Option<Vec<Option<f64>>>, DbError> {
    let numbers = || {
        dv::table
            .filter(dv::datapoint_id.eq(datapoint_id))
            .filter(dv::num.is_not_null())
            .select((dv::ts, dv::num))
    };
    let before: Option<(i64, Option<f64>)> = numbers()
        .filter(dv::ts.lt(grid.from))
        .order(dv::ts.desc())
        .first(conn)
        .optional()?;
    let inside = hours(conn, datapoint_id, grid)?;
    if inside.iter().any(Rollup::overflowed) {
        return Ok(None);
    }
    let next: Option<(i64, Option<f64>)> = numbers()
        .filter(dv::ts.ge(grid.to))
        .order(dv::ts.asc())
        .first(conn)
        .optional()?;
    let mut pieces = Pieces::new(grid, drop);
    if let Some((t, Some(v))) = before {
        pieces.push(t, v);
    }
    for h in &inside {
        if let (Some(t0), Some(v0), Some(t1), Some(v1)) =
            (h.first_ts, h.first_num, h.last_ts, h.last_num)
        {
            pieces.push_hour(&HourLine {
                first: (t0, v0),
                last: (t1, v1),
                area2: h.area2.unwrap_or_default(),
                up: h.up.unwrap_or_default(),
                drops: h.drops,
                drop_from: h.drop_from.unwrap_or_default(),
                drop_to: h.drop_to.unwrap_or_default(),
            });
        }
    }
    if let Some((t, Some(v))) = next {
        pieces.push(t, v);
    }
    Ok(Some(match function {
        Function::Increase => pieces.increases(),
        Function::Rate => pieces.rates(),
        _ => pieces.integrals(),
    }))
}

/// Rebuilds the rollups of `only` (or of every datapoint), one transaction per
/// datapoint; answers the datapoints and hours rebuilt.
pub fn rebuild_all(conn: &mut DbConnection, only: Option<i64>) -> Result<(usize, usize), DbError> {
    use crate::schema::datapoints;
    let ids: Vec<i64> = match only {
        Some(id) => datapoints::table
            .filter(datapoints::id.eq(id))
            .select(datapoints::id)
            .load(conn)?,
        None => datapoints::table
            .order(datapoints::id.asc())
            .select(datapoints::id)
            .load(conn)?,
    };
    if let (Some(id), true) = (only, ids.is_empty()) {
        return Err(DbError::NotFound(format!("datapoint {id}")));
    }
    let mut hours = 0;
    for id in &ids {
        let mut transaction = crate::raw_transaction::RawTransaction::begin(conn)?;
        lock(transaction.conn(), [*id])?;
        hours += rebuild(transaction.conn(), *id)?;
        transaction.commit()?;
    }
    Ok((ids.len(), hours))
}

#[cfg(test)]
#[path = "rollups_tests.rs"]
mod tests;
