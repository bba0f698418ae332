//! The sign-in operations and the reading of a request's credentials; the rules
//! (throttling, token rotation, what a valid credential is, a key's sites) are in
//! `core::sessions`.

use super::JouleApi;
use crate::access::{Caller, Target};
use crate::auth;
use crate::core::sessions::{Credential, Tokens};
use crate::http::problem::{problem_variants, respond, Failure};
use joule_api::models;
use joule_api::{
    AuthLoginResponse, AuthLogoutResponse, AuthMeResponse, AuthPasswordChangeResponse,
    AuthRefreshResponse,
};
use joule_db::models::User;
use std::net::IpAddr;
use swagger::ApiError;

problem_variants! {
    AuthLoginResponse { 400 => BadRequest, 401 => Unauthorized, 413 => PayloadTooLarge, 429 => TooManyRequests { retry_after }, 503 => Unavailable }
    AuthRefreshResponse { 400 => BadRequest, 401 => Unauthorized, 413 => PayloadTooLarge, 503 => Unavailable }
    AuthLogoutResponse { 401 => Unauthorized, 403 => Forbidden, 503 => Unavailable }
    AuthMeResponse { 401 => Unauthorized, 403 => Forbidden, 503 => Unavailable }
    AuthPasswordChangeResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
}

/// The header API keys are sent in.
pub const API_KEY_HEADER: &str = "x-api-key";

pub(crate) fn user_model(u: User) -> models::User {
    models::User {
        id: u.id,
        username: u.username,
        role: crate::http::vocab::role(u.role),
        active: u.active,
        created_at: crate::http::convert::timestamp(u.created_at),
        updated_at: crate::http::convert::timestamp(u.updated_at),
    }
}

fn token_pair(tokens: Tokens) -> models::TokenPair {
    models::TokenPair {
        access_token: tokens.access_token,
        refresh_token: tokens.refresh_token,
        token_type: "Bearer".to_string(),
        expires_in: tokens.expires_in.as_secs() as i64,
    }
}

/// The credential in a request's headers: `Authorization: Bearer <token>` first,
/// else `X-API-Key`. An over-long one is a 400; an `Authorization` header that is
/// not a bearer token is a 401.
pub(crate) fn credential(headers: &hyper::HeaderMap) -> Result<Option<Credential<'_>>, Failure> {
    if let Some(value) = headers.get(hyper::header::AUTHORIZATION) {
        auth::bounded("Authorization", value.as_bytes(), auth::MAX_TOKEN_LEN)?;
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim())
            .filter(|token| !token.is_empty())
            .ok_or_else(|| {
                Failure::new(
                    401,
                    "the Authorization header must be 'Bearer <access token>'",
                )
            })?;
        return Ok(Some(Credential::Bearer(token)));
    }
    if let Some(value) = headers.get(API_KEY_HEADER) {
        auth::bounded("X-API-Key", value.as_bytes(), auth::MAX_TOKEN_LEN)?;
        // A key that is not text matches no key.
        return Ok(Some(Credential::ApiKey(value.to_str().unwrap_or_default())));
    }
    Ok(None)
}

impl JouleApi {
    /// Who sent a request. No credentials is [`Caller::Anonymous`]; credentials that
    /// are malformed, expired, revoked or unknown are a 401.
    pub(crate) async fn authenticate(&self, headers: &hyper::HeaderMap) -> Result<Caller, Failure> {
        let credential = credential(headers)?;
        Ok(self.core.authenticate(credential).await?)
    }

    /// Refuses (403) a request of a key limited to `sites` that reaches anything
    /// outside them. Things that do not exist are left to the handler (404).
    pub(crate) async fn check_scope(
        &self,
        sites: &[i64],
        targets: Vec<Target>,
    ) -> Result<(), Failure> {
        Ok(self.core.check_scope(sites, targets).await?)
    }

    /// Signs in; a throttled attempt is a 429 with `Retry-After`.
    pub(super) async fn auth_login_impl(
        &self,
        body: models::LoginRequest,
        client: Option<IpAddr>,
    ) -> Result<AuthLoginResponse, ApiError> {
        respond(
            async {
                auth::bounded("username", &body.username, auth::MAX_USERNAME_LEN)?;
                auth::bounded("password", &body.password, auth::MAX_PASSWORD_LEN)?;
                let tokens = self
                    .core
                    .login(body.username, body.password, client)
                    .await?;
                Ok(AuthLoginResponse::Ok(token_pair(tokens)))
            }
            .await,
        )
    }

    pub(super) async fn auth_refresh_impl(
        &self,
        body: models::RefreshRequest,
    ) -> Result<AuthRefreshResponse, ApiError> {
        respond(
            async {
                auth::bounded("refresh_token", &body.refresh_token, auth::MAX_TOKEN_LEN)?;
                let tokens = self.core.refresh(&body.refresh_token).await?;
                Ok(AuthRefreshResponse::Ok(token_pair(tokens)))
            }
            .await,
        )
    }

    pub(super) async fn auth_logout_impl(
        &self,
        caller: &Caller,
    ) -> Result<AuthLogoutResponse, ApiError> {
        let outcome = self.core.logout(caller).await;
        respond(
            outcome
                .map_err(Into::into)
                .map(|()| AuthLogoutResponse::LoggedOut),
        )
    }

    pub(super) async fn auth_me_impl(&self, caller: &Caller) -> Result<AuthMeResponse, ApiError> {
        let user = self.core.me(caller).await;
        respond(
            user.map_err(Into::into)
                .map(|u| AuthMeResponse::Ok(user_model(u))),
        )
    }

    pub(super) async fn auth_password_change_impl(
        &self,
        body: models::PasswordChange,
        caller: &Caller,
    ) -> Result<AuthPasswordChangeResponse, ApiError> {
        respond(
            async {
                auth::bounded("old_password", &body.old_password, auth::MAX_PASSWORD_LEN)?;
                auth::bounded("new_password", &body.new_password, auth::MAX_PASSWORD_LEN)?;
                let (old, new) = (body.old_password, body.new_password);
                self.core.password_change(caller, old, new).await?;
                Ok(AuthPasswordChangeResponse::Changed)
            }
            .await,
        )
    }
}
