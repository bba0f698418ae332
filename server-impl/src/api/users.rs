//! The admin API for users. Passwords are hashed off the async threads.

use super::auth::{internal, user_model};
use super::{next_cursor, page_request, JouleApi};
use crate::auth;
use crate::problem::{problem_variants, respond, Failure};
use joule_api::models;
use joule_api::{
    UserCreateResponse, UserDeleteResponse, UserGetResponse, UserUpdateResponse, UsersListResponse,
};
use joule_db::models::{NewUser, UserChanges, USER_ROLES};
use joule_db::queries::auth as q;
use joule_db::FieldError;
use swagger::ApiError;

problem_variants! {
    UsersListResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 503 => Unavailable }
    UserCreateResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    UserGetResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 => NotFound, 503 => Unavailable }
    UserUpdateResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 => NotFound, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    UserDeleteResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 => NotFound, 409 => Conflict, 503 => Unavailable }
}

fn role_rule(role: &str, errors: &mut Vec<FieldError>) {
    if !USER_ROLES.contains(&role) {
        errors.push(FieldError::new(
            "role",
            format!(
                "unknown role '{role}'; expected one of {}",
                USER_ROLES.join(", ")
            ),
        ));
    }
}

/// Hashes a password on the hashing threads (argon2 takes tens of milliseconds).
pub(crate) async fn hash(password: String) -> Result<String, Failure> {
    crate::hashing::run(move || auth::hash_password(&password))
        .await
        .ok_or_else(|| internal("the password hashing threads stopped"))?
        .map_err(|e| internal(&e))
}

impl JouleApi {
    pub(super) async fn users_list_impl(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<UsersListResponse, ApiError> {
        respond(
            async {
                let page = page_request(limit, cursor)?;
                let page = self.db(move |c| q::users_list(c, page)).await?;
                Ok(UsersListResponse::Ok(models::UserList {
                    items: page
                        .items
                        .into_iter()
                        .map(user_model)
                        .collect::<Result<_, _>>()?,
                    next_cursor: next_cursor(page.next_after),
                }))
            }
            .await,
        )
    }

    pub(super) async fn user_create_impl(
        &self,
        body: models::UserCreate,
    ) -> Result<UserCreateResponse, ApiError> {
        respond(
            async {
                let mut errors = Vec::new();
                if let Err(m) = auth::username_rules(&body.username) {
                    errors.push(FieldError::new("username", m));
                }
                if let Err(m) = auth::password_rules(&body.password) {
                    errors.push(FieldError::new("password", m));
                }
                role_rule(&body.role, &mut errors);
                if !errors.is_empty() {
                    return Err(Failure::unprocessable(errors));
                }
                let now = joule_db::now_micros();
                let new = NewUser {
                    username: body.username,
                    password_hash: hash(body.password).await?,
                    role: body.role,
                    active: body.active.unwrap_or(true),
                    created_at: now,
                    updated_at: now,
                };
                let user = self.db(move |c| q::user_create(c, &new)).await?;
                log::info!("user '{}' created with role {}", user.username, user.role);
                Ok(UserCreateResponse::Created {
                    location: self.location("users", user.id),
                    body: user_model(user)?,
                })
            }
            .await,
        )
    }

    pub(super) async fn user_get_impl(&self, id: i64) -> Result<UserGetResponse, ApiError> {
        respond(
            async {
                let user = self.db(move |c| q::user_get(c, id)).await?;
                Ok(UserGetResponse::Ok(user_model(user)?))
            }
            .await,
        )
    }

    pub(super) async fn user_update_impl(
        &self,
        id: i64,
        body: models::UserUpdate,
    ) -> Result<UserUpdateResponse, ApiError> {
        respond(
            async {
                let mut errors = Vec::new();
                if let Some(role) = &body.role {
                    role_rule(role, &mut errors);
                }
                if let Some(password) = &body.password {
                    if let Err(m) = auth::password_rules(password) {
                        errors.push(FieldError::new("password", m));
                    }
                }
                if !errors.is_empty() {
                    return Err(Failure::unprocessable(errors));
                }
                let password_hash = match body.password {
                    Some(p) => Some(hash(p).await?),
                    None => None,
                };
                let changes = UserChanges {
                    role: body.role,
                    active: body.active,
                    password_hash,
                    updated_at: Some(joule_db::now_micros()),
                };
                let user = self
                    .db(move |c| q::user_update(c, id, &changes, None))
                    .await?;
                // The role, the active flag or the sessions changed.
                self.core.auth.forget_sessions();
                Ok(UserUpdateResponse::Ok(user_model(user)?))
            }
            .await,
        )
    }

    pub(super) async fn user_delete_impl(&self, id: i64) -> Result<UserDeleteResponse, ApiError> {
        let deleted = self.db(move |c| q::user_delete(c, id)).await;
        self.core.auth.forget_sessions();
        respond(deleted.map(|()| UserDeleteResponse::Deleted))
    }
}
