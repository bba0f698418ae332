//! `GET /datapoints/{id}/aggregate` and `GET /timeseries`: the generated query
//! parameters in, the aggregate services called, the result out as JSON (or, for
//! a table asked for with `Accept: text/csv`, as CSV).

use super::JouleApi;
use crate::core::aggregates::{Aggregate, AggregateQuery, Timeseries};
use crate::http::problem::{problem_variants, respond};
use crate::http::vocab;
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_api::{DatapointAggregateResponse, TimeseriesResponse};
use swagger::{ApiError, Nullable, OneOf2};

problem_variants! {
    DatapointAggregateResponse { 400 => BadRequest, 404 => NotFound, 422 => Unprocessable, 503 => Unavailable }
    TimeseriesResponse { 400 => BadRequest, 404 => NotFound, 422 => Unprocessable, 503 => Unavailable }
}

/// The generated query parameters as the aggregate service reads them.
fn query(
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    interval: models::Interval,
    function: Option<models::AggregateFunction>,
    fill: Option<models::Fill>,
) -> AggregateQuery {
    AggregateQuery {
        from,
        to,
        interval: vocab::interval_from(interval),
        function: function.map(vocab::function_from),
        fill: fill.map(vocab::fill_from),
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

/// `interval` is echoed as asked; the function is the one applied.
fn result(interval: models::Interval, aggregate: Aggregate) -> models::AggregateResult {
    models::AggregateResult {
        datapoint_id: aggregate.datapoint_id,
        interval,
        function: vocab::function(aggregate.function),
        timezone: aggregate.timezone,
        buckets: aggregate
            .buckets
            .into_iter()
            .map(|(timestamp, value)| models::Bucket {
                timestamp,
                value: value.map_or(Nullable::Null, Nullable::Present),
            })
            .collect(),
    }
}

fn table(timeseries: Timeseries) -> models::TimeseriesTable {
    models::TimeseriesTable {
        timestamps: timeseries.timestamps,
        series: timeseries
            .series
            .into_iter()
            .map(|column| models::TimeseriesColumn {
                datapoint_id: column.datapoint_id,
                key: column.key,
                values: column.values.into_iter().map(number).collect(),
            })
            .collect(),
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
        let query = query(from, to, interval, function, fill);
        let aggregate = self.core.aggregate(id, query).await;
        respond(
            aggregate
                .map_err(Into::into)
                .map(|aggregate| DatapointAggregateResponse::Ok(result(interval, aggregate))),
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
        let query = query(from, to, interval, function, fill);
        let timeseries = self.core.timeseries(ids.to_vec(), query).await;
        respond(timeseries.map_err(Into::into).map(|timeseries| {
            let table = table(timeseries);
            TimeseriesResponse::Ok(if csv {
                OneOf2::B(to_csv(&table))
            } else {
                OneOf2::A(table)
            })
        }))
    }
}
