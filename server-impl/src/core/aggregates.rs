//! Aggregate reads: one datapoint's buckets on an interval grid, and several
//! datapoints on one shared grid (a table), each with one or more functions. The
//! request is checked whole (functions, zone, range, size) before the grid is
//! built or anything is read.

use super::{Core, CoreError, Limits};
use crate::core::timestamps;
use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;
use joule_db::models::Datapoint;
use joule_db::queries::datapoints::datapoint_get;
use joule_db::queries::values as q;
use joule_db::series::CounterDrop;
use joule_db::timegrid::{self, Fill, Function, Grid, Interval};
use joule_db::{DatapointKind, DbConnection, DbError};

/// What an aggregate read asks for. `to` is exclusive; `functions` defaults to
/// the mean, `fill` to none and `tz` to the zone of the (first) datapoint's site.
#[derive(Debug, Clone)]
pub struct AggregateQuery {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub interval: Interval,
    pub functions: Vec<Function>,
    pub fill: Option<Fill>,
    /// An IANA zone name overriding the site's.
    pub tz: Option<String>,
}

/// One datapoint aggregated on its grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Aggregate {
    pub datapoint_id: i64,
    /// The functions applied, in the order of each bucket's values (the default
    /// when none was asked for).
    pub functions: Vec<Function>,
    /// The IANA name of the time zone the grid follows.
    pub timezone: String,
    /// Bucket label and one value per function (`None`: an empty bucket the fill
    /// left empty).
    pub buckets: Vec<(DateTime<FixedOffset>, Vec<Option<f64>>)>,
}

/// Several datapoints on one grid: a row per bucket kept, a column per datapoint
/// and function.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeseries {
    pub timestamps: Vec<DateTime<FixedOffset>>,
    pub series: Vec<Column>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub datapoint_id: i64,
    pub key: String,
    pub function: Function,
    /// One value per row of [`Timeseries::timestamps`].
    pub values: Vec<Option<f64>>,
}

/// A query checked and read into the grid's terms (microseconds, defaults set).
#[derive(Debug, Clone)]
struct Checked {
    from: i64,
    to: i64,
    interval: Interval,
    functions: Vec<Function>,
    fill: Fill,
    tz: Option<Tz>,
}

/// The zone named by `tz`: an IANA name (422 naming `tz` otherwise).
fn zone(tz: &str) -> Result<Tz, CoreError> {
    tz.parse::<Tz>().map_err(|_| {
        CoreError::invalid_field(
            "tz",
            format!("'{tz}' is not an IANA time zone name (such as Europe/Berlin)"),
        )
    })
}

impl Checked {
    /// Checks the functions, the zone, the range and the size of a read of
    /// `series` datapoints (422, as for any grid that cannot be made), before
    /// anything is built.
    fn new(query: AggregateQuery, limits: &Limits, series: usize) -> Result<Checked, CoreError> {
        let mut functions = query.functions;
        if functions.is_empty() {
            functions.push(Function::Mean);
        }
        for (i, f) in functions.iter().enumerate() {
            if functions[..i].contains(f) {
                return Err(CoreError::bad_input(
                    "function",
                    format!("function '{}' is listed twice", f.as_str()),
                ));
            }
        }
        let tz = query.tz.as_deref().map(zone).transpose()?;
        let from =
            timestamps::from_datetime(query.from).map_err(|e| CoreError::bad_input("from", e))?;
        let to = timestamps::end(query.to).map_err(|e| CoreError::bad_input("to", e))?;
        if to <= from {
            return Err(CoreError::invalid_field("to", "must be after from"));
        }
        limits
            .cells(from, to, query.interval, series * functions.len())
            .map_err(|message| CoreError::invalid_field("interval", message))?;
        Ok(Checked {
            from,
            to,
            interval: query.interval,
            functions,
            fill: query.fill.unwrap_or(Fill::None),
            tz,
        })
    }

    /// The grid in the asked zone, or that of `datapoint_id`'s site (UTC without one).
    fn grid(&self, conn: &mut DbConnection, datapoint_id: i64) -> Result<(Grid, Tz), DbError> {
        let tz = match self.tz {
            Some(tz) => tz,
            None => site_timezone(conn, datapoint_id)?,
        };
        let grid = Grid::new(self.from, self.to, self.interval, tz)
            .map_err(|message| DbError::invalid("interval", message))?;
        Ok((grid, tz))
    }

    /// The label of a bucket starting at `start`: local days, weeks and months
    /// in the zone's offset, shorter buckets in UTC.
    fn label(&self, start: i64, tz: Tz) -> DateTime<FixedOffset> {
        let at = timestamps::to_datetime(start);
        match self.interval {
            Interval::Day | Interval::Week | Interval::Month => {
                at.with_timezone(&tz).fixed_offset()
            }
            Interval::Minutes(_) | Interval::Hours(_) => at.fixed_offset(),
        }
    }
}

