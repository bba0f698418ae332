use super::{next_cursor, page_request, JouleApi, DEFAULT_PAGE, MAX_PAGE};
use crate::http::convert;
use crate::http::problem::{problem_variants, respond, Failure};
use joule_api::models;
use joule_api::{
    ConnectorAvailableDatapointsResponse, ConnectorCreateResponse, ConnectorDeleteResponse,
    ConnectorGetResponse, ConnectorLogsResponse, ConnectorUpdateResponse, ConnectorsListResponse,
};
use swagger::ApiError;

problem_variants! {
    ConnectorsListResponse { 400 => BadRequest, 503 => Unavailable }
    ConnectorCreateResponse { 400 => BadRequest, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    ConnectorGetResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    ConnectorUpdateResponse { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    ConnectorDeleteResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    ConnectorLogsResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    ConnectorAvailableDatapointsResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
}

impl JouleApi {
    /// `scope`: the sites of a site-scoped API key, whose connectors alone are listed.
    pub(super) async fn connectors_list_impl(
        &self,
        scope: Option<Vec<i64>>,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ConnectorsListResponse, ApiError> {
        respond(
            async {
                let page = page_request(limit, cursor)?;
                let page = self.core.connectors_list(scope, site_id, page).await?;
                let now = joule_db::now_micros();
                Ok(ConnectorsListResponse::Ok(models::ConnectorList {
                    items: page
                        .items
                        .into_iter()
                        .map(|c| convert::connector(c, now))
                        .collect(),
                    next_cursor: next_cursor(page.next_after),
                }))
            }
            .await,
        )
    }

    pub(super) async fn connector_create_impl(
        &self,
        body: models::ConnectorCreate,
    ) -> Result<ConnectorCreateResponse, ApiError> {
        let now = joule_db::now_micros();
        let created = self
            .core
            .connector_create(convert::new_connector(body, now))
            .await;
        respond(
            created
                .map_err(Into::into)
                .map(|c| ConnectorCreateResponse::Created {
                    location: self.location("connectors", c.id),
                    body: convert::connector(c, now),
                }),
        )
    }

    pub(super) async fn connector_get_impl(
        &self,
        id: i64,
    ) -> Result<ConnectorGetResponse, ApiError> {
        let found = self.core.connector_get(id).await;
        let now = joule_db::now_micros();
        respond(
            found
                .map_err(Into::into)
                .map(|c| ConnectorGetResponse::Ok(convert::connector(c, now))),
        )
    }

    pub(super) async fn connector_update_impl(
        &self,
        id: i64,
        body: models::ConnectorUpdate,
    ) -> Result<ConnectorUpdateResponse, ApiError> {
        let now = joule_db::now_micros();
        let changes = convert::connector_changes(body, now);
        let updated = self.core.connector_update(id, changes).await;
        respond(
            updated
                .map_err(Into::into)
                .map(|c| ConnectorUpdateResponse::Ok(convert::connector(c, now))),
        )
    }

    pub(super) async fn connector_delete_impl(
        &self,
        id: i64,
    ) -> Result<ConnectorDeleteResponse, ApiError> {
        let deleted = self.core.connector_delete(id).await;
        respond(
            deleted
                .map_err(Into::into)
                .map(|()| ConnectorDeleteResponse::Deleted),
        )
    }

    pub(super) async fn connector_logs_impl(
        &self,
        id: i64,
        limit: Option<u32>,
    ) -> Result<ConnectorLogsResponse, ApiError> {
        respond(
            async {
                let limit = limit.unwrap_or(DEFAULT_PAGE);
                if !(1..=MAX_PAGE).contains(&limit) {
                    return Err(Failure::bad_request(
                        "limit",
                        format!("must be between 1 and {MAX_PAGE}"),
                    ));
                }
                let logs = self
                    .core
                    .connector_logs_recent(id, i64::from(limit))
                    .await?;
                Ok(ConnectorLogsResponse::Ok(
                    logs.into_iter().map(convert::connector_log).collect(),
                ))
            }
            .await,
        )
    }

    pub(super) async fn connector_available_impl(
        &self,
        id: i64,
    ) -> Result<ConnectorAvailableDatapointsResponse, ApiError> {
        let available = self.core.connector_available(id).await;
        respond(
            available
                .map_err(Into::into)
                .map(|v| ConnectorAvailableDatapointsResponse::Ok(convert::available(v))),
        )
    }
}
