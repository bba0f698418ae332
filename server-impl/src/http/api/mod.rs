//! The generated `Api` trait, implemented on joule-db. Handlers stay thin: parse
//! and check input, run one query on a pooled connection off the async threads,
//! convert the result into the operation's response variant.

mod aggregate;
mod api_keys;
pub(crate) mod auth;
mod compute;
mod connectors;
mod control;
mod datapoints;
mod devices;
mod health;
mod sites;
mod ttn;
mod users;
mod values;

use crate::access::Caller;
use crate::core::Core;
pub use crate::core::Limits;
use crate::http::problem::Failure;
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_db::committed::Change;
use joule_db::models::PageRequest;
use joule_db::{cursor, Pool};
use swagger::ApiError;

/// The state every handler shares: the core services, and what only HTTP needs.
#[derive(Clone)]
pub struct JouleApi {
    core: Core,
    base_path: &'static str,
}

impl JouleApi {
    pub fn new(pool: Pool, limits: Limits, auth: crate::auth::SharedAuth) -> Self {
        JouleApi {
            core: Core::new(pool, limits, auth),
            base_path: joule_api::BASE_PATH,
        }
    }

    /// How line protocol names datapoints (`bulk.*` settings).
    pub fn with_line_mapping(mut self, mapping: crate::core::lines::LineMapping) -> Self {
        self.core.lines = std::sync::Arc::new(mapping);
        self
    }

    /// The core services behind this door.
    pub fn core(&self) -> &Core {
        &self.core
    }

    /// Every change committed from now on, whichever door it came through.
    pub fn subscribe_changes(&self) -> tokio::sync::broadcast::Receiver<Change> {
        self.core.subscribe_changes()
    }

    fn location(&self, collection: &str, id: i64) -> Option<String> {
        Some(format!("{}/{collection}/{id}", self.base_path))
    }
}

pub const DEFAULT_PAGE: u32 = 100;
pub const MAX_PAGE: u32 = 1000;

/// Reads the `limit` and `cursor` query parameters of a list.
pub fn page_request(
    limit: Option<u32>,
    cursor_param: Option<String>,
) -> Result<PageRequest, Failure> {
    let limit = limit.unwrap_or(DEFAULT_PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(Failure::bad_request(
            "limit",
            format!("must be between 1 and {MAX_PAGE}"),
        ));
    }
    let after =
        match cursor_param {
            None => None,
            Some(c) => Some(cursor::decode_id(&c).ok_or_else(|| {
                Failure::bad_request("cursor", "is not a cursor this server issued")
            })?),
        };
    Ok(PageRequest {
        after,
        limit: i64::from(limit),
    })
}

pub fn next_cursor(next_after: Option<i64>) -> swagger::Nullable<String> {
    match next_after {
        Some(id) => swagger::Nullable::Present(cursor::encode_id(id)),
        None => swagger::Nullable::Null,
    }
}

