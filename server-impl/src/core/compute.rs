//! `sum_ts = scale × (e1_ts + e2_ts)`, the KasemInterface operation: picks the
//! mode (a table, or two stored series), checks the request in the order of its
//! error codes, and leaves the arithmetic to [`super::derived`]. Input that cannot
//! be computed is a [`Rejection`] (a numbered code and a log line, which is what
//! callers of this operation read); only a failure of the server is a [`CoreError`].

use super::aggregates::site_timezone;
use super::derived::{self, Code, Rejection, Series};
use super::{Core, CoreError};
use crate::core::timestamps;
use chrono::{DateTime, Utc};
use joule_db::queries::{datapoints as dp, values};
use joule_db::series::CounterDrop;
use joule_db::timegrid::{Function, Grid, Interval};
use joule_db::DbError;
use serde_json::Value;

/// A sum request as given: every part optional, since what is missing decides
/// the answer's code.
#[derive(Debug, Clone, Default)]
pub struct SumRequest {
    /// `param.scale`: must be a finite JSON number.
    pub scale: Option<Value>,
    /// The table mode.
    pub table: Option<SumTable>,
    /// The datapoints mode, with `from`, `to` and `interval`.
    pub datapoints: Option<SumDatapoints>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub interval: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct SumTable {
    pub headers: Option<Vec<String>>,
    pub data: Option<Vec<Vec<Value>>>,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct SumDatapoints {
    pub e1: Option<i64>,
    pub e2: Option<i64>,
}

/// The outcome of a sum the server could work on: the series, or why the input
/// cannot be computed.
pub type Computed = Result<Series, Rejection>;

/// Why a computation stopped: the input, or the server.
enum Stop {
    Rejected(Rejection),
    Failed(CoreError),
}

impl From<Rejection> for Stop {
    fn from(r: Rejection) -> Self {
        Stop::Rejected(r)
    }
}

impl From<CoreError> for Stop {
    fn from(e: CoreError) -> Self {
        Stop::Failed(e)
    }
}

/// The checked window of the datapoints mode, in microseconds (`to` exclusive).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Window {
    from: i64,
    to: i64,
    interval: Interval,
}

impl Core {
    /// Computes the sum, or says why the input cannot be summed (`Ok(Err(_))`).
    pub async fn compute_sum(&self, request: SumRequest) -> Result<Computed, CoreError> {
        match self.sum(request).await {
            Ok(series) => Ok(Ok(series)),
            Err(Stop::Rejected(r)) => Ok(Err(r)),
            Err(Stop::Failed(e)) => Err(e),
        }
    }

    async fn sum(&self, request: SumRequest) -> Result<Series, Stop> {
        match (request.table, request.datapoints) {
            (Some(table), None) => {
                let scale = derived::scale(request.scale.as_ref())?;
                Ok(derived::sum_table(
                    scale,
                    table.headers.as_deref(),
                    table.data.as_deref(),
                )?)
            }
            (None, Some(ids)) => {
                let scale = derived::scale(request.scale.as_ref())?;
                let e1 = id(ids.e1, derived::E1)?;
                let e2 = id(ids.e2, derived::E2)?;
                let window = window(request.from, request.to, request.interval.as_deref())?;
                // Both series on one grid: two values a bucket.
                self.limits
                    .cells(window.from, window.to, window.interval, 2)
                    .map_err(|log| Rejection::new(Code::Window, log))?;
                self.sum_datapoints(scale, e1, e2, window).await
            }
            (None, None) => Err(Rejection::new(
                Code::Mode,
                "give one of scalar (a table) or datapoints (two series); neither was given",
            )
            .into()),
            (Some(_), Some(_)) => Err(Rejection::new(
                Code::Mode,
                "give one of scalar (a table) or datapoints (two series), not both",
            )
            .into()),
        }
    }