/// Counter functions suit counters only: on a gauge they would read every fall
/// as a reset.
fn suits(datapoint: &Datapoint, functions: &[Function]) -> Result<(), DbError> {
    match functions
        .iter()
        .find(|f| matches!(f, Function::Increase | Function::Rate))
    {
        Some(f) if datapoint.kind != DatapointKind::Counter => Err(DbError::invalid(
            "function",
            format!(
                "{} applies to counters; datapoint {} is a {} (set its kind to counter, \
                 or use delta)",
                f.as_str(),
                datapoint.id,
                datapoint.kind
            ),
        )),
        _ => Ok(()),
    }
}

/// The time zone of the site of `datapoint_id`, UTC when it has none: days,
/// weeks and months are the site's local ones.
pub(super) fn site_timezone(conn: &mut DbConnection, datapoint_id: i64) -> Result<Tz, DbError> {
    Ok(q::datapoint_timezone(conn, datapoint_id)?
        .and_then(|name| name.parse::<Tz>().ok())
        .unwrap_or(Tz::UTC))
}

/// One datapoint's columns on `grid`, one per function, every bucket kept (empty
/// ones `None`, but `count`, which is 0 there).
fn columns(
    conn: &mut DbConnection,
    datapoint: &Datapoint,
    grid: &Grid,
    functions: &[Function],
) -> Result<Vec<Vec<Option<f64>>>, DbError> {
    let drop = CounterDrop::new(datapoint.counter_max);
    functions
        .iter()
        .map(|&function| q::aggregate(conn, datapoint.id, grid, function, drop))
        .collect()
}

/// The rows of a table to keep: with the fill `none`, only those where some
/// column has a value; with any other fill, all.
fn kept_rows(fill: Fill, columns: &[Vec<Option<f64>>], rows: usize) -> Vec<usize> {
    (0..rows)
        .filter(|&row| fill != Fill::None || columns.iter().any(|c| c[row].is_some()))
        .collect()
}

/// Fills the empty buckets of each column (`count` is 0 there), after the rows to
/// keep were chosen from what was read.
fn filled(
    grid: &Grid,
    fill: Fill,
    functions: impl Iterator<Item = Function>,
    columns: Vec<Vec<Option<f64>>>,
) -> Vec<Vec<Option<f64>>> {
    let policy = if fill == Fill::None { Fill::Null } else { fill };
    columns
        .into_iter()
        .zip(functions)
        .map(|(mut column, function)| {
            if function == Function::Count {
                column.iter_mut().for_each(|v| *v = Some(v.unwrap_or(0.0)));
            }
            timegrid::fill(grid, &column, policy)
                .into_iter()
                .map(|(_, v)| v)
                .collect()
        })
        .collect()
}

impl Core {
    /// The buckets of one datapoint on the grid of its site's time zone (or `tz`).
    pub async fn aggregate(&self, id: i64, query: AggregateQuery) -> Result<Aggregate, CoreError> {
        let checked = Checked::new(query, &self.limits, 1)?;
        let functions = checked.functions.clone();
        let (buckets, tz) = self
            .db
            .run(move |c| {
                let datapoint = datapoint_get(c, id)?;
                suits(&datapoint, &checked.functions)?;
                let (grid, tz) = checked.grid(c, id)?;
                let read = columns(c, &datapoint, &grid, &checked.functions)?;
                let keep = kept_rows(checked.fill, &read, grid.starts.len());
                let values = filled(&grid, checked.fill, checked.functions.iter().copied(), read);
                let buckets = keep
                    .into_iter()
                    .map(|row| {
                        let label = checked.label(grid.starts[row], tz);
                        (label, values.iter().map(|column| column[row]).collect())
                    })
                    .collect::<Vec<_>>();
                Ok((buckets, tz))
            })
            .await?;
        Ok(Aggregate {
            datapoint_id: id,
            functions,
            timezone: tz.name().to_string(),
            buckets,
        })
    }

