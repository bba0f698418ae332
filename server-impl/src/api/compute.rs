//! `POST /compute/sum`: picks the mode, checks the request in the order of its
//! error codes, and leaves the arithmetic to [`crate::derived`]. A request that
//! cannot be computed is a 422 carrying a `SumResult` (code and log), not a
//! problem document, because KasemInterface reads `error` and `log`.

use super::JouleApi;
use crate::derived::{self, Code, Rejection, Series};
use crate::problem::{problem_variants, respond, Failure};
use crate::timestamps;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use joule_api::{models, ComputeSumResponse};
use joule_db::queries::{datapoints as dp, values};
use joule_db::timegrid::{Function, Grid, Interval};
use joule_db::DbError;
use swagger::ApiError;

problem_variants! {
    ComputeSumResponse { 400 => BadRequest, 413 => PayloadTooLarge, 503 => Unavailable }
}

/// Why a computation stopped: the input (422 with a code) or the server (problem).
enum Stop {
    Rejected(Rejection),
    Failed(Failure),
}

impl From<Rejection> for Stop {
    fn from(r: Rejection) -> Self {
        Stop::Rejected(r)
    }
}

impl From<Failure> for Stop {
    fn from(f: Failure) -> Self {
        Stop::Failed(f)
    }
}

/// The checked window of the datapoints mode, in microseconds (`to` exclusive).
struct Window {
    from: i64,
    to: i64,
    interval: Interval,
}

impl JouleApi {
    pub(super) async fn compute_sum_impl(
        &self,
        body: models::SumRequest,
    ) -> Result<ComputeSumResponse, ApiError> {
        match self.compute_sum(body).await {
            Ok(series) => Ok(ComputeSumResponse::Ok(models::SumResult {
                scalar: Some(models::SumOutput {
                    headers: derived::OUTPUT_HEADERS.map(String::from).to_vec(),
                    data: series.rows,
                }),
                error: 0,
                log: series.log,
            })),
            Err(Stop::Rejected(r)) => Ok(ComputeSumResponse::Unprocessable(models::SumResult {
                scalar: None,
                error: r.code.number(),
                log: r.log,
            })),
            Err(Stop::Failed(f)) => respond(Err(f)),
        }
    }

    async fn compute_sum(&self, body: models::SumRequest) -> Result<Series, Stop> {
        let scale = body.param.as_ref().and_then(|p| p.scale.as_ref());
        match (body.scalar, body.datapoints) {
            (Some(table), None) => {
                let scale = derived::scale(scale)?;
                Ok(derived::sum_table(
                    scale,
                    table.headers.as_deref(),
                    table.data.as_deref(),
                )?)
            }
            (None, Some(ids)) => {
                let scale = derived::scale(scale)?;
                let e1 = id(ids.e1_ts, derived::E1)?;
                let e2 = id(ids.e2_ts, derived::E2)?;
                let window = window(body.from, body.to, body.interval.as_deref())?;
                // Both series on one grid: two values a bucket.
                self.core
                    .limits
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
            .db(move |c| {
                for (name, id) in [(derived::E1, e1), (derived::E2, e2)] {
                    if let Some(r) = missing(dp::datapoint_get(c, id), name, id)? {
                        return Ok(Err(r));
                    }
                }
                // Days, weeks and months follow e1_ts's site, as /timeseries follows
                // its first datapoint's, so both series share one grid.
                let tz = values::datapoint_timezone(c, e1)?
                    .and_then(|name| name.parse::<Tz>().ok())
                    .unwrap_or(Tz::UTC);
                let grid = match Grid::new(window.from, window.to, window.interval, tz) {
                    Ok(grid) => grid,
                    Err(e) => return Ok(Err(Rejection::new(Code::Window, e))),
                };
                let on_grid = |means: Vec<Option<f64>>| -> Vec<(i64, Option<f64>)> {
                    grid.starts.iter().copied().zip(means).collect()
                };
                let a = on_grid(values::aggregate(c, e1, &grid, Function::Mean)?);
                let b = on_grid(values::aggregate(c, e2, &grid, Function::Mean)?);
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
/// gets here: reading the body already answered 400.
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
