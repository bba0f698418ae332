//! The admin API for users; the rules are in `core::accounts`.

use super::auth::user_model;
use super::{next_cursor, page_request, JouleApi};
use crate::core::accounts::{self, AccountChanges, NewAccount};
use crate::http::problem::{problem_variants, respond};
use joule_api::models;
use joule_api::{
    UserCreateResponse, UserDeleteResponse, UserGetResponse, UserUpdateResponse, UsersListResponse,
};
use swagger::ApiError;

problem_variants! {
    UsersListResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 503 => Unavailable }
    UserCreateResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    UserGetResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 => NotFound, 503 => Unavailable }
    UserUpdateResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 => NotFound, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    UserDeleteResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 => NotFound, 409 => Conflict, 503 => Unavailable }
}

impl JouleApi {
    pub(super) async fn users_list_impl(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
    ) -> Result<UsersListResponse, ApiError> {
        respond(
            async {
                let page =
                    accounts::users_list(&self.core.db, page_request(limit, cursor)?).await?;
                Ok(UsersListResponse::Ok(models::UserList {
                    items: page.items.into_iter().map(user_model).collect(),
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
        let new = NewAccount {
            username: body.username,
            password: body.password,
            role: body.role,
            active: body.active.unwrap_or(true),
        };
        respond(
            async {
                let user = accounts::user_create(&self.core.db, new).await?;
                Ok(UserCreateResponse::Created {
                    location: self.location("users", user.id),
                    body: user_model(user),
                })
            }
            .await,
        )
    }

    pub(super) async fn user_get_impl(&self, id: i64) -> Result<UserGetResponse, ApiError> {
        let user = accounts::user_get(&self.core.db, id).await;
        respond(
            user.map_err(Into::into)
                .map(|u| UserGetResponse::Ok(user_model(u))),
        )
    }

    pub(super) async fn user_update_impl(
        &self,
        id: i64,
        body: models::UserUpdate,
    ) -> Result<UserUpdateResponse, ApiError> {
        let changes = AccountChanges {
            role: body.role,
            active: body.active,
            password: body.password,
        };
        let user = accounts::user_update(&self.core.db, id, changes).await;
        // The role, the active flag or the sessions changed.
        self.core.auth.forget_sessions();
        respond(
            user.map_err(Into::into)
                .map(|u| UserUpdateResponse::Ok(user_model(u))),
        )
    }

    pub(super) async fn user_delete_impl(&self, id: i64) -> Result<UserDeleteResponse, ApiError> {
        let deleted = accounts::user_delete(&self.core.db, id).await;
        self.core.auth.forget_sessions();
        respond(
            deleted
                .map_err(Into::into)
                .map(|()| UserDeleteResponse::Deleted),
        )
    }
}