    /// Aggregates both series by the mean on one grid, then sums the common buckets.
    async fn sum_datapoints(
        &self,
        scale: f64,
        e1: i64,
        e2: i64,
        window: Window,
    ) -> Result<Series, Stop> {
        let (a, b) = self
            .db
            .run(move |c| {
                for (name, id) in [(derived::E1, e1), (derived::E2, e2)] {
                    if let Some(r) = missing(dp::datapoint_get(c, id), name, id)? {
                        return Ok(Err(r));
                    }
                }
                // Days, weeks and months follow e1_ts's site, as a multi-series read
                // follows its first datapoint's, so both series share one grid.
                let tz = site_timezone(c, e1)?;
                let grid = match Grid::new(window.from, window.to, window.interval, tz) {
                    Ok(grid) => grid,
                    Err(e) => return Ok(Err(Rejection::new(Code::Window, e))),
                };
                let on_grid = |means: Vec<Option<f64>>| -> Vec<(i64, Option<f64>)> {
                    grid.starts.iter().copied().zip(means).collect()
                };
                let a = on_grid(values::aggregate(
                    c,
                    e1,
                    &grid,
                    Function::Mean,
                    CounterDrop::Reset,
                )?);
                let b = on_grid(values::aggregate(
                    c,
                    e2,
                    &grid,
                    Function::Mean,
                    CounterDrop::Reset,
                )?);
                Ok(Ok((a, b)))
            })
            .await??;
        Ok(derived::sum_aligned(scale, &a, &b)?)
    }
}

/// A datapoint that does not exist is the input's fault (code 7), any other
/// storage error the server's.
fn missing<T>(
    found: Result<T, DbError>,
    name: &str,
    id: i64,
) -> Result<Option<Rejection>, DbError> {
    match found {
        Ok(_) => Ok(None),
        Err(DbError::NotFound(_)) => Ok(Some(Rejection::new(
            Code::Datapoint,
            format!("datapoints.{name}: datapoint {id} does not exist"),
        ))),
        Err(e) => Err(e),
    }
}

fn id(given: Option<i64>, name: &str) -> Result<i64, Rejection> {
    given.ok_or_else(|| {
        Rejection::new(
            Code::Datapoint,
            format!("datapoints.{name} is missing; give a datapoint id"),
        )
    })
}

/// Checks `from`, `to` and `interval` (code 8). A date that is not RFC 3339 never
/// gets here: the door that read the request refused it already.
fn window(
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
    interval: Option<&str>,
) -> Result<Window, Rejection> {
    let bad = |log: String| Rejection::new(Code::Window, log);
    let instant = |at: Option<DateTime<Utc>>, name: &str| {
        let at = at.ok_or_else(|| bad(format!("{name} is missing; give an RFC 3339 date-time")))?;
        timestamps::from_datetime(at).map_err(|e| bad(format!("{name}: {e}")))
    };
    let from = instant(from, "from")?;
    let to = instant(to, "to")?;
    if to <= from {
        return Err(bad("to must be after from".into()));
    }
    let interval = interval.ok_or_else(|| {
        bad("interval is missing; give one of 1m, 5m, 15m, 30m, 1h, 6h, 1d, 1w, 1mo".into())
    })?;
    let interval = Interval::parse(interval).ok_or_else(|| {
        bad(format!(
            "interval {interval:?} is not one of 1m, 5m, 15m, 30m, 1h, 6h, 1d, 1w, 1mo"
        ))
    })?;
    Ok(Window { from, to, interval })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<DateTime<Utc>> {
        Some(text.parse().unwrap())
    }

    fn refused(outcome: Result<Window, Rejection>) -> Rejection {
        match outcome {
            Ok(w) => panic!("accepted {w:?}"),
            Err(r) => r,
        }
    }

    #[test]
    fn a_window_needs_a_forward_range_and_a_known_interval() {
        let (from, to) = (at("2026-01-01T00:00:00Z"), at("2026-01-01T01:00:00Z"));
        assert_eq!(
            window(from, to, Some("15m")),
            Ok(Window {
                from: 1_767_225_600_000_000,
                to: 1_767_229_200_000_000,
                interval: Interval::Minutes(15),
            })
        );
        let r = refused(window(None, to, Some("15m")));
        assert_eq!(r.code, Code::Window);
        assert_eq!(r.log, "from is missing; give an RFC 3339 date-time");
        assert_eq!(
            refused(window(to, from, Some("15m"))).log,
            "to must be after from"
        );
        assert_eq!(
            refused(window(from, to, Some("2h"))).log,
            "interval \"2h\" is not one of 1m, 5m, 15m, 30m, 1h, 6h, 1d, 1w, 1mo"
        );
        assert_eq!(refused(window(from, to, None)).code, Code::Window);
    }

    #[test]
    fn a_missing_id_is_code_7() {
        assert_eq!(id(Some(4), derived::E1), Ok(4));
        let r = id(None, derived::E2).unwrap_err();
        assert_eq!(r.code, Code::Datapoint);
        assert_eq!(r.log, "datapoints.e2_ts is missing; give a datapoint id");
    }
}