/// The one `Api` impl; each resource's handlers live in their own module.
#[async_trait::async_trait]
impl<C> joule_api::Api<C> for JouleApi
where
    C: swagger::Has<swagger::XSpanIdString>
        + swagger::Has<crate::http::context::RequestMeta>
        + swagger::Has<Caller>
        + Send
        + Sync,
{
    async fn health(&self, _: &C) -> Result<joule_api::HealthResponse, ApiError> {
        self.health_impl().await
    }

    async fn ready(&self, _: &C) -> Result<joule_api::ReadyResponse, ApiError> {
        self.ready_impl().await
    }

    async fn sites_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C,
    ) -> Result<joule_api::SitesListResponse, ApiError> {
        let scope = scope(context);
        let geojson =
            swagger::Has::<crate::http::context::RequestMeta>::get(context).accept_geojson;
        self.sites_list_impl(scope, limit, cursor, geojson).await
    }

    async fn site_create(
        &self,
        body: models::SiteCreate,
        _: &C,
    ) -> Result<joule_api::SiteCreateResponse, ApiError> {
        self.site_create_impl(body).await
    }

    async fn site_get(&self, site_id: i64, _: &C) -> Result<joule_api::SiteGetResponse, ApiError> {
        self.site_get_impl(site_id).await
    }

    async fn site_update(
        &self,
        site_id: i64,
        body: models::SiteUpdate,
        _: &C,
    ) -> Result<joule_api::SiteUpdateResponse, ApiError> {
        self.site_update_impl(site_id, body).await
    }

    async fn site_delete(
        &self,
        site_id: i64,
        cascade: Option<bool>,
        _: &C,
    ) -> Result<joule_api::SiteDeleteResponse, ApiError> {
        self.site_delete_impl(site_id, cascade.unwrap_or(false))
            .await
    }

    async fn devices_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C,
    ) -> Result<joule_api::DevicesListResponse, ApiError> {
        let scope = scope(context);
        self.devices_list_impl(scope, site_id, limit, cursor).await
    }

    async fn device_create(
        &self,
        body: models::DeviceCreate,
        _: &C,
    ) -> Result<joule_api::DeviceCreateResponse, ApiError> {
        self.device_create_impl(body).await
    }

    async fn device_get(
        &self,
        device_id: i64,
        _: &C,
    ) -> Result<joule_api::DeviceGetResponse, ApiError> {
        self.device_get_impl(device_id).await
    }

    async fn device_update(
        &self,
        device_id: i64,
        body: models::DeviceUpdate,
        _: &C,
    ) -> Result<joule_api::DeviceUpdateResponse, ApiError> {
        self.device_update_impl(device_id, body).await
    }

    async fn device_delete(
        &self,
        device_id: i64,
        cascade: Option<bool>,
        _: &C,
    ) -> Result<joule_api::DeviceDeleteResponse, ApiError> {
        self.device_delete_impl(device_id, cascade.unwrap_or(false))
            .await
    }

    async fn connectors_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C,
    ) -> Result<joule_api::ConnectorsListResponse, ApiError> {
        let scope = scope(context);
        self.connectors_list_impl(scope, site_id, limit, cursor)
            .await
    }

    async fn connector_create(
        &self,
        body: models::ConnectorCreate,
        _: &C,
    ) -> Result<joule_api::ConnectorCreateResponse, ApiError> {
        self.connector_create_impl(body).await
    }

    async fn connector_get(
        &self,
        connector_id: i64,
        _: &C,
    ) -> Result<joule_api::ConnectorGetResponse, ApiError> {
        self.connector_get_impl(connector_id).await
    }

    async fn connector_update(
        &self,
        connector_id: i64,
        body: models::ConnectorUpdate,
        _: &C,
    ) -> Result<joule_api::ConnectorUpdateResponse, ApiError> {
        self.connector_update_impl(connector_id, body).await
    }

    async fn connector_delete(
        &self,
        connector_id: i64,
        _: &C,
    ) -> Result<joule_api::ConnectorDeleteResponse, ApiError> {
        self.connector_delete_impl(connector_id).await
    }

    async fn connector_logs(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        _: &C,
    ) -> Result<joule_api::ConnectorLogsResponse, ApiError> {
        self.connector_logs_impl(connector_id, limit).await
    }

    async fn connector_raw_messages(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        _: &C,
    ) -> Result<joule_api::ConnectorRawMessagesResponse, ApiError> {
        self.connector_raw_messages_impl(connector_id, limit).await
    }

    async fn connector_available_datapoints(
        &self,
        connector_id: i64,
        _: &C,
    ) -> Result<joule_api::ConnectorAvailableDatapointsResponse, ApiError> {
        self.connector_available_impl(connector_id).await
    }

    async fn datapoints_list(
        &self,
        site_id: Option<i64>,
        device_id: Option<i64>,
        connector_id: Option<i64>,
        r#type: Option<models::DatapointType>,
        data_format: Option<models::DataFormat>,
        key: Option<String>,
        q: Option<String>,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C,
    ) -> Result<joule_api::DatapointsListResponse, ApiError> {
        let filter = joule_db::queries::datapoints::DatapointFilter {
            site_id,
            device_id,
            connector_id,
            type_: r#type.map(crate::http::vocab::datapoint_type_from),
            data_format: data_format.map(crate::http::vocab::data_format_from),
            key,
            q,
            sites: scope(context),
        };
        self.datapoints_list_impl(filter, limit, cursor).await
    }

    async fn datapoint_create(
        &self,
        body: models::DatapointCreate,
        _: &C,
    ) -> Result<joule_api::DatapointCreateResponse, ApiError> {
        self.datapoint_create_impl(body).await
    }

    async fn datapoints_import<'a>(
        &self,
        body: &'a Vec<models::DatapointCreate>,
        _: &C,
    ) -> Result<joule_api::DatapointsImportResponse, ApiError> {
        self.datapoints_import_impl(body).await
    }

    async fn datapoint_get(
        &self,
        datapoint_id: i64,
        _: &C,
    ) -> Result<joule_api::DatapointGetResponse, ApiError> {
        self.datapoint_get_impl(datapoint_id).await
    }

    async fn datapoint_update(
        &self,
        datapoint_id: i64,
        body: models::DatapointUpdate,
        _: &C,
    ) -> Result<joule_api::DatapointUpdateResponse, ApiError> {
        self.datapoint_update_impl(datapoint_id, body).await
    }

    async fn datapoint_delete(
        &self,
        datapoint_id: i64,
        _: &C,
    ) -> Result<joule_api::DatapointDeleteResponse, ApiError> {
        self.datapoint_delete_impl(datapoint_id).await
    }

    async fn datapoint_values_write<'a>(
        &self,
        datapoint_id: i64,
        body: &'a Vec<models::ValueWrite>,
        _: &C,
    ) -> Result<joule_api::DatapointValuesWriteResponse, ApiError> {
        self.datapoint_values_write_impl(datapoint_id, body).await
    }

    async fn values_write<'a>(
        &self,
        body: &'a Vec<models::ValueWriteAny>,
        _: &C,
    ) -> Result<joule_api::ValuesWriteResponse, ApiError> {
        self.values_write_impl(body).await
    }

    async fn ingest_ttn(
        &self,
        body: models::TtnUplink,
        context: &C,
    ) -> Result<joule_api::IngestTtnResponse, ApiError> {
        self.ingest_ttn_impl(body, scope(context)).await
    }

    async fn datapoint_values_list(
        &self,
        datapoint_id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        limit: Option<u32>,
        order: Option<models::SortOrder>,
        cursor: Option<String>,
        _: &C,
    ) -> Result<joule_api::DatapointValuesListResponse, ApiError> {
        self.datapoint_values_list_impl(datapoint_id, from, to, limit, order, cursor)
            .await
    }

    async fn datapoint_values_delete(
        &self,
        datapoint_id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        _: &C,
    ) -> Result<joule_api::DatapointValuesDeleteResponse, ApiError> {
        self.datapoint_values_delete_impl(datapoint_id, from, to)
            .await
    }

    async fn datapoint_value_latest(
        &self,
        datapoint_id: i64,
        _: &C,
    ) -> Result<joule_api::DatapointValueLatestResponse, ApiError> {
        self.datapoint_value_latest_impl(datapoint_id).await
    }

    async fn values_latest<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        _: &C,
    ) -> Result<joule_api::ValuesLatestResponse, ApiError> {
        self.values_latest_impl(datapoint_ids).await
    }

    // The live routes are answered by the front door (`crate::live`) before the
    // router: the generated code can neither upgrade a connection nor stream.
    async fn live_socket(&self, _: &C) -> Result<joule_api::LiveSocketResponse, ApiError> {
        Err(ApiError("the WebSocket is served by the front door".into()))
    }

    async fn live_stream<'a>(
        &self,
        _: &'a Vec<i64>,
        _: Option<String>,
        _: &C,
    ) -> Result<joule_api::LiveStreamResponse, ApiError> {
        Err(ApiError(
            "the event stream is served by the front door".into(),
        ))
    }

    async fn line_write(
        &self,
        _: String,
        _: Option<models::LinePrecision>,
        _: Option<String>,
        _: &C,
    ) -> Result<joule_api::LineWriteResponse, ApiError> {
        Err(ApiError("line protocol is served by the front door".into()))
    }

    async fn data_export<'a>(
        &self,
        _: Option<&'a Vec<i64>>,
        _: Option<i64>,
        _: Option<DateTime<Utc>>,
        _: Option<DateTime<Utc>>,
        _: Option<models::BulkFormat>,
        _: &C,
    ) -> Result<joule_api::DataExportResponse, ApiError> {
        Err(ApiError("the export is served by the front door".into()))
    }

    async fn data_import(
        &self,
        _: String,
        _: Option<models::BulkFormat>,
        _: &C,
    ) -> Result<joule_api::DataImportResponse, ApiError> {
        Err(ApiError("the import is served by the front door".into()))
    }

    async fn datapoint_aggregate<'a>(
        &self,
        datapoint_id: i64,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        _: &C,
    ) -> Result<joule_api::DatapointAggregateResponse, ApiError> {
        let params = aggregate::Params {
            from,
            to,
            interval,
            function,
            fill,
            tz,
        };
        self.datapoint_aggregate_impl(datapoint_id, params).await
    }

    async fn timeseries<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        context: &C,
    ) -> Result<joule_api::TimeseriesResponse, ApiError> {
        let csv = swagger::Has::<crate::http::context::RequestMeta>::get(context).accept_csv;
        let params = aggregate::Params {
            from,
            to,
            interval,
            function,
            fill,
            tz,
        };
        self.timeseries_impl(datapoint_ids, params, csv).await
    }

    async fn setpoint_put<'a>(
        &self,
        datapoint_id: i64,
        body: &'a Vec<models::SetpointItem>,
        _: &C,
    ) -> Result<joule_api::SetpointPutResponse, ApiError> {
        self.setpoint_put_impl(datapoint_id, body).await
    }

    async fn setpoint_get(
        &self,
        datapoint_id: i64,
        _: &C,
    ) -> Result<joule_api::SetpointGetResponse, ApiError> {
        self.setpoint_get_impl(datapoint_id).await
    }

    async fn setpoints_history(
        &self,
        datapoint_id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        _: &C,
    ) -> Result<joule_api::SetpointsHistoryResponse, ApiError> {
        self.setpoints_history_impl(datapoint_id, from, to).await
    }

    async fn schedule_put<'a>(
        &self,
        datapoint_id: i64,
        body: &'a Vec<models::ScheduleItem>,
        _: &C,
    ) -> Result<joule_api::SchedulePutResponse, ApiError> {
        self.schedule_put_impl(datapoint_id, body).await
    }

    async fn schedule_get(
        &self,
        datapoint_id: i64,
        _: &C,
    ) -> Result<joule_api::ScheduleGetResponse, ApiError> {
        self.schedule_get_impl(datapoint_id).await
    }

    async fn schedules_history(
        &self,
        datapoint_id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        _: &C,
    ) -> Result<joule_api::SchedulesHistoryResponse, ApiError> {
        self.schedules_history_impl(datapoint_id, from, to).await
    }

    async fn compute_sum(
        &self,
        body: models::SumRequest,
        _: &C,
    ) -> Result<joule_api::ComputeSumResponse, ApiError> {
        self.compute_sum_impl(body).await
    }

    async fn auth_login(
        &self,
        body: models::LoginRequest,
        context: &C,
    ) -> Result<joule_api::AuthLoginResponse, ApiError> {
        let client = swagger::Has::<crate::http::context::RequestMeta>::get(context).client;
        self.auth_login_impl(body, client).await
    }

    async fn auth_refresh(
        &self,
        body: models::RefreshRequest,
        _: &C,
    ) -> Result<joule_api::AuthRefreshResponse, ApiError> {
        self.auth_refresh_impl(body).await
    }

    async fn auth_logout(&self, context: &C) -> Result<joule_api::AuthLogoutResponse, ApiError> {
        self.auth_logout_impl(caller(context)).await
    }

    async fn auth_me(&self, context: &C) -> Result<joule_api::AuthMeResponse, ApiError> {
        self.auth_me_impl(caller(context)).await
    }

    async fn auth_password_change(
        &self,
        body: models::PasswordChange,
        context: &C,
    ) -> Result<joule_api::AuthPasswordChangeResponse, ApiError> {
        self.auth_password_change_impl(body, caller(context)).await
    }

    async fn users_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        _: &C,
    ) -> Result<joule_api::UsersListResponse, ApiError> {
        self.users_list_impl(limit, cursor).await
    }

    async fn user_create(
        &self,
        body: models::UserCreate,
        _: &C,
    ) -> Result<joule_api::UserCreateResponse, ApiError> {
        self.user_create_impl(body).await
    }

    async fn user_get(&self, user_id: i64, _: &C) -> Result<joule_api::UserGetResponse, ApiError> {
        self.user_get_impl(user_id).await
    }

    async fn user_update(
        &self,
        user_id: i64,
        body: models::UserUpdate,
        _: &C,
    ) -> Result<joule_api::UserUpdateResponse, ApiError> {
        self.user_update_impl(user_id, body).await
    }

    async fn user_delete(
        &self,
        user_id: i64,
        _: &C,
    ) -> Result<joule_api::UserDeleteResponse, ApiError> {
        self.user_delete_impl(user_id).await
    }

    async fn api_keys_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        _: &C,
    ) -> Result<joule_api::ApiKeysListResponse, ApiError> {
        self.api_keys_list_impl(limit, cursor).await
    }

    async fn api_key_create(
        &self,
        body: models::ApiKeyCreate,
        context: &C,
    ) -> Result<joule_api::ApiKeyCreateResponse, ApiError> {
        self.api_key_create_impl(body, caller(context)).await
    }

    async fn api_key_delete(
        &self,
        key_id: i64,
        context: &C,
    ) -> Result<joule_api::ApiKeyDeleteResponse, ApiError> {
        self.api_key_delete_impl(key_id, caller(context)).await
    }
}

/// The caller the front of the server authenticated.
fn caller<C: swagger::Has<Caller>>(context: &C) -> &Caller {
    context.get()
}

/// The sites a site-scoped API key limits a list to (`None`: no limit).
fn scope<C: swagger::Has<Caller>>(context: &C) -> Option<Vec<i64>> {
    caller(context).scope().map(<[i64]>::to_vec)
}
