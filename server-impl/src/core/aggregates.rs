//! Aggregate reads: one datapoint's buckets on an interval grid, and several
//! datapoints on one shared grid (a table). The request is checked whole (range,
//! size) before the grid is built or anything is read.

use super::{Core, CoreError, Limits};
use crate::core::timestamps;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use joule_db::queries::datapoints::datapoint_get;
use joule_db::queries::values as q;
use joule_db::timegrid::{self, Fill, Function, Grid, Interval};
use joule_db::{DbConnection, DbError};

/// What an aggregate read asks for. `to` is exclusive; `function` defaults to the
/// mean and `fill` to none.
#[derive(Debug, Clone, Copy)]
pub struct AggregateQuery {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub interval: Interval,
    pub function: Option<Function>,
    pub fill: Option<Fill>,
}

/// One datapoint aggregated on its grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Aggregate {
    pub datapoint_id: i64,
    /// The function applied (the default when none was asked for).
    pub function: Function,
    /// The IANA name of the time zone the grid follows.
    pub timezone: String,
    /// Bucket start and value (`None`: an empty bucket the fill left empty).
    pub buckets: Vec<(DateTime<Utc>, Option<f64>)>,
}

/// Several datapoints on one grid: a row per bucket kept, a column per datapoint.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeseries {
    pub timestamps: Vec<DateTime<Utc>>,
    pub series: Vec<Column>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub datapoint_id: i64,
    pub key: String,
    /// One value per row of [`Timeseries::timestamps`].
    pub values: Vec<Option<f64>>,
}

/// A query checked and read into the grid's terms (microseconds, defaults set).
#[derive(Debug, Clone, Copy)]
struct Checked {
    from: i64,
    to: i64,
    interval: Interval,
    function: Function,
    fill: Fill,
}

impl Checked {
    /// Checks the range and the size of a read of `series` datapoints (422, as
    /// for any grid that cannot be made), before anything is built.
    fn new(query: AggregateQuery, limits: &Limits, series: usize) -> Result<Checked, CoreError> {
        let from =
            timestamps::from_datetime(query.from).map_err(|e| CoreError::bad_input("from", e))?;
        let to = timestamps::end(query.to).map_err(|e| CoreError::bad_input("to", e))?;
        if to <= from {
            return Err(CoreError::invalid_field("to", "must be after from"));
        }
        limits
            .cells(from, to, query.interval, series)
            .map_err(|message| CoreError::invalid_field("interval", message))?;
        Ok(Checked {
            from,
            to,
            interval: query.interval,
            function: query.function.unwrap_or(Function::Mean),
            fill: query.fill.unwrap_or(Fill::None),
        })
    }

    /// The grid in the time zone of `datapoint_id`'s site (UTC without one).
    fn grid(&self, conn: &mut DbConnection, datapoint_id: i64) -> Result<(Grid, Tz), DbError> {
        let tz = site_timezone(conn, datapoint_id)?;
        let grid = Grid::new(self.from, self.to, self.interval, tz)
            .map_err(|message| DbError::invalid("interval", message))?;
        Ok((grid, tz))
    }
}

/// The time zone of the site of `datapoint_id`, UTC when it has none: days,
/// weeks and months are the site's local ones.
pub(super) fn site_timezone(conn: &mut DbConnection, datapoint_id: i64) -> Result<Tz, DbError> {
    Ok(q::datapoint_timezone(conn, datapoint_id)?
        .and_then(|name| name.parse::<Tz>().ok())
        .unwrap_or(Tz::UTC))
}

/// The rows of a table to keep: with the fill `none`, only those where some
/// column has a value; with any other fill, all.
fn kept_rows(fill: Fill, columns: &[Vec<(i64, Option<f64>)>], rows: usize) -> Vec<usize> {
    (0..rows)
        .filter(|&row| fill != Fill::None || columns.iter().any(|c| c[row].1.is_some()))
        .collect()
}

impl Core {
    /// The buckets of one datapoint on the grid of its site's time zone.
    pub async fn aggregate(&self, id: i64, query: AggregateQuery) -> Result<Aggregate, CoreError> {
        let checked = Checked::new(query, &self.limits, 1)?;
        let (buckets, tz) = self
            .db
            .run(move |c| {
                datapoint_get(c, id)?;
                let (grid, tz) = checked.grid(c, id)?;
                let values = q::aggregate(c, id, &grid, checked.function)?;
                Ok((timegrid::fill(&grid, &values, checked.fill), tz))
            })
            .await?;
        Ok(Aggregate {
            datapoint_id: id,
            function: checked.function,
            timezone: tz.name().to_string(),
            buckets: buckets
                .into_iter()
                .map(|(start, value)| (timestamps::to_datetime(start), value))
                .collect(),
        })
    }

    /// Several datapoints on the grid of the first one's site. With the fill
    /// `none`, a row is left out only when every column is empty there.
    pub async fn timeseries(
        &self,
        ids: Vec<i64>,
        query: AggregateQuery,
    ) -> Result<Timeseries, CoreError> {
        self.limits.datapoint_ids(&ids)?;
        let checked = Checked::new(query, &self.limits, ids.len())?;
        let (grid, keys, ids, columns) = self
            .db
            .run(move |c| {
                let mut keys = Vec::with_capacity(ids.len());
                for id in &ids {
                    keys.push(datapoint_get(c, *id)?.key);
                }
                let (grid, _) = checked.grid(c, ids[0])?;
                // Every column on the full grid; `none` drops all-empty rows below.
                let policy = if checked.fill == Fill::None {
                    Fill::Null
                } else {
                    checked.fill
                };
                let mut columns = Vec::with_capacity(ids.len());
                for id in &ids {
                    let values = q::aggregate(c, *id, &grid, checked.function)?;
                    columns.push(timegrid::fill(&grid, &values, policy));
                }
                Ok((grid, keys, ids, columns))
            })
            .await?;
        let keep = kept_rows(checked.fill, &columns, grid.starts.len());
        Ok(Timeseries {
            timestamps: keep
                .iter()
                .map(|&row| timestamps::to_datetime(grid.starts[row]))
                .collect(),
            series: ids
                .into_iter()
                .zip(keys)
                .zip(&columns)
                .map(|((datapoint_id, key), column)| Column {
                    datapoint_id,
                    key,
                    values: keep.iter().map(|&row| column[row].1).collect(),
                })
                .collect(),
        })
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
            function: None,
            fill: None,
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
        let checked = Checked::new(q, &Limits::default(), 1).unwrap();
        assert_eq!(checked.function, Function::Mean);
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
        assert!(Checked::new(q, &limits, 2).is_ok());
        match refused(Checked::new(q, &limits, 3)) {
            CoreError::Invalid { errors, .. } => {
                assert_eq!(errors[0].field, "interval");
                assert!(errors[0].message.contains("max_cells_per_request"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn no_fill_keeps_only_rows_with_a_value() {
        let columns = vec![
            vec![(0, Some(1.0)), (1, None), (2, None)],
            vec![(0, None), (1, None), (2, Some(2.0))],
        ];
        assert_eq!(kept_rows(Fill::None, &columns, 3), vec![0, 2]);
        assert_eq!(kept_rows(Fill::Null, &columns, 3), vec![0, 1, 2]);
    }
}
