//! Signing in and out: login (throttled), refresh-token rotation with reuse
//! detection, logout, the caller, changing one's own password; and what the front
//! of the server needs to authenticate requests and check an API key's sites.

use super::JouleApi;
use crate::access::{Caller, KeyCaller, Target, UserCaller};
use crate::auth::{self, TokenError};
use crate::login_throttle;
use crate::problem::{problem_variants, respond, Failure};
use joule_api::models;
use joule_api::{
    AuthLoginResponse, AuthLogoutResponse, AuthMeResponse, AuthPasswordChangeResponse,
    AuthRefreshResponse,
};
use joule_db::models::{User, UserChanges};
use joule_db::queries::auth as q;
use joule_db::FieldError;
use std::net::IpAddr;
use swagger::ApiError;

problem_variants! {
    AuthLoginResponse { 400 => BadRequest, 401 => Unauthorized, 413 => PayloadTooLarge, 429 => TooManyRequests { retry_after }, 503 => Unavailable }
    AuthRefreshResponse { 400 => BadRequest, 401 => Unauthorized, 413 => PayloadTooLarge, 503 => Unavailable }
    AuthLogoutResponse { 401 => Unauthorized, 403 => Forbidden, 503 => Unavailable }
    AuthMeResponse { 401 => Unauthorized, 403 => Forbidden, 503 => Unavailable }
    AuthPasswordChangeResponse { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
}

/// An API key's last-used time is written at most this often.
const TOUCH_EVERY_MICROS: i64 = 60 * 1_000_000;
/// Every failed login gets this answer, whether the user exists or not.
const BAD_LOGIN: &str = "wrong username or password";

/// The header API keys are sent in.
pub const API_KEY_HEADER: &str = "x-api-key";

pub(crate) fn user_model(u: User) -> models::User {
    models::User {
        id: u.id,
        username: u.username,
        role: crate::vocab::role(u.role),
        active: u.active,
        created_at: crate::convert::timestamp(u.created_at),
        updated_at: crate::convert::timestamp(u.updated_at),
    }
}

fn unauthorized(detail: &str) -> Failure {
    Failure::new(401, detail)
}

fn token_pair(
    access_token: String,
    refresh_token: String,
    ttl: std::time::Duration,
) -> models::TokenPair {
    models::TokenPair {
        access_token,
        refresh_token,
        token_type: "Bearer".to_string(),
        expires_in: ttl.as_secs() as i64,
    }
}

impl JouleApi {
    /// Who sent a request. No credentials is [`Caller::Anonymous`]; credentials that
    /// are malformed, expired, revoked or unknown are a 401.
    pub(crate) async fn authenticate(&self, headers: &hyper::HeaderMap) -> Result<Caller, Failure> {
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
                    unauthorized("the Authorization header must be 'Bearer <access token>'")
                })?;
            let access = self.core.auth.verify_access(token).map_err(|e| match e {
                TokenError::Expired => {
                    unauthorized("the access token has expired; refresh it or sign in again")
                }
                TokenError::Invalid => unauthorized("the access token is not valid"),
            })?;
            let ended =
                || unauthorized("the session of this access token has ended; sign in again");
            if let Some(caller) = self.core.auth.cached_session(access.session_id) {
                return match &caller {
                    Caller::User(u) if u.id == access.user_id => Ok(caller),
                    _ => Err(ended()),
                };
            }
            let user = self
                .db(move |c| q::session_user(c, access.session_id))
                .await?
                .filter(|u| u.id == access.user_id)
                .ok_or_else(ended)?;
            let caller = Caller::User(UserCaller {
                id: user.id,
                username: user.username,
                role: user.role,
                session_id: access.session_id,
            });
            self.core
                .auth
                .remember_session(access.session_id, caller.clone());
            return Ok(caller);
        }
        if let Some(value) = headers.get(API_KEY_HEADER) {
            auth::bounded("X-API-Key", value.as_bytes(), auth::MAX_TOKEN_LEN)?;
            let hash = auth::token_hash(value.to_str().unwrap_or_default().trim());
            if let Some(caller) = self.core.auth.cached_key(&hash) {
                return Ok(caller);
            }
            let now = joule_db::now_micros();
            let lookup = hash.clone();
            let key = self
                .db(move |c| {
                    let key = q::api_key_by_hash(c, &lookup)?;
                    if let Some(k) = &key {
                        if k.last_used_at.is_none_or(|t| now - t >= TOUCH_EVERY_MICROS) {
                            q::api_key_touch(c, k.id, now)?;
                        }
                    }
                    Ok(key)
                })
                .await?
                .ok_or_else(|| unauthorized("the API key is not valid or has been revoked"))?;
            let caller = Caller::Key(KeyCaller {
                id: key.id,
                role: key.role,
                sites: key.site_ids,
            });
            self.core.auth.remember_key(hash, caller.clone());
            return Ok(caller);
        }
        Ok(Caller::Anonymous)
    }

    /// Refuses (403) a request of a key limited to `sites` that reaches anything
    /// outside them. Things that do not exist are left to the handler (404).
    pub(crate) async fn check_scope(
        &self,
        sites: &[i64],
        targets: Vec<Target>,
    ) -> Result<(), Failure> {
        let sites = sites.to_vec();
        let outside = self
            .db(move |c| {
                let within = |site: Option<i64>| site.is_some_and(|s| sites.contains(&s));
                for target in targets {
                    match target {
                        Target::Site(id) if !sites.contains(&id) => {
                            return Ok(Some(format!("site {id}")));
                        }
                        Target::Site(_) => {}
                        Target::Device(id) => {
                            if let Some(site) = q::device_site(c, id)? {
                                if !within(Some(site)) {
                                    return Ok(Some(format!("device {id}")));
                                }
                            }
                        }
                        Target::Datapoints(ids) if !ids.is_empty() => {
                            let found = q::datapoint_sites(c, &ids)?;
                            if let Some(id) = ids
                                .iter()
                                .find(|id| found.get(id).is_some_and(|s| !within(*s)))
                            {
                                return Ok(Some(format!("datapoint {id}")));
                            }
                        }
                        Target::DatapointKeys(keys) if !keys.is_empty() => {
                            let found = q::datapoint_sites_by_keys(c, &keys)?;
                            if let Some(key) = keys
                                .iter()
                                .find(|k| found.get(*k).is_some_and(|s| !within(*s)))
                            {
                                return Ok(Some(format!("datapoint '{key}'")));
                            }
                        }
                        Target::Datapoints(_) | Target::DatapointKeys(_) => {}
                    }
                }
                Ok(None)
            })
            .await?;
        match outside {
            None => Ok(()),
            Some(what) => Err(Failure::new(
                403,
                format!("{what} is outside the sites this API key may reach"),
            )),
        }
    }

    /// Signs in, throttled as [`login_throttle`] describes: a refusal is a 429 to
    /// retry after the wait.
    async fn login(
        &self,
        body: models::LoginRequest,
        client: Option<IpAddr>,
    ) -> Result<models::TokenPair, Failure> {
        auth::bounded("username", &body.username, auth::MAX_USERNAME_LEN)?;
        auth::bounded("password", &body.password, auth::MAX_PASSWORD_LEN)?;
        let address = login_throttle::address_key(client);
        let username = body.username;
        let user_key = auth::token_hash(&username);
        let now = joule_db::now_micros();
        let since = now - login_throttle::WINDOW_SECS * 1_000_000;
        let (key, addr) = (user_key.clone(), address.clone());
        let attempt = self
            .db(move |c| q::login_attempt_begin(c, &key, &addr, now, since, login_throttle::LIMITS))
            .await?;
        let attempt = match attempt {
            q::LoginAttempt::Admitted(id) => id,
            q::LoginAttempt::Refused { until } => {
                log::warn!("login refused for {address}: too many failed logins");
                let wait = login_throttle::wait_secs(until, now);
                return Err(Failure::new(
                    429,
                    format!("too many failed logins; try again in {wait} seconds"),
                )
                .retry_after(wait.unsigned_abs()));
            }
        };
        let name = username.clone();
        let user = self.db(move |c| q::user_by_username(c, &name)).await?;
        let hash = user.as_ref().map_or_else(
            || self.core.auth.dummy_hash().to_string(),
            |u| u.password_hash.clone(),
        );
        let password = body.password;
        let matches = crate::hashing::run(move || auth::verify_password(&hash, &password))
            .await
            .unwrap_or(false);
        let user = match user {
            Some(user) if matches && user.active => user,
            found => {
                if matches {
                    log::info!("login refused for disabled user '{username}' from {address}");
                    self.db(move |c| q::login_attempt_forget(c, attempt))
                        .await?;
                } else {
                    // The attempt stays recorded: it is a failure now.
                    match &found {
                        // Unknown names are not logged: they are often mistyped passwords.
                        Some(_) => log::info!("failed login for '{username}' from {address}"),
                        None => log::info!("failed login for an unknown user from {address}"),
                    }
                }
                return Err(unauthorized(BAD_LOGIN));
            }
        };
        let refresh = auth::new_refresh_token();
        let refresh_hash = auth::token_hash(&refresh);
        let expires = now + self.core.auth.refresh_ttl().as_micros() as i64;
        let user_id = user.id;
        let addr = address.clone();
        let session_id = self
            .db(move |c| {
                q::login_attempt_succeeded(c, attempt, &user_key, &addr)?;
                q::session_create(c, user_id, &refresh_hash, now, expires)
            })
            .await?;
        let access = self
            .core
            .auth
            .access_token(user.id, session_id)
            .map_err(|e| internal(&e))?;
        log::info!("user '{}' signed in from {address}", user.username);
        Ok(token_pair(access, refresh, self.core.auth.access_ttl()))
    }

    pub(super) async fn auth_login_impl(
        &self,
        body: models::LoginRequest,
        client: Option<IpAddr>,
    ) -> Result<AuthLoginResponse, ApiError> {
        respond(self.login(body, client).await.map(AuthLoginResponse::Ok))
    }

    pub(super) async fn auth_refresh_impl(
        &self,
        body: models::RefreshRequest,
    ) -> Result<AuthRefreshResponse, ApiError> {
        respond(
            async {
                auth::bounded("refresh_token", &body.refresh_token, auth::MAX_TOKEN_LEN)?;
                let old_hash = auth::token_hash(body.refresh_token.trim());
                let refresh = auth::new_refresh_token();
                let new_hash = auth::token_hash(&refresh);
                let now = joule_db::now_micros();
                let expires = now + self.core.auth.refresh_ttl().as_micros() as i64;
                let outcome = self
                    .db(move |c| q::refresh_rotate(c, &old_hash, &new_hash, now, expires))
                    .await?;
                match outcome {
                    q::Refresh::Rotated { user, session_id } => {
                        let access = self
                            .core
                            .auth
                            .access_token(user.id, session_id)
                            .map_err(|e| internal(&e))?;
                        Ok(AuthRefreshResponse::Ok(token_pair(
                            access,
                            refresh,
                            self.core.auth.access_ttl(),
                        )))
                    }
                    q::Refresh::Reused {
                        user_id,
                        session_id,
                    } => {
                        self.core.auth.forget_sessions();
                        log::warn!(
                            "a used refresh token of user {user_id} was presented again; \
                             session {session_id} is revoked"
                        );
                        Err(unauthorized(
                            "this refresh token was already used; its session is now revoked",
                        ))
                    }
                    q::Refresh::Invalid => Err(unauthorized(
                        "the refresh token is not valid, has expired or has been revoked",
                    )),
                }
            }
            .await,
        )
    }

    pub(super) async fn auth_logout_impl(
        &self,
        caller: &Caller,
    ) -> Result<AuthLogoutResponse, ApiError> {
        respond(
            async {
                let session_id = signed_in(caller)?.session_id;
                let now = joule_db::now_micros();
                self.db(move |c| q::session_revoke(c, session_id, now))
                    .await?;
                self.core.auth.forget_sessions();
                Ok(AuthLogoutResponse::LoggedOut)
            }
            .await,
        )
    }

    pub(super) async fn auth_me_impl(&self, caller: &Caller) -> Result<AuthMeResponse, ApiError> {
        respond(
            async {
                let id = signed_in(caller)?.id;
                let user = self.db(move |c| q::user_get(c, id)).await?;
                Ok(AuthMeResponse::Ok(user_model(user)))
            }
            .await,
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
                let me = signed_in(caller)?.clone();
                auth::password_rules(&body.new_password).map_err(|m| {
                    Failure::unprocessable(vec![FieldError::new("new_password", m)])
                })?;
                let id = me.id;
                let user = self.db(move |c| q::user_get(c, id)).await?;
                let (hash, old, new) = (user.password_hash, body.old_password, body.new_password);
                let new_hash = crate::hashing::run(move || {
                    if auth::verify_password(&hash, &old) {
                        auth::hash_password(&new).map(Some)
                    } else {
                        Ok(None)
                    }
                })
                .await
                .ok_or_else(|| internal("the password hashing threads stopped"))?
                .map_err(|e| internal(&e))?
                .ok_or_else(|| {
                    Failure::unprocessable(vec![FieldError::new(
                        "old_password",
                        "is not the current password",
                    )])
                })?;
                let changes = UserChanges {
                    password_hash: Some(new_hash),
                    updated_at: Some(joule_db::now_micros()),
                    ..UserChanges::default()
                };
                self.db(move |c| q::user_update(c, id, &changes, Some(me.session_id)))
                    .await?;
                self.core.auth.forget_sessions();
                log::info!("user '{}' changed their password", me.username);
                Ok(AuthPasswordChangeResponse::Changed)
            }
            .await,
        )
    }
}

pub(crate) fn internal(message: &str) -> Failure {
    log::error!("{message}");
    Failure::new(500, "internal error")
}

/// The signed-in user; the front admits only users to these operations.
fn signed_in(caller: &Caller) -> Result<&UserCaller, Failure> {
    match caller {
        Caller::User(u) => Ok(u),
        _ => Err(Failure::new(403, "only a signed-in user may do this")),
    }
}
