//! The generated `Api` trait, implemented on joule-db. Handlers stay thin: parse
//! and check input, run one query on a pooled connection off the async threads,
//! convert the result into the operation's response variant.

mod datapoints;
mod devices;
mod health;
mod sites;

use crate::problem::Failure;
use joule_db::models::PageRequest;
use joule_db::{cursor, DbConnection, DbError, Pool};

/// The state every handler shares.
#[derive(Clone)]
pub struct JouleApi {
    pool: Pool,
    base_path: &'static str,
}

impl JouleApi {
    pub fn new(pool: Pool) -> Self {
        JouleApi {
            pool,
            base_path: joule_api::BASE_PATH,
        }
    }

    /// Runs `f` on a pooled connection inside `spawn_blocking`.
    async fn db<T, F>(&self, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, DbError> + Send + 'static,
    {
        let pool = self.pool.clone();
        let outcome = tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await;
        match outcome {
            Ok(result) => result.map_err(Failure::from),
            Err(join) => {
                log::error!("database task failed: {join}");
                Err(Failure::new(500, "internal error"))
            }
        }
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
    C: swagger::Has<swagger::XSpanIdString> + Send + Sync,
{
    async fn health(&self, _: &C) -> Result<joule_api::HealthResponse, swagger::ApiError> {
        self.health_impl().await
    }

    async fn ready(&self, _: &C) -> Result<joule_api::ReadyResponse, swagger::ApiError> {
        self.ready_impl().await
    }

    async fn sites_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        _: &C,
    ) -> Result<joule_api::SitesListResponse, swagger::ApiError> {
        self.sites_list_impl(limit, cursor).await
    }

    async fn site_create(
        &self,
        body: joule_api::models::SiteCreate,
        _: &C,
    ) -> Result<joule_api::SiteCreateResponse, swagger::ApiError> {
        self.site_create_impl(body).await
    }

    async fn site_get(
        &self,
        site_id: i64,
        _: &C,
    ) -> Result<joule_api::SiteGetResponse, swagger::ApiError> {
        self.site_get_impl(site_id).await
    }

    async fn site_update(
        &self,
        site_id: i64,
        body: joule_api::models::SiteUpdate,
        _: &C,
    ) -> Result<joule_api::SiteUpdateResponse, swagger::ApiError> {
        self.site_update_impl(site_id, body).await
    }

    async fn site_delete(
        &self,
        site_id: i64,
        cascade: Option<bool>,
        _: &C,
    ) -> Result<joule_api::SiteDeleteResponse, swagger::ApiError> {
        self.site_delete_impl(site_id, cascade.unwrap_or(false))
            .await
    }

    async fn devices_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        _: &C,
    ) -> Result<joule_api::DevicesListResponse, swagger::ApiError> {
        self.devices_list_impl(site_id, limit, cursor).await
    }

    async fn device_create(
        &self,
        body: joule_api::models::DeviceCreate,
        _: &C,
    ) -> Result<joule_api::DeviceCreateResponse, swagger::ApiError> {
        self.device_create_impl(body).await
    }

    async fn device_get(
        &self,
        device_id: i64,
        _: &C,
    ) -> Result<joule_api::DeviceGetResponse, swagger::ApiError> {
        self.device_get_impl(device_id).await
    }

    async fn device_update(
        &self,
        device_id: i64,
        body: joule_api::models::DeviceUpdate,
        _: &C,
    ) -> Result<joule_api::DeviceUpdateResponse, swagger::ApiError> {
        self.device_update_impl(device_id, body).await
    }

    async fn device_delete(
        &self,
        device_id: i64,
        cascade: Option<bool>,
        _: &C,
    ) -> Result<joule_api::DeviceDeleteResponse, swagger::ApiError> {
        self.device_delete_impl(device_id, cascade.unwrap_or(false))
            .await
    }

    async fn datapoints_list(
        &self,
        site_id: Option<i64>,
        device_id: Option<i64>,
        r#type: Option<joule_api::models::DatapointType>,
        data_format: Option<joule_api::models::DataFormat>,
        key: Option<String>,
        q: Option<String>,
        limit: Option<u32>,
        cursor: Option<String>,
        _: &C,
    ) -> Result<joule_api::DatapointsListResponse, swagger::ApiError> {
        let filter = joule_db::queries::datapoints::DatapointFilter {
            site_id,
            device_id,
            type_: r#type.map(|t| t.to_string()),
            data_format: data_format.map(|f| f.to_string()),
            key,
            q,
        };
        self.datapoints_list_impl(filter, limit, cursor).await
    }

    async fn datapoint_create(
        &self,
        body: joule_api::models::DatapointCreate,
        _: &C,
    ) -> Result<joule_api::DatapointCreateResponse, swagger::ApiError> {
        self.datapoint_create_impl(body).await
    }

    async fn datapoints_import<'a>(
        &self,
        body: &'a Vec<joule_api::models::DatapointCreate>,
        _: &C,
    ) -> Result<joule_api::DatapointsImportResponse, swagger::ApiError> {
        self.datapoints_import_impl(body).await
    }

    async fn datapoint_get(
        &self,
        datapoint_id: i64,
        _: &C,
    ) -> Result<joule_api::DatapointGetResponse, swagger::ApiError> {
        self.datapoint_get_impl(datapoint_id).await
    }

    async fn datapoint_update(
        &self,
        datapoint_id: i64,
        body: joule_api::models::DatapointUpdate,
        _: &C,
    ) -> Result<joule_api::DatapointUpdateResponse, swagger::ApiError> {
        self.datapoint_update_impl(datapoint_id, body).await
    }

    async fn datapoint_delete(
        &self,
        datapoint_id: i64,
        _: &C,
    ) -> Result<joule_api::DatapointDeleteResponse, swagger::ApiError> {
        self.datapoint_delete_impl(datapoint_id).await
    }
}