    /// Several datapoints on the grid of the first one's site (or `tz`). With the
    /// fill `none`, a row is left out only when every column is empty there.
    pub async fn timeseries(
        &self,
        ids: Vec<i64>,
        query: AggregateQuery,
    ) -> Result<Timeseries, CoreError> {
        self.limits.datapoint_ids(&ids)?;
        let checked = Checked::new(query, &self.limits, ids.len())?;
        self.db
            .run(move |c| {
                let mut datapoints = Vec::with_capacity(ids.len());
                for id in &ids {
                    let datapoint = datapoint_get(c, *id)?;
                    suits(&datapoint, &checked.functions)?;
                    datapoints.push(datapoint);
                }
                let (grid, tz) = checked.grid(c, ids[0])?;
                let mut read = Vec::with_capacity(ids.len() * checked.functions.len());
                for datapoint in &datapoints {
                    read.extend(columns(c, datapoint, &grid, &checked.functions)?);
                }
                let keep = kept_rows(checked.fill, &read, grid.starts.len());
                let functions = datapoints
                    .iter()
                    .flat_map(|_| checked.functions.iter().copied());
                let values = filled(&grid, checked.fill, functions, read);
                let heads = datapoints.iter().flat_map(|d| {
                    checked
                        .functions
                        .iter()
                        .map(move |&function| (d.id, d.key.clone(), function))
                });
                Ok(Timeseries {
                    timestamps: keep
                        .iter()
                        .map(|&row| checked.label(grid.starts[row], tz))
                        .collect(),
                    series: heads
                        .zip(values)
                        .map(|((datapoint_id, key, function), column)| Column {
                            datapoint_id,
                            key,
                            function,
                            values: keep.iter().map(|&row| column[row]).collect(),
                        })
                        .collect(),
                })
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn query(from: &str, to: &str, interval: Interval) -> AggregateQuery {
        AggregateQuery {
            from: at(from),
            to: at(to),
            interval,
            functions: Vec::new(),
            fill: None,
            tz: None,
        }
    }

    fn refused(outcome: Result<Checked, CoreError>) -> CoreError {
        match outcome {
            Ok(checked) => panic!("accepted {checked:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn defaults_are_the_mean_and_no_fill() {
        let q = query(
            "2026-01-01T00:00:00Z",
            "2026-01-02T00:00:00Z",
            Interval::Day,
        );
        let checked = Checked::new(q.clone(), &Limits::default(), 1).unwrap();
        assert_eq!(checked.functions, vec![Function::Mean]);
        assert_eq!(checked.fill, Fill::None);
        assert_eq!(checked.to - checked.from, 86_400_000_000);
    }

    #[test]
    fn the_range_must_be_forward_and_stored() {
        let q = query(
            "2026-01-02T00:00:00Z",
            "2026-01-02T00:00:00Z",
            Interval::Day,
        );
        assert_eq!(
            refused(Checked::new(q, &Limits::default(), 1)),
            CoreError::invalid_field("to", "must be after from")
        );
        let q = query(
            "1969-12-31T00:00:00Z",
            "2026-01-02T00:00:00Z",
            Interval::Day,
        );
        assert!(matches!(
            refused(Checked::new(q, &Limits::default(), 1)),
            CoreError::BadInput { field, .. } if field == "from"
        ));
    }

    #[test]
    fn the_cell_limit_counts_every_series() {
        let limits = Limits {
            max_cells: 48,
            ..Limits::default()
        };
        let q = query(
            "2026-01-01T00:00:00Z",
            "2026-01-02T00:00:00Z",
            Interval::Hours(1),
        );
        assert!(Checked::new(q.clone(), &limits, 2).is_ok());
        let two = AggregateQuery {
            functions: vec![Function::Min, Function::Max],
            ..q.clone()
        };
        assert!(Checked::new(two.clone(), &limits, 1).is_ok());
        assert!(
            Checked::new(two, &limits, 2).is_err(),
            "functions count as columns"
        );
        match refused(Checked::new(q, &limits, 3)) {
            CoreError::Invalid { errors, .. } => {
                assert_eq!(errors[0].field, "interval");
                assert!(errors[0].message.contains("max_cells_per_request"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn functions_once_each_and_zones_by_name() {
        let q = query(
            "2026-01-01T00:00:00Z",
            "2026-01-02T00:00:00Z",
            Interval::Day,
        );
        let twice = AggregateQuery {
            functions: vec![Function::Min, Function::Min],
            ..q.clone()
        };
        assert!(matches!(
            refused(Checked::new(twice, &Limits::default(), 1)),
            CoreError::BadInput { field, .. } if field == "function"
        ));
        let unknown = AggregateQuery {
            tz: Some("Mars/Olympus".into()),
            ..q.clone()
        };
        match refused(Checked::new(unknown, &Limits::default(), 1)) {
            CoreError::Invalid { errors, .. } => assert_eq!(errors[0].field, "tz"),
            other => panic!("{other:?}"),
        }
        let berlin = AggregateQuery {
            tz: Some("Europe/Berlin".into()),
            ..q
        };
        let checked = Checked::new(berlin, &Limits::default(), 1).unwrap();
        let start = timestamps::from_datetime(at("2026-11-29T23:00:00Z")).unwrap();
        assert_eq!(
            checked.label(start, checked.tz.unwrap()).to_rfc3339(),
            "2026-11-30T00:00:00+01:00"
        );
    }

    #[test]
    fn count_is_zero_where_nothing_was_read() {
        let grid = Grid::new(0, 3 * 3_600_000_000, Interval::Hours(1), Tz::UTC).unwrap();
        let read = vec![
            vec![Some(2.0), None, Some(1.0)],
            vec![Some(5.0), None, None],
        ];
        let functions = [Function::Count, Function::Mean].into_iter();
        let out = filled(&grid, Fill::Previous, functions, read);
        assert_eq!(out[0], vec![Some(2.0), Some(0.0), Some(1.0)]);
        assert_eq!(out[1], vec![Some(5.0), Some(5.0), Some(5.0)]);
    }

    #[test]
    fn no_fill_keeps_only_rows_with_a_value() {
        let columns = vec![vec![Some(1.0), None, None], vec![None, None, Some(2.0)]];
        assert_eq!(kept_rows(Fill::None, &columns, 3), vec![0, 2]);
        assert_eq!(kept_rows(Fill::Null, &columns, 3), vec![0, 1, 2]);
    }
}
