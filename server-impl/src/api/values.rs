use super::JouleApi;
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_api::{
    DatapointValueLatestResponse, DatapointValuesDeleteResponse, DatapointValuesListResponse,
    DatapointValuesWriteResponse, ValuesLatestResponse, ValuesWriteResponse,
};
use swagger::ApiError;

fn pending<T>() -> Result<T, ApiError> {
    Err(ApiError("values are being built".into()))
}

impl JouleApi {
    pub(super) async fn datapoint_values_write_impl(
        &self,
        _id: i64,
        _body: &[models::ValueWrite],
    ) -> Result<DatapointValuesWriteResponse, ApiError> {
        pending()
    }
    pub(super) async fn values_write_impl(
        &self,
        _body: &[models::ValueWriteAny],
    ) -> Result<ValuesWriteResponse, ApiError> {
        pending()
    }
    pub(super) async fn datapoint_values_list_impl(
        &self,
        _id: i64,
        _from: Option<DateTime<Utc>>,
        _to: Option<DateTime<Utc>>,
        _limit: Option<u32>,
        _order: Option<models::SortOrder>,
        _cursor: Option<String>,
    ) -> Result<DatapointValuesListResponse, ApiError> {
        pending()
    }
    pub(super) async fn datapoint_values_delete_impl(
        &self,
        _id: i64,
        _from: Option<DateTime<Utc>>,
        _to: Option<DateTime<Utc>>,
    ) -> Result<DatapointValuesDeleteResponse, ApiError> {
        pending()
    }
    pub(super) async fn datapoint_value_latest_impl(
        &self,
        _id: i64,
    ) -> Result<DatapointValueLatestResponse, ApiError> {
        pending()
    }
    pub(super) async fn values_latest_impl(
        &self,
        _ids: &[i64],
    ) -> Result<ValuesLatestResponse, ApiError> {
        pending()
    }
}
