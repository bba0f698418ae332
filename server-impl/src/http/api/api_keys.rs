//! The admin API for API keys; the rules are in `core::keys`.

use super::{next_cursor, page_request, JouleApi};
use crate::access::Caller;
use crate::core::keys::{CreatedKey, NewKey};
use crate::http::problem::{problem_variants, respond};
use joule_api::models;
use joule_api::{ApiKeyCreateResponse, ApiKeyDeleteResponse, ApiKeysListResponse};
use joule_db::models::ApiKey;
use swagger::{ApiError, Nullable};

problem_variants! {
    ApiKeysListResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 503 => Unavailable }
    ApiKeyCreateResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    ApiKeyDeleteResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 => NotFound, 503 => Unavailable }
}

fn key_model(key: ApiKey) -> models::ApiKey {
    models::ApiKey {
        id: key.id,
        role: crate::http::vocab::key_role(key.role),
        name: key.name,
        site_ids: Some(key.site_ids.map_or(Nullable::Null, Nullable::Present)),
        prefix: key.prefix,
        created_by: Some(key.created_by.map_or(Nullable::Null, Nullable::Present)),
        created_at: crate::http::convert::timestamp(key.created_at),
        last_used_at: key.last_used_at.map_or(Nullable::Null, |t| {
            Nullable::Present(crate::http::convert::timestamp(t))
        }),
    }
}

/// A key just made, with its secret: the only answer that shows it.
fn created_model(CreatedKey { key, secret }: CreatedKey) -> ApiKeyCreateResponse {
    let shown = key_model(key);
    ApiKeyCreateResponse::Created(models::ApiKeyCreated {
        id: shown.id,
        name: shown.name,
        role: shown.role,
        site_ids: shown.site_ids,
        prefix: shown.prefix,
        created_by: shown.created_by,
        created_at: shown.created_at,
        last_used_at: shown.last_used_at,
        key: secret,
    })
}

impl JouleApi {
    pub(super) async fn api_keys_list_impl(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ApiKeysListResponse, ApiError> {
        respond(
            async {
                let page = self
                    .core
                    .api_keys_list(page_request(limit, cursor)?)
                    .await?;
                Ok(ApiKeysListResponse::Ok(models::ApiKeyList {
                    items: page.items.into_iter().map(key_model).collect(),
                    next_cursor: next_cursor(page.next_after),
                }))
            }
            .await,
        )
    }

    pub(super) async fn api_key_create_impl(
        &self,
        body: models::ApiKeyCreate,
        caller: &Caller,
    ) -> Result<ApiKeyCreateResponse, ApiError> {
        let new = NewKey {
            name: body.name,
            role: body.role,
            site_ids: match body.site_ids {
                Some(Nullable::Present(ids)) => Some(ids),
                _ => None,
            },
        };
        let created_by = match caller {
            Caller::User(u) => Some(u.id),
            _ => None,
        };
        let by = caller.describe();
        let made = self.core.api_key_create(new, created_by, &by).await;
        respond(made.map_err(Into::into).map(created_model))
    }

    pub(super) async fn api_key_delete_impl(
        &self,
        id: i64,
        caller: &Caller,
    ) -> Result<ApiKeyDeleteResponse, ApiError> {
        let deleted = self.core.api_key_delete(id, &caller.describe()).await;
        respond(
            deleted
                .map_err(Into::into)
                .map(|()| ApiKeyDeleteResponse::Deleted),
        )
    }
}
