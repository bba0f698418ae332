//! The admin API for API keys: the secret is answered once, only its hash is kept.

use super::{next_cursor, page_request, JouleApi};
use crate::access::Caller;
use crate::auth;
use crate::problem::{problem_variants, respond, Failure};
use joule_api::models;
use joule_api::{ApiKeyCreateResponse, ApiKeyDeleteResponse, ApiKeysListResponse};
use joule_db::models::{ApiKey, NewApiKey, KEY_ROLES};
use joule_db::queries::auth as q;
use joule_db::FieldError;
use swagger::{ApiError, Nullable};

problem_variants! {
    ApiKeysListResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 503 => Unavailable }
    ApiKeyCreateResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    ApiKeyDeleteResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 => NotFound, 503 => Unavailable }
}

/// Characters of the secret kept to recognise a key (`jk_` and 6 more).
const SHOWN_PREFIX: usize = 9;

fn role(key: &ApiKey) -> Result<models::ApiKeyRole, Failure> {
    match key.role.as_str() {
        "reader" => Ok(models::ApiKeyRole::Reader),
        "writer" => Ok(models::ApiKeyRole::Writer),
        other => {
            log::error!("API key {} has an unknown role '{other}'", key.id);
            Err(Failure::new(500, "internal error"))
        }
    }
}

fn key_model(key: ApiKey) -> Result<models::ApiKey, Failure> {
    Ok(models::ApiKey {
        id: key.id,
        role: role(&key)?,
        name: key.name,
        site_ids: Some(key.site_ids.map_or(Nullable::Null, Nullable::Present)),
        prefix: key.prefix,
        created_by: Some(key.created_by.map_or(Nullable::Null, Nullable::Present)),
        created_at: crate::convert::timestamp(key.created_at),
        last_used_at: key.last_used_at.map_or(Nullable::Null, |t| {
            Nullable::Present(crate::convert::timestamp(t))
        }),
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
                let page = page_request(limit, cursor)?;
                let page = self.db(move |c| q::api_keys_list(c, page)).await?;
                Ok(ApiKeysListResponse::Ok(models::ApiKeyList {
                    items: page
                        .items
                        .into_iter()
                        .map(key_model)
                        .collect::<Result<_, _>>()?,
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
        respond(
            async {
                let mut errors = Vec::new();
                let name = body.name.trim().to_string();
                if name.is_empty() || name.len() > crate::core::rules::MAX_NAME_LEN {
                    errors.push(FieldError::new(
                        "name",
                        format!("must be 1 to {} bytes", crate::core::rules::MAX_NAME_LEN),
                    ));
                }
                if !KEY_ROLES.contains(&body.role.as_str()) {
                    errors.push(FieldError::new(
                        "role",
                        format!(
                            "unknown role '{}'; expected one of {}",
                            body.role,
                            KEY_ROLES.join(", ")
                        ),
                    ));
                }
                let site_ids = match body.site_ids {
                    Some(Nullable::Present(mut ids)) => {
                        ids.sort_unstable();
                        ids.dedup();
                        if ids.is_empty() {
                            errors.push(FieldError::new(
                                "site_ids",
                                "give at least one site, or null for every site",
                            ));
                        }
                        Some(ids)
                    }
                    _ => None,
                };
                if let Some(ids) = site_ids.clone().filter(|ids| !ids.is_empty()) {
                    let missing = self.db(move |c| q::sites_missing(c, &ids)).await?;
                    for id in missing {
                        errors.push(FieldError::new("site_ids", format!("no site has id {id}")));
                    }
                }
                if !errors.is_empty() {
                    return Err(Failure::unprocessable(errors));
                }
                let secret = auth::new_api_key();
                let new = NewApiKey {
                    name,
                    prefix: secret.chars().take(SHOWN_PREFIX).collect(),
                    key_hash: auth::token_hash(&secret),
                    role: body.role,
                    site_ids,
                    created_by: match caller {
                        Caller::User(u) => Some(u.id),
                        _ => None,
                    },
                    created_at: joule_db::now_micros(),
                };
                let key = self.db(move |c| q::api_key_create(c, &new)).await?;
                log::info!(
                    "API key {} ({}) created by {}",
                    key.id,
                    key.name,
                    caller.describe()
                );
                let shown = key_model(key)?;
                Ok(ApiKeyCreateResponse::Created(models::ApiKeyCreated {
                    id: shown.id,
                    name: shown.name,
                    role: shown.role,
                    site_ids: shown.site_ids,
                    prefix: shown.prefix,
                    created_by: shown.created_by,
                    created_at: shown.created_at,
                    last_used_at: shown.last_used_at,
                    key: secret,
                }))
            }
            .await,
        )
    }

    pub(super) async fn api_key_delete_impl(
        &self,
        id: i64,
        caller: &Caller,
    ) -> Result<ApiKeyDeleteResponse, ApiError> {
        respond(
            async {
                self.db(move |c| q::api_key_delete(c, id)).await?;
                self.core.auth.forget_keys();
                log::info!("API key {id} revoked by {}", caller.describe());
                Ok(ApiKeyDeleteResponse::Deleted)
            }
            .await,
        )
    }
}
