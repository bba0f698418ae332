//! Rollup-backed aggregates against the raw computation, on random series after
//! random writes (through the group-commit writer), rewrites and deletes, on
//! SQLite and (with JOULE_TEST_POSTGRES_URL) PostgreSQL.

use super::*;
use crate::committed::Source;
use crate::connection::{connect, migrate, Pool, PoolOptions};
use crate::queries::values::{aggregate as read, values_delete};
use crate::timegrid::Interval;
use crate::writer::{ValueWriter, BACKLOG};
use chrono_tz::Tz;
use diesel::connection::SimpleConnection;
use diesel::PgConnection;
use proptest::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};

const MINUTE: i64 = 60_000_000;
const DP: i64 = 1;

/// A migrated database of its own (a new PostgreSQL database, dropped at the end).
struct Db {
    pool: Pool,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl Db {
    fn sqlite() -> Db {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}", dir.path().join("joule.db").display());
        Db::migrated(&url, Some(dir), None)
    }

    fn postgres() -> Option<Db> {
        let admin_url = std::env::var("JOULE_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())?;
        let name = format!(
            "joule_rollups_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let mut admin = PgConnection::establish(&admin_url).expect("PostgreSQL");
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create database");
        let base = admin_url
            .rsplit_once('/')
            .map_or(admin_url.as_str(), |(b, _)| b);
        let url = format!("{base}/{name}");
        Some(Db::migrated(&url, None, Some((admin_url.clone(), name))))
    }

    fn migrated(
        url: &str,
        dir: Option<tempfile::TempDir>,
        postgres: Option<(String, String)>,
    ) -> Db {
        let pool = connect(url, &PoolOptions::default()).expect("pool");
        migrate(&pool).expect("migrations");
        pool.get()
            .expect("connection")
            .batch_execute(
                "INSERT INTO datapoints (id, key, type, data_format, allowed_values, created_at, updated_at) \
                 VALUES (1, 'a', 'sensor', 'generic_numeric', '[]', 0, 0)",
            )
            .expect("datapoint");
        Db {
            pool,
            _dir: dir,
            postgres,
        }
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = &self.postgres {
            if let Ok(mut admin) = PgConnection::establish(admin_url) {
                let _ =
                    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Op {
    /// Points at (minute offset, seconds, value); `None` stores a text value.
    Write(Vec<(i64, i64, Option<f64>)>),
    /// Deletes `[from, to)` minutes (with seconds).
    Delete(i64, i64),
}

fn op() -> impl Strategy<Value = Op> {
    // Values in quarters: their sums are exact, so the simple functions must agree
    // to the bit.
    let value = prop_oneof![
        9 => (-40i64..4000).prop_map(|q| Some(q as f64 / 4.0)),
        1 => Just(None),
    ];
    let point = (0i64..72 * 60, 0i64..60, value);
    prop_oneof![
        4 => proptest::collection::vec(point, 1..80).prop_map(Op::Write),
        1 => (0i64..72 * 60, 0i64..72 * 60).prop_map(|(a, b)| Op::Delete(a.min(b), a.max(b) + 1)),
    ]
}

fn apply(db: &Db, writer: &ValueWriter, runtime: &tokio::runtime::Runtime, op: &Op) {
    match op {
        Op::Write(points) => {
            let points = points
                .iter()
                .map(|&(m, s, v)| Point {
                    datapoint_id: DP,
                    ts: m * MINUTE + s * 1_000_000,
                    num: v,
                    txt: v.is_none().then(|| "on".to_string()),
                })
                .collect();
            runtime
                .block_on(writer.write(points, Source::Http))
                .expect("write");
        }
        Op::Delete(from, to) => {
            let mut conn = db.pool.get().expect("connection");
            values_delete(&mut conn, DP, (from * MINUTE + 7_000_000, to * MINUTE)).expect("delete");
        }
    }
}

/// Equal, NaN equal to NaN (both paths overflow alike).
fn same(a: f64, b: f64) -> bool {
    a == b || (a.is_nan() && b.is_nan())
}

fn close(a: f64, b: f64) -> bool {
    same(a, b) || (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

const FUNCTIONS: [Function; 11] = [
    Function::Mean,
    Function::Min,
    Function::Max,
    Function::Sum,
    Function::Count,
    Function::First,
    Function::Last,
    Function::Delta,
    Function::Integral,
    Function::Increase,
    Function::Rate,
];

/// Every function on `grid`, from the rollups and then raw (the datapoint marked
/// stale), compared; and the rollups kept up to date equal rebuilt ones.
fn compare(db: &Db, grid: &Grid, drop: CounterDrop) -> Result<(), TestCaseError> {
    let mut conn = db.pool.get().expect("connection");
    prop_assert!(covers(grid));
    for function in FUNCTIONS {
        let rolled = read(&mut conn, DP, grid, function, drop).expect("rollup read");
        conn.batch_execute("INSERT INTO rollups_stale (datapoint_id) VALUES (1)")
            .expect("stale");
        let raw = read(&mut conn, DP, grid, function, drop).expect("raw read");
        conn.batch_execute("DELETE FROM rollups_stale")
            .expect("current");
        prop_assert_eq!(rolled.len(), raw.len());
        for (i, (r, w)) in rolled.iter().zip(&raw).enumerate() {
            let line = matches!(
                function,
                Function::Integral | Function::Increase | Function::Rate
            );
            match (r, w) {
                (Some(r), Some(w)) if line => {
                    prop_assert!(
                        close(*r, *w),
                        "{:?} bucket {}: {} vs raw {}",
                        function,
                        i,
                        r,
                        w
                    )
                }
                (Some(r), Some(w)) => {
                    prop_assert!(
                        same(*r, *w),
                        "{:?} bucket {}: {} vs raw {}",
                        function,
                        i,
                        r,
                        w
                    )
                }
                _ => prop_assert_eq!(r, w, "{:?} bucket {}", function, i),
            }
        }
    }
    Ok(())
}

fn kept(conn: &mut DbConnection) -> Vec<Rollup> {
    dr::table
        .order(dr::hour.asc())
        .select(Rollup::as_select())
        .load(conn)
        .expect("rollups")
}

fn clean_then_check(
    db: &Db,
    ops: &[Op],
    first: i64,
    hours: i64,
    rollover: bool,
) -> Result<(), TestCaseError> {
    db.pool
        .get()
        .expect("connection")
        .batch_execute("DELETE FROM datapoint_values; DELETE FROM datapoint_rollups")
        .expect("clean");
    check(db, ops, first, hours, rollover)
}

/// Applies `ops`, then compares on grids over `[first, first + hours)` hours.
fn check(db: &Db, ops: &[Op], first: i64, hours: i64, rollover: bool) -> Result<(), TestCaseError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (hub, _) = tokio::sync::broadcast::channel(BACKLOG);
    let writer = runtime.block_on(async { ValueWriter::start(db.pool.clone(), 1, hub) });
    for op in ops {
        apply(db, &writer, &runtime, op);
    }
    let drop = if rollover {
        CounterDrop::Rollover(1000.0)
    } else {
        CounterDrop::Reset
    };
    let (from, to) = (first * HOUR, (first + hours) * HOUR);
    for interval in [Interval::Hours(1), Interval::Hours(6), Interval::Day] {
        compare(
            db,
            &Grid::new(from, to, interval, Tz::UTC).expect("grid"),
            drop,
        )?;
    }
    // Local days of a whole-hour zone; the range as one bucket.
    let berlin = Grid::new(0, 72 * HOUR, Interval::Day, Tz::Europe__Berlin).expect("grid");
    compare(db, &berlin, drop)?;
    let one = Grid {
        from,
        to,
        starts: vec![from],
        end: to,
        fixed: None,
    };
    compare(db, &one, drop)?;
    let mut conn = db.pool.get().expect("connection");
    let maintained = kept(&mut conn);
    rebuild_all(&mut conn, None).expect("rebuild");
    prop_assert_eq!(maintained, kept(&mut conn), "kept up to date = rebuilt");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn rollups_answer_as_the_raw_values_do(
        ops in proptest::collection::vec(op(), 1..8),
        first in -2i64..40,
        hours in 1i64..36,
        rollover in any::<bool>(),
    ) {
        thread_local! { static SQLITE: Db = Db::sqlite(); }
        SQLITE.with(|db| clean_then_check(db, &ops, first, hours, rollover))?;
        thread_local! { static POSTGRES: Option<Db> = Db::postgres(); }
        POSTGRES.with(|db| match db {
            Some(db) => clean_then_check(db, &ops, first, hours, rollover),
            None => Ok(()),
        })?;
    }
}

#[test]
fn a_stale_datapoint_is_read_raw_until_rebuilt() {
    let db = Db::sqlite();
    let mut conn = db.pool.get().expect("connection");
    // Values stored without their rollups, as before the rollups existed.
    conn.batch_execute(
        "INSERT INTO datapoint_values (datapoint_id, ts, num) VALUES (1, 0, 2.0), (1, 60000000, 4.0); \
         INSERT INTO rollups_stale (datapoint_id) VALUES (1)",
    )
    .expect("values");
    let grid = Grid::new(0, HOUR, Interval::Hours(1), Tz::UTC).expect("grid");
    let mean = |conn: &mut DbConnection| read(conn, DP, &grid, Function::Mean, CounterDrop::Reset);
    assert_eq!(mean(&mut conn).expect("read"), vec![Some(3.0)]);
    assert!(kept(&mut conn).is_empty());
    assert_eq!(rebuild_all(&mut conn, None).expect("rebuild"), (1, 1));
    assert!(current(&mut conn, DP).expect("current"));
    assert_eq!(mean(&mut conn).expect("read"), vec![Some(3.0)]);
    assert_eq!(kept(&mut conn)[0].count, 2);
}

#[test]
fn an_hour_whose_sums_overflow_is_read_raw() {
    let db = Db::sqlite();
    let mut conn = db.pool.get().expect("connection");
    conn.batch_execute(
        "INSERT INTO datapoint_values (datapoint_id, ts, num) \
         VALUES (1, 0, 1.7e308), (1, 60000000, 1.7e308), (1, 7200000000, 1.0)",
    )
    .expect("values");
    rebuild_all(&mut conn, None).expect("rebuild");
    assert!(kept(&mut conn)[0].overflowed());
    let grid = Grid::new(0, 3 * HOUR, Interval::Hours(3), Tz::UTC).expect("grid");
    let sum = read(&mut conn, DP, &grid, Function::Sum, CounterDrop::Reset).expect("read");
    assert_eq!(sum, vec![Some(f64::INFINITY)]);
    drop(conn);
    check(&db, &[], 0, 3, false).expect("every function as raw");
}
