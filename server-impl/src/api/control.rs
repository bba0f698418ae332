use super::JouleApi;
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_api::{
    ScheduleGetResponse, SchedulePutResponse, SchedulesHistoryResponse, SetpointGetResponse,
    SetpointPutResponse, SetpointsHistoryResponse,
};
use swagger::ApiError;

fn pending<T>() -> Result<T, ApiError> {
    Err(ApiError("setpoints and schedules are being built".into()))
}

impl JouleApi {
    pub(super) async fn setpoint_put_impl(
        &self,
        _id: i64,
        _body: &[models::SetpointItem],
    ) -> Result<SetpointPutResponse, ApiError> {
        pending()
    }
    pub(super) async fn setpoint_get_impl(
        &self,
        _id: i64,
    ) -> Result<SetpointGetResponse, ApiError> {
        pending()
    }
    pub(super) async fn setpoints_history_impl(
        &self,
        _id: i64,
        _from: Option<DateTime<Utc>>,
        _to: Option<DateTime<Utc>>,
    ) -> Result<SetpointsHistoryResponse, ApiError> {
        pending()
    }
    pub(super) async fn schedule_put_impl(
        &self,
        _id: i64,
        _body: &[models::ScheduleItem],
    ) -> Result<SchedulePutResponse, ApiError> {
        pending()
    }
    pub(super) async fn schedule_get_impl(
        &self,
        _id: i64,
    ) -> Result<ScheduleGetResponse, ApiError> {
        pending()
    }
    pub(super) async fn schedules_history_impl(
        &self,
        _id: i64,
        _from: Option<DateTime<Utc>>,
        _to: Option<DateTime<Utc>>,
    ) -> Result<SchedulesHistoryResponse, ApiError> {
        pending()
    }
}
