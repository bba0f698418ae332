use super::{next_cursor, page_request, JouleApi};
use crate::http::convert;
use crate::http::problem::{problem_variants, respond};
use joule_api::models;
use joule_api::{
    DatapointCreateResponse, DatapointDeleteResponse, DatapointGetResponse,
    DatapointUpdateResponse, DatapointsImportResponse, DatapointsListResponse,
};
use joule_db::queries::datapoints::DatapointFilter;
use swagger::ApiError;

problem_variants! {
    DatapointsListResponse { 400 => BadRequest, 503 => Unavailable }
    DatapointCreateResponse { 400 => BadRequest, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DatapointsImportResponse { 400 => BadRequest, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DatapointGetResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    DatapointUpdateResponse { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DatapointDeleteResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
}

impl JouleApi {
    pub(super) async fn datapoints_list_impl(
        &self,
        filter: DatapointFilter,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<DatapointsListResponse, ApiError> {
        respond(
            async {
                let page = self
                    .core
                    .datapoints_list(filter, page_request(limit, cursor)?);
                let page = page.await?;
                Ok(DatapointsListResponse::Ok(models::DatapointList {
                    items: page.items.into_iter().map(convert::datapoint).collect(),
                    next_cursor: next_cursor(page.next_after),
                }))
            }
            .await,
        )
    }

    pub(super) async fn datapoint_create_impl(
        &self,
        body: models::DatapointCreate,
    ) -> Result<DatapointCreateResponse, ApiError> {
        let created = self.core.datapoint_create(convert::datapoint_draft(body));
        respond(
            created
                .await
                .map_err(Into::into)
                .map(|dp| DatapointCreateResponse::Created {
                    location: self.location("datapoints", dp.id),
                    body: convert::datapoint(dp),
                }),
        )
    }

    pub(super) async fn datapoints_import_impl(
        &self,
        body: &[models::DatapointCreate],
    ) -> Result<DatapointsImportResponse, ApiError> {
        let drafts = body.iter().cloned().map(convert::datapoint_draft).collect();
        let counts = self.core.datapoints_import(drafts).await;
        respond(counts.map_err(Into::into).map(|counts| {
            DatapointsImportResponse::Ok(models::ImportResult {
                created: counts.created,
                updated: counts.updated,
            })
        }))
    }

    pub(super) async fn datapoint_get_impl(
        &self,
        id: i64,
    ) -> Result<DatapointGetResponse, ApiError> {
        let dp = self.core.datapoint_get(id).await;
        respond(
            dp.map_err(Into::into)
                .map(|dp| DatapointGetResponse::Ok(convert::datapoint(dp))),
        )
    }

    pub(super) async fn datapoint_update_impl(
        &self,
        id: i64,
        body: models::DatapointUpdate,
    ) -> Result<DatapointUpdateResponse, ApiError> {
        let dp = self
            .core
            .datapoint_update(id, convert::datapoint_edit(body));
        respond(
            dp.await
                .map_err(Into::into)
                .map(|dp| DatapointUpdateResponse::Ok(convert::datapoint(dp))),
        )
    }

    pub(super) async fn datapoint_delete_impl(
        &self,
        id: i64,
    ) -> Result<DatapointDeleteResponse, ApiError> {
        let deleted = self.core.datapoint_delete(id).await;
        respond(
            deleted
                .map_err(Into::into)
                .map(|()| DatapointDeleteResponse::Deleted),
        )
    }
}
