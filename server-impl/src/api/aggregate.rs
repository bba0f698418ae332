use super::JouleApi;
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_api::{DatapointAggregateResponse, TimeseriesResponse};
use swagger::ApiError;

impl JouleApi {
    pub(super) async fn datapoint_aggregate_impl(
        &self,
        _id: i64,
        _from: DateTime<Utc>,
        _to: DateTime<Utc>,
        _interval: models::Interval,
        _function: Option<models::AggregateFunction>,
        _fill: Option<models::Fill>,
    ) -> Result<DatapointAggregateResponse, ApiError> {
        Err(ApiError("aggregates are being built".into()))
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) async fn timeseries_impl(
        &self,
        _ids: &[i64],
        _from: DateTime<Utc>,
        _to: DateTime<Utc>,
        _interval: models::Interval,
        _function: Option<models::AggregateFunction>,
        _fill: Option<models::Fill>,
        _csv: bool,
    ) -> Result<TimeseriesResponse, ApiError> {
        Err(ApiError("aggregates are being built".into()))
    }
}
