//! `GET /datapoints/{id}/aggregate` and `GET /timeseries`: the generated query
//! parameters in, the aggregate services called, the result out as JSON (or, for
//! a table asked for with `Accept: text/csv`, as CSV).

use super::JouleApi;
use crate::core::aggregates::{Aggregate, AggregateQuery, Timeseries};
use crate::http::problem::{problem_variants, respond};
use crate::http::vocab;
use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use joule_api::models;
use joule_api::{DatapointAggregateResponse, TimeseriesResponse};
use swagger::{ApiError, Nullable, OneOf2};

problem_variants! {
    DatapointAggregateResponse { 400 => BadRequest, 404 => NotFound, 422 => Unprocessable, 503 => Unavailable }
    TimeseriesResponse { 400 => BadRequest, 404 => NotFound, 422 => Unprocessable, 503 => Unavailable }
}

/// The generated query parameters of both operations.
pub(super) struct Params<'a> {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub interval: models::Interval,
    pub function: Option<&'a Vec<models::AggregateFunction>>,
    pub fill: Option<models::Fill>,
    pub tz: Option<String>,
}

/// The generated query parameters as the aggregate service reads them.
fn query(params: Params<'_>) -> AggregateQuery {
    AggregateQuery {
        from: params.from,
        to: params.to,
        interval: vocab::interval_from(params.interval),
        functions: params
            .function
            .map(|list| list.iter().copied().map(vocab::function_from).collect())
            .unwrap_or_default(),
        fill: params.fill.map(vocab::fill_from),
        tz: params.tz,
    }
}

/// A bucket's label as RFC 3339 with its offset (`Z` for UTC).
fn label(at: DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The table as CSV: a `timestamp` column, then one column per datapoint key
/// (`key:function` when several functions were asked for).
fn to_csv(table: &models::TimeseriesTable, several: bool) -> String {
    let mut out = String::from("timestamp");
    for series in &table.series {
        out.push(',');
        if several {
            out.push_str(&csv_field(&format!("{}:{}", series.key, series.function)));
        } else {
            out.push_str(&csv_field(&series.key));
        }
    }
    out.push('\n');
    for (row, at) in table.timestamps.iter().enumerate() {
        out.push_str(at);
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

/// `interval` is echoed as asked; the functions are those applied, `function`
/// and each bucket's `value` the first of them.
fn result(interval: models::Interval, aggregate: Aggregate) -> models::AggregateResult {
    let functions: Vec<_> = aggregate
        .functions
        .into_iter()
        .map(vocab::function)
        .collect();
    models::AggregateResult {
        datapoint_id: aggregate.datapoint_id,
        interval,
        function: functions[0],
        functions,
        timezone: aggregate.timezone,
        buckets: aggregate
            .buckets
            .into_iter()
            .map(|(at, values)| models::Bucket {
                timestamp: label(at),
                value: values[0]
                    .and_then(|v| v.is_finite().then_some(v))
                    .map_or(Nullable::Null, Nullable::Present),
                values: values.into_iter().map(number).collect(),
            })
            .collect(),
    }
}

fn table(timeseries: Timeseries) -> models::TimeseriesTable {
    models::TimeseriesTable {
        timestamps: timeseries.timestamps.into_iter().map(label).collect(),
        series: timeseries
            .series
            .into_iter()
            .map(|column| models::TimeseriesColumn {
                datapoint_id: column.datapoint_id,
                key: column.key,
                function: vocab::function(column.function),
                values: column.values.into_iter().map(number).collect(),
            })
            .collect(),
    }
}

impl JouleApi {
    pub(super) async fn datapoint_aggregate_impl(
        &self,
        id: i64,
        params: Params<'_>,
    ) -> Result<DatapointAggregateResponse, ApiError> {
        let interval = params.interval;
        let query = query(params);
        let aggregate = self.core.aggregate(id, query).await;
        respond(
            aggregate
                .map_err(Into::into)
                .map(|aggregate| DatapointAggregateResponse::Ok(result(interval, aggregate))),
        )
    }

    pub(super) async fn timeseries_impl(
        &self,
        ids: &[i64],
        params: Params<'_>,
        csv: bool,
    ) -> Result<TimeseriesResponse, ApiError> {
        let query = query(params);
        let several = query.functions.len() > 1;
        let timeseries = self.core.timeseries(ids.to_vec(), query).await;
        respond(timeseries.map_err(Into::into).map(|timeseries| {
            let table = table(timeseries);
            TimeseriesResponse::Ok(if csv {
                OneOf2::B(to_csv(&table, several))
            } else {
                OneOf2::A(table)
            })
        }))
    }
}
