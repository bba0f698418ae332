use super::{next_cursor, page_request, JouleApi};
use crate::convert;
use crate::problem::{problem_variants, respond, Failure};
use joule_api::models;
use joule_api::{
    DatapointCreateResponse, DatapointDeleteResponse, DatapointGetResponse,
    DatapointUpdateResponse, DatapointsImportResponse, DatapointsListResponse,
};
use joule_db::queries::datapoints::{self as q, DatapointFilter};
use swagger::ApiError;

problem_variants! {
    DatapointsListResponse { 400 => BadRequest, 503 => Unavailable }
    DatapointCreateResponse { 400 => BadRequest, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DatapointsImportResponse { 400 => BadRequest, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DatapointGetResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    DatapointUpdateResponse { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DatapointDeleteResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
}

/// The most datapoints one import may carry (the spec's `maxItems`).
pub const MAX_IMPORT: usize = 10_000;

impl JouleApi {
    pub(super) async fn datapoints_list_impl(
        &self,
        filter: DatapointFilter,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<DatapointsListResponse, ApiError> {
        respond(
            async {
                let page = page_request(limit, cursor)?;
                let page = self
                    .db(move |c| q::datapoints_list(c, &filter, page))
                    .await?;
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
        respond(
            async {
                let spec = convert::datapoint_spec(body).map_err(Failure::unprocessable)?;
                let now = joule_db::now_micros();
                let dp = self.db(move |c| q::datapoint_create(c, &spec, now)).await?;
                Ok(DatapointCreateResponse::Created {
                    location: self.location("datapoints", dp.id),
                    body: convert::datapoint(dp),
                })
            }
            .await,
        )
    }

    pub(super) async fn datapoints_import_impl(
        &self,
        body: &[models::DatapointCreate],
    ) -> Result<DatapointsImportResponse, ApiError> {
        respond(
            async {
                if body.len() > MAX_IMPORT {
                    return Err(Failure::new(
                        413,
                        format!(
                            "{} datapoints in one import; at most {MAX_IMPORT}",
                            body.len()
                        ),
                    ));
                }
                let mut specs = Vec::with_capacity(body.len());
                let mut errors = Vec::new();
                for (i, item) in body.iter().enumerate() {
                    match convert::datapoint_spec(item.clone()) {
                        Ok(spec) => specs.push(spec),
                        Err(errs) => errors.extend(errs.into_iter().map(|e| e.at_index(i))),
                    }
                }
                if !errors.is_empty() {
                    return Err(Failure::unprocessable(errors));
                }
                let now = joule_db::now_micros();
                let counts = self
                    .db(move |c| q::datapoints_import(c, &specs, now))
                    .await?;
                Ok(DatapointsImportResponse::Ok(models::ImportResult {
                    created: counts.created,
                    updated: counts.updated,
                }))
            }
            .await,
        )
    }

    pub(super) async fn datapoint_get_impl(
        &self,
        id: i64,
    ) -> Result<DatapointGetResponse, ApiError> {
        respond(
            async {
                let dp = self.db(move |c| q::datapoint_get(c, id)).await?;
                Ok(DatapointGetResponse::Ok(convert::datapoint(dp)))
            }
            .await,
        )
    }

    pub(super) async fn datapoint_update_impl(
        &self,
        id: i64,
        body: models::DatapointUpdate,
    ) -> Result<DatapointUpdateResponse, ApiError> {
        respond(
            async {
                let changes = convert::datapoint_changes(body)?;
                let now = joule_db::now_micros();
                let dp = self
                    .db(move |c| q::datapoint_update(c, id, changes, now))
                    .await?;
                Ok(DatapointUpdateResponse::Ok(convert::datapoint(dp)))
            }
            .await,
        )
    }

    pub(super) async fn datapoint_delete_impl(
        &self,
        id: i64,
    ) -> Result<DatapointDeleteResponse, ApiError> {
        respond(
            self.db(move |c| q::datapoint_delete(c, id))
                .await
                .map(|()| DatapointDeleteResponse::Deleted),
        )
    }
}
