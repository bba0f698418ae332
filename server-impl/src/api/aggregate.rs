use super::JouleApi;
use crate::problem::{problem_variants, respond, Failure};
use crate::timestamps;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use joule_api::models;
use joule_api::{DatapointAggregateResponse, TimeseriesResponse};
use joule_db::queries::datapoints::datapoint_get;
use joule_db::queries::values as q;
use joule_db::timegrid::{self, Fill, Function, Grid, Interval};
use joule_db::{DbConnection, DbError};
use swagger::{ApiError, Nullable, OneOf2};

problem_variants! {
    DatapointAggregateResponse { 400 => BadRequest, 404 => NotFound, 422 => Unprocessable, 503 => Unavailable }
    TimeseriesResponse { 400 => BadRequest, 404 => NotFound, 422 => Unprocessable, 503 => Unavailable }
}

/// What an aggregate asks for, read from the generated enums.
#[derive(Debug, Clone, Copy)]
struct Request {
    from: i64,
    to: i64,
    interval: Interval,
    function: Function,
    fill: Fill,
}

impl Request {
    fn read(
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        interval: models::Interval,
        function: Option<models::AggregateFunction>,
        fill: Option<models::Fill>,
    ) -> Result<Request, Failure> {
        let from = timestamps::from_datetime(from).map_err(|e| Failure::bad_request("from", e))?;
        let to = timestamps::end(to).map_err(|e| Failure::bad_request("to", e))?;
        if to <= from {
            return Err(Failure::unprocessable(vec![joule_db::FieldError::new(
                "to",
                "must be after from",
            )]));
        }
        // The generated enums print as the spec's values, which the grid parses.
        let interval = Interval::parse(&interval.to_string())
            .ok_or_else(|| Failure::bad_request("interval", "unknown"))?;
        let function = function.map_or(Some(Function::Mean), |f| Function::parse(&f.to_string()));
        let fill = fill.map_or(Some(Fill::None), |f| Fill::parse(&f.to_string()));
        Ok(Request {
            from,
            to,
            interval,
            function: function.ok_or_else(|| Failure::bad_request("function", "unknown"))?,
            fill: fill.ok_or_else(|| Failure::bad_request("fill", "unknown"))?,
        })
    }

    /// Refuses a read of `series` datapoints that would exceed the cell limit
    /// (422, as for any grid that cannot be made), before anything is built.
    fn check_size(&self, limits: &super::Limits, series: usize) -> Result<(), Failure> {
        limits
            .cells(self.from, self.to, self.interval, series)
            .map_err(|message| {
                Failure::unprocessable(vec![joule_db::FieldError::new("interval", message)])
            })
    }

    /// The grid in the time zone of `datapoint_id`'s site (UTC without one).
    fn grid(&self, conn: &mut DbConnection, datapoint_id: i64) -> Result<(Grid, Tz), DbError> {
        let tz = q::datapoint_timezone(conn, datapoint_id)?
            .and_then(|name| name.parse::<Tz>().ok())
            .unwrap_or(Tz::UTC);
        let grid = Grid::new(self.from, self.to, self.interval, tz)
            .map_err(|message| DbError::invalid("interval", message))?;
        Ok((grid, tz))
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The table as CSV: a `timestamp` column, then one column per datapoint key.
fn to_csv(table: &models::TimeseriesTable) -> String {
    let mut out = String::from("timestamp");
    for series in &table.series {
        out.push(',');
        out.push_str(&csv_field(&series.key));
    }
    out.push('\n');
    for (row, at) in table.timestamps.iter().enumerate() {
        out.push_str(&at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
        for series in &table.series {
            out.push(',');
            // Shortest form that reads back the same number (21, not 21.0).
            if let Some(v) = series.values.get(row).and_then(|v| match v {
                Nullable::Present(v) => v.as_f64(),
                Nullable::Null => None,
            }) {
                out.push_str(&v.to_string());
            }
        }
        out.push('\n');
    }
    out
}

fn number(v: Option<f64>) -> Nullable<serde_json::Value> {
    match v.and_then(serde_json::Number::from_f64) {
        Some(n) => Nullable::Present(serde_json::Value::Number(n)),
        None => Nullable::Null,
    }
}

impl JouleApi {
    pub(super) async fn datapoint_aggregate_impl(
        &self,
        id: i64,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        interval: models::Interval,
        function: Option<models::AggregateFunction>,
        fill: Option<models::Fill>,
    ) -> Result<DatapointAggregateResponse, ApiError> {
        respond(
            async {
                let request = Request::read(from, to, interval, function, fill)?;
                request.check_size(&self.core.limits, 1)?;
                let (buckets, tz) = self
                    .db(move |c| {
                        datapoint_get(c, id)?;
                        let (grid, tz) = request.grid(c, id)?;
                        let values = q::aggregate(c, id, &grid, request.function)?;
                        Ok((timegrid::fill(&grid, &values, request.fill), tz))
                    })
                    .await?;
                Ok(DatapointAggregateResponse::Ok(models::AggregateResult {
                    datapoint_id: id,
                    interval,
                    function: function.unwrap_or(models::AggregateFunction::Mean),
                    timezone: tz.name().to_string(),
                    buckets: buckets
                        .into_iter()
                        .map(|(start, value)| models::Bucket {
                            timestamp: timestamps::to_datetime(start),
                            value: value.map_or(Nullable::Null, Nullable::Present),
                        })
                        .collect(),
                }))
            }
            .await,
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) async fn timeseries_impl(
        &self,
        ids: &[i64],
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        interval: models::Interval,
        function: Option<models::AggregateFunction>,
        fill: Option<models::Fill>,
        csv: bool,
    ) -> Result<TimeseriesResponse, ApiError> {
        respond(
            async {
                self.core.limits.datapoint_ids(ids)?;
                let request = Request::read(from, to, interval, function, fill)?;
                request.check_size(&self.core.limits, ids.len())?;
                let ids = ids.to_vec();
                let table = self
                    .db(move |c| {
                        let mut keys = Vec::with_capacity(ids.len());
                        for id in &ids {
                            keys.push(datapoint_get(c, *id)?.key);
                        }
                        let (grid, _) = request.grid(c, ids[0])?;
                        let mut columns = Vec::with_capacity(ids.len());
                        for id in &ids {
                            let values = q::aggregate(c, *id, &grid, request.function)?;
                            // Every column on the full grid; `none` drops all-empty rows below.
                            let policy = if request.fill == Fill::None {
                                Fill::Null
                            } else {
                                request.fill
                            };
                            columns.push(timegrid::fill(&grid, &values, policy));
                        }
                        Ok((grid, keys, ids, columns))
                    })
                    .await?;
                let (grid, keys, ids, columns) = table;
                let keep: Vec<usize> = (0..grid.starts.len())
                    .filter(|&row| {
                        request.fill != Fill::None || columns.iter().any(|c| c[row].1.is_some())
                    })
                    .collect();
                let table = models::TimeseriesTable {
                    timestamps: keep
                        .iter()
                        .map(|&row| timestamps::to_datetime(grid.starts[row]))
                        .collect(),
                    series: ids
                        .into_iter()
                        .zip(keys)
                        .zip(&columns)
                        .map(|((datapoint_id, key), column)| models::TimeseriesColumn {
                            datapoint_id,
                            key,
                            values: keep.iter().map(|&row| number(column[row].1)).collect(),
                        })
                        .collect(),
                };
                Ok(TimeseriesResponse::Ok(if csv {
                    OneOf2::B(to_csv(&table))
                } else {
                    OneOf2::A(table)
                }))
            }
            .await,
        )
    }
}
