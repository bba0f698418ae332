use super::{next_cursor, page_request, JouleApi};
use crate::http::convert;
use crate::http::problem::{problem_variants, respond};
use joule_api::models;
use joule_api::{
    DeviceCreateResponse, DeviceDeleteResponse, DeviceGetResponse, DeviceUpdateResponse,
    DevicesListResponse,
};
use swagger::ApiError;

problem_variants! {
    DevicesListResponse { 400 => BadRequest, 503 => Unavailable }
    DeviceCreateResponse { 400 => BadRequest, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DeviceGetResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    DeviceUpdateResponse { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DeviceDeleteResponse { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => Unavailable }
}

impl JouleApi {
    /// `scope`: the sites of a site-scoped API key, whose devices alone are listed.
    pub(super) async fn devices_list_impl(
        &self,
        scope: Option<Vec<i64>>,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<DevicesListResponse, ApiError> {
        respond(
            async {
                let page = page_request(limit, cursor)?;
                let page = self.core.devices_list(scope, site_id, page).await?;
                Ok(DevicesListResponse::Ok(models::DeviceList {
                    items: page.items.into_iter().map(convert::device).collect(),
                    next_cursor: next_cursor(page.next_after),
                }))
            }
            .await,
        )
    }

    pub(super) async fn device_create_impl(
        &self,
        body: models::DeviceCreate,
    ) -> Result<DeviceCreateResponse, ApiError> {
        let new = convert::new_device(body, joule_db::now_micros());
        let device = self.core.device_create(new).await;
        respond(
            device
                .map_err(Into::into)
                .map(|device| DeviceCreateResponse::Created {
                    location: self.location("devices", device.id),
                    body: convert::device(device),
                }),
        )
    }

    pub(super) async fn device_get_impl(&self, id: i64) -> Result<DeviceGetResponse, ApiError> {
        let device = self.core.device_get(id).await;
        respond(
            device
                .map_err(Into::into)
                .map(|d| DeviceGetResponse::Ok(convert::device(d))),
        )
    }

    pub(super) async fn device_update_impl(
        &self,
        id: i64,
        body: models::DeviceUpdate,
    ) -> Result<DeviceUpdateResponse, ApiError> {
        let changes = convert::device_changes(body, joule_db::now_micros());
        let device = self.core.device_update(id, changes).await;
        respond(
            device
                .map_err(Into::into)
                .map(|d| DeviceUpdateResponse::Ok(convert::device(d))),
        )
    }

    pub(super) async fn device_delete_impl(
        &self,
        id: i64,
        cascade: bool,
    ) -> Result<DeviceDeleteResponse, ApiError> {
        let deleted = self.core.device_delete(id, cascade).await;
        respond(
            deleted
                .map_err(Into::into)
                .map(|()| DeviceDeleteResponse::Deleted),
        )
    }
}
