use super::{next_cursor, page_request, JouleApi};
use crate::http::convert;
use crate::http::problem::{problem_variants, respond, Failure};
use joule_api::models;
use joule_api::{
    SiteCreateResponse, SiteDeleteResponse, SiteGetResponse, SiteUpdateResponse, SitesListResponse,
};
use swagger::{ApiError, OneOf2};

problem_variants! {
    SitesListResponse { 400 => BadRequest, 503 => Unavailable }
    SiteCreateResponse { 400 => BadRequest, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    SiteGetResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    SiteUpdateResponse { 400 => BadRequest, 404 => NotFound, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    SiteDeleteResponse { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 503 => Unavailable }
}

impl JouleApi {
    /// `scope`: the sites of a site-scoped API key, the only ones listed.
    /// `geojson`: answer the sites that have coordinates as a FeatureCollection.
    pub(super) async fn sites_list_impl(
        &self,
        scope: Option<Vec<i64>>,
        limit: Option<u32>,
        cursor: Option<String>,
        geojson: bool,
    ) -> Result<SitesListResponse, ApiError> {
        respond(
            async {
                let page = page_request(limit, cursor)?;
                if geojson {
                    let page = self.core.sites_located(scope, page).await?;
                    let collection = models::SiteFeatureCollection {
                        r#type: models::GeoJsonFeatureCollectionType::FeatureCollection,
                        features: page.items.into_iter().map(convert::site_feature).collect(),
                        next_cursor: next_cursor(page.next_after),
                    };
                    // rust-server writes this media type as text (scripts/rust_server_spec.py).
                    let text = serde_json::to_string(&collection)
                        .map_err(|e| Failure::new(500, format!("GeoJSON: {e}")))?;
                    return Ok(SitesListResponse::Ok(OneOf2::B(text)));
                }
                let page = self.core.sites_list(scope, page).await?;
                Ok(SitesListResponse::Ok(OneOf2::A(models::SiteList {
                    items: page.items.into_iter().map(convert::site).collect(),
                    next_cursor: next_cursor(page.next_after),
                })))
            }
            .await,
        )
    }

    pub(super) async fn site_create_impl(
        &self,
        body: models::SiteCreate,
    ) -> Result<SiteCreateResponse, ApiError> {
        let new = convert::new_site(body, joule_db::now_micros());
        let site = self.core.site_create(new).await;
        respond(
            site.map_err(Into::into)
                .map(|site| SiteCreateResponse::Created {
                    location: self.location("sites", site.id),
                    body: convert::site(site),
                }),
        )
    }

    pub(super) async fn site_get_impl(&self, id: i64) -> Result<SiteGetResponse, ApiError> {
        let site = self.core.site_get(id).await;
        respond(
            site.map_err(Into::into)
                .map(|s| SiteGetResponse::Ok(convert::site(s))),
        )
    }

    pub(super) async fn site_update_impl(
        &self,
        id: i64,
        body: models::SiteUpdate,
    ) -> Result<SiteUpdateResponse, ApiError> {
        let changes = convert::site_changes(body, joule_db::now_micros());
        let site = self.core.site_update(id, changes).await;
        respond(
            site.map_err(Into::into)
                .map(|s| SiteUpdateResponse::Ok(convert::site(s))),
        )
    }

    pub(super) async fn site_delete_impl(
        &self,
        id: i64,
        cascade: bool,
    ) -> Result<SiteDeleteResponse, ApiError> {
        let deleted = self.core.site_delete(id, cascade).await;
        respond(
            deleted
                .map_err(Into::into)
                .map(|()| SiteDeleteResponse::Deleted),
        )
    }
}
