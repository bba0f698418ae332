//! Sessions and callers: signing in (throttled, see [`login_throttle`]), renewing
//! a session by rotating its refresh token (a reused token revokes the session),
//! signing out, the signed-in user, changing one's own password; and who sent a
//! request: an access token or an API key becomes a [`Caller`], and the sites a
//! site-limited key may reach are checked here.

use super::{accounts, login_throttle, Core, CoreError};
use crate::access::{Caller, KeyCaller, Target, UserCaller};
use crate::auth::{self, TokenError};
use crate::metrics::names;
use joule_db::models::{User, UserChanges};
use joule_db::queries::auth as q;
use joule_db::queries::connectors::connector_site;
use joule_db::{DbConnection, DbError, FieldError};
use std::net::IpAddr;
use std::time::Duration;

/// An API key's last-used time is written at most this often.
const TOUCH_EVERY_MICROS: i64 = 60 * 1_000_000;
/// Every failed login gets this answer, whether the user exists or not.
const BAD_LOGIN: &str = "wrong username or password";

/// The credential a request carried, as its door read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credential<'a> {
    /// A signed access token (`Authorization: Bearer …` over HTTP).
    Bearer(&'a str),
    /// An API key's secret.
    ApiKey(&'a str),
}

/// What signing in or renewing a session gives: an access token that lives
/// `expires_in`, and the refresh token to renew it with (once).
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access_token: String,
    pub refresh_token: String,
    pub expires_in: Duration,
}

fn unauthenticated(detail: &str) -> CoreError {
    CoreError::Unauthenticated(detail.to_string())
}

/// The signed-in user; doors admit only users to the account operations.
fn signed_in(caller: &Caller) -> Result<&UserCaller, CoreError> {
    match caller {
        Caller::User(u) => Ok(u),
        _ => Err(CoreError::Forbidden(
            "only a signed-in user may do this".into(),
        )),
    }
}

/// Checks a password on the hashing threads; `None` if they stopped.
async fn verify(hash: String, password: String) -> Option<bool> {
    crate::hashing::run(move || auth::verify_password(&hash, &password)).await
}

impl Core {
    /// Who holds `credential`. No credential is [`Caller::Anonymous`]; one that is
    /// malformed, expired, revoked or unknown is refused.
    pub async fn authenticate(
        &self,
        credential: Option<Credential<'_>>,
    ) -> Result<Caller, CoreError> {
        match credential {
            None => Ok(Caller::Anonymous),
            Some(Credential::Bearer(token)) => self.token_caller(token).await,
            Some(Credential::ApiKey(secret)) => self.key_caller(secret).await,
        }
    }

    async fn token_caller(&self, token: &str) -> Result<Caller, CoreError> {
        let access = self.auth.verify_access(token).map_err(|e| match e {
            TokenError::Expired => {
                unauthenticated("the access token has expired; refresh it or sign in again")
            }
            TokenError::Invalid => unauthenticated("the access token is not valid"),
        })?;
        let ended = || unauthenticated("the session of this access token has ended; sign in again");
        if let Some(caller) = self.auth.cached_session(access.session_id) {
            return match &caller {
                Caller::User(u) if u.id == access.user_id => Ok(caller),
                _ => Err(ended()),
            };
        }
        let user = self
            .db
            .run(move |c| q::session_user(c, access.session_id))
            .await?
            .filter(|u| u.id == access.user_id)
            .ok_or_else(ended)?;
        let caller = Caller::User(UserCaller {
            id: user.id,
            username: user.username,
            role: user.role,
            session_id: access.session_id,
        });
        self.auth
            .remember_session(access.session_id, caller.clone());
        Ok(caller)
    }

    async fn key_caller(&self, secret: &str) -> Result<Caller, CoreError> {
        let hash = auth::token_hash(secret.trim());
        if let Some(caller) = self.auth.cached_key(&hash) {
            return Ok(caller);
        }
        let now = joule_db::now_micros();
        let lookup = hash.clone();
        let key = self
            .db
            .run(move |c| {
                let key = q::api_key_by_hash(c, &lookup)?;
                if let Some(k) = &key {
                    if k.last_used_at.is_none_or(|t| now - t >= TOUCH_EVERY_MICROS) {
                        q::api_key_touch(c, k.id, now)?;
                    }
                }
                Ok(key)
            })
            .await?
            .ok_or_else(|| unauthenticated("the API key is not valid or has been revoked"))?;
        let caller = Caller::Key(KeyCaller {
            id: key.id,
            role: key.role,
            sites: key.site_ids,
        });
        self.auth.remember_key(hash, caller.clone());
        Ok(caller)
    }

    /// Refuses a request of a key limited to `sites` that reaches anything outside
    /// them. Things that do not exist are left to the operation (not found).
    pub async fn check_scope(&self, sites: &[i64], targets: Vec<Target>) -> Result<(), CoreError> {
        let sites = sites.to_vec();
        let outside = self
            .db
            .run(move |c| first_outside(c, &sites, targets))
            .await?;
        match outside {
            None => Ok(()),
            Some(what) => Err(CoreError::Forbidden(format!(
                "{what} is outside the sites this API key may reach"
            ))),
        }
    }

    /// Signs in and opens a session. Throttled as [`login_throttle`] describes: the
    /// attempt is recorded before the password is checked, and a refusal says when
    /// to try again.
    pub async fn login(
        &self,
        username: String,
        password: String,
        client: Option<IpAddr>,
    ) -> Result<Tokens, CoreError> {
        let address = login_throttle::address_key(client);
        let user_key = auth::token_hash(&username);
        let now = joule_db::now_micros();
        let attempt = self.login_attempt(&user_key, &address, now).await?;
        let name = username.clone();
        let user = self.db.run(move |c| q::user_by_username(c, &name)).await?;
        let hash = user.as_ref().map_or_else(
            || self.auth.dummy_hash().to_string(),
            |u| u.password_hash.clone(),
        );
        let matches = verify(hash, password).await.unwrap_or(false);
        let user = match user {
            Some(user) if matches && user.active => user,
            found => {
                if matches {
                    log::info!("login refused for disabled user '{username}' from {address}");
                    self.db
                        .run(move |c| q::login_attempt_forget(c, attempt))
                        .await?;
                } else {
                    metrics::counter!(names::LOGIN_FAILURES).increment(1);
                    // The attempt stays recorded: it is a failure now.
                    match &found {
                        // Unknown names are not logged: they are often mistyped passwords.
                        Some(_) => log::info!("failed login for '{username}' from {address}"),
                        None => log::info!("failed login for an unknown user from {address}"),
                    }
                }
                return Err(unauthenticated(BAD_LOGIN));
            }
        };
        let refresh = auth::new_refresh_token();
        let refresh_hash = auth::token_hash(&refresh);
        let expires = now + self.auth.refresh_ttl().as_micros() as i64;
        let user_id = user.id;
        let addr = address.clone();
        let session_id = self
            .db
            .run(move |c| {
                q::login_attempt_succeeded(c, attempt, &user_key, &addr)?;
                q::session_create(c, user_id, &refresh_hash, now, expires)
            })
            .await?;
        let tokens = self.tokens(user.id, session_id, refresh)?;
        log::info!("user '{}' signed in from {address}", user.username);
        Ok(tokens)
    }

    /// Records a login attempt, or refuses it when its keys hold their limits.
    async fn login_attempt(
        &self,
        user_key: &str,
        address: &str,
        now: i64,
    ) -> Result<i64, CoreError> {
        let since = now - login_throttle::WINDOW_SECS * 1_000_000;
        let (key, addr) = (user_key.to_string(), address.to_string());
        let attempt = self
            .db
            .run(move |c| {
                q::login_attempt_begin(c, &key, &addr, now, since, login_throttle::LIMITS)
            })
            .await?;
        match attempt {
            q::LoginAttempt::Admitted(id) => Ok(id),
            q::LoginAttempt::Refused { until } => {
                log::warn!("login refused for {address}: too many failed logins");
                metrics::counter!(names::LOGIN_THROTTLED).increment(1);
                let wait = login_throttle::wait_secs(until, now);
                Err(CoreError::Throttled {
                    detail: format!("too many failed logins; try again in {wait} seconds"),
                    retry_after: Duration::from_secs(wait.unsigned_abs()),
                })
            }
        }
    }

    fn tokens(
        &self,
        user_id: i64,
        session_id: i64,
        refresh_token: String,
    ) -> Result<Tokens, CoreError> {
        let access_token = self
            .auth
            .access_token(user_id, session_id)
            .map_err(CoreError::Internal)?;
        Ok(Tokens {
            access_token,
            refresh_token,
            expires_in: self.auth.access_ttl(),
        })
    }

    /// Renews a session: the refresh token is exchanged for a new pair. A token
    /// presented a second time means it was stolen or replayed: its session ends.
    pub async fn refresh(&self, refresh_token: &str) -> Result<Tokens, CoreError> {
        let old_hash = auth::token_hash(refresh_token.trim());
        let refresh = auth::new_refresh_token();
        let new_hash = auth::token_hash(&refresh);
        let now = joule_db::now_micros();
        let expires = now + self.auth.refresh_ttl().as_micros() as i64;
        let outcome = self
            .db
            .run(move |c| q::refresh_rotate(c, &old_hash, &new_hash, now, expires))
            .await?;
        match outcome {
            q::Refresh::Rotated { user, session_id } => self.tokens(user.id, session_id, refresh),
            q::Refresh::Reused {
                user_id,
                session_id,
            } => {
                self.auth.forget_sessions();
                log::warn!(
                    "a used refresh token of user {user_id} was presented again; \
                     session {session_id} is revoked"
                );
                Err(unauthenticated(
                    "this refresh token was already used; its session is now revoked",
                ))
            }
            q::Refresh::Invalid => Err(unauthenticated(
                "the refresh token is not valid, has expired or has been revoked",
            )),
        }
    }

    /// Ends the caller's session.
    pub async fn logout(&self, caller: &Caller) -> Result<(), CoreError> {
        let session_id = signed_in(caller)?.session_id;
        let now = joule_db::now_micros();
        self.db
            .run(move |c| q::session_revoke(c, session_id, now))
            .await?;
        self.auth.forget_sessions();
        Ok(())
    }

    /// The signed-in user, as stored.
    pub async fn me(&self, caller: &Caller) -> Result<User, CoreError> {
        let id = signed_in(caller)?.id;
        accounts::user_get(&self.db, id).await
    }

    /// Changes the caller's password after checking the current one. Their other
    /// sessions end; the one they called from goes on.
    pub async fn password_change(
        &self,
        caller: &Caller,
        old_password: String,
        new_password: String,
    ) -> Result<(), CoreError> {
        let me = signed_in(caller)?.clone();
        auth::password_rules(&new_password)
            .map_err(|m| CoreError::invalid_field("new_password", m))?;
        let user = accounts::user_get(&self.db, me.id).await?;
        let stopped = || CoreError::Internal("the password hashing threads stopped".into());
        if !verify(user.password_hash, old_password)
            .await
            .ok_or_else(stopped)?
        {
            return Err(CoreError::invalid(vec![FieldError::new(
                "old_password",
                "is not the current password",
            )]));
        }
        let changes = UserChanges {
            password_hash: Some(accounts::hash(new_password).await?),
            updated_at: Some(joule_db::now_micros()),
            ..UserChanges::default()
        };
        let (id, keep) = (me.id, me.session_id);
        self.db
            .run(move |c| q::user_update(c, id, &changes, Some(keep)))
            .await?;
        self.auth.forget_sessions();
        log::info!("user '{}' changed their password", me.username);
        Ok(())
    }
}

/// The first of `targets` outside `sites` (as it is named to the caller), if any.
fn first_outside(
    c: &mut DbConnection,
    sites: &[i64],
    targets: Vec<Target>,
) -> Result<Option<String>, DbError> {
    let within = |site: Option<i64>| site.is_some_and(|s| sites.contains(&s));
    for target in targets {
        match target {
            Target::Site(id) if !sites.contains(&id) => return Ok(Some(format!("site {id}"))),
            Target::Site(_) => {}
            Target::Device(id) => {
                if let Some(site) = q::device_site(c, id)? {
                    if !within(Some(site)) {
                        return Ok(Some(format!("device {id}")));
                    }
                }
            }
            Target::Connector(id) => {
                if let Some(site) = connector_site(c, id)? {
                    if !within(site) {
                        return Ok(Some(format!("connector {id}")));
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::accounts::NewAccount;
    use joule_db::connection::{connect, migrate, PoolOptions};
    use joule_db::Role;

    /// A core on a fresh SQLite database (removed when the guard drops).
    struct Fresh(std::path::PathBuf);

    impl Drop for Fresh {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn core(name: &str) -> (Fresh, Core) {
        let dir = std::env::temp_dir().join(format!("joule-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let url = format!("sqlite://{}", dir.join("joule.db").display());
        let pool = connect(&url, &PoolOptions::default()).expect("pool");
        migrate(&pool).expect("migrations");
        let auth = auth::Auth::new(&auth::AuthConfig {
            signing_key: b"0123456789abcdef0123456789abcdef".to_vec(),
            access_ttl: Duration::from_secs(60),
            refresh_ttl: Duration::from_secs(600),
        })
        .expect("auth");
        let core = Core::new(pool, super::super::Limits::default(), auth.into());
        (Fresh(dir), core)
    }

    #[tokio::test]
    async fn a_session_signs_in_renews_once_and_ends_on_reuse() {
        let (_dir, core) = core("sessions");
        let new = NewAccount {
            username: "anna".into(),
            password: "correct horse".into(),
            role: "viewer".into(),
            active: true,
        };
        accounts::user_create(&core.db, new).await.expect("user");
        let bad = core.login("anna".into(), "wrong horse".into(), None).await;
        assert_eq!(bad.err(), Some(unauthenticated(BAD_LOGIN)));
        let tokens = core
            .login("anna".into(), "correct horse".into(), None)
            .await
            .expect("login");
        let caller = core
            .authenticate(Some(Credential::Bearer(&tokens.access_token)))
            .await
            .expect("caller");
        assert_eq!(core.me(&caller).await.expect("me").username, "anna");

        let renewed = core.refresh(&tokens.refresh_token).await.expect("refresh");
        assert_ne!(renewed.refresh_token, tokens.refresh_token);
        let reused = core.refresh(&tokens.refresh_token).await.err();
        assert_eq!(
            reused,
            Some(unauthenticated(
                "this refresh token was already used; its session is now revoked"
            ))
        );
        let ended = core
            .authenticate(Some(Credential::Bearer(&renewed.access_token)))
            .await
            .err();
        assert_eq!(
            ended,
            Some(unauthenticated(
                "the session of this access token has ended; sign in again"
            ))
        );
        let unknown = core.authenticate(Some(Credential::ApiKey("jk_nope"))).await;
        assert_eq!(
            unknown.err(),
            Some(unauthenticated(
                "the API key is not valid or has been revoked"
            ))
        );
        assert_eq!(core.authenticate(None).await, Ok(Caller::Anonymous));
    }

    fn user() -> Caller {
        Caller::User(UserCaller {
            id: 1,
            username: "anna".into(),
            role: Role::Admin,
            session_id: 7,
        })
    }

    #[test]
    fn only_a_signed_in_user_has_an_account_session() {
        assert_eq!(signed_in(&user()).map(|u| u.session_id), Ok(7));
        let refused = CoreError::Forbidden("only a signed-in user may do this".into());
        assert_eq!(signed_in(&Caller::Anonymous).err(), Some(refused.clone()));
        let key = Caller::Key(KeyCaller {
            id: 3,
            role: joule_db::KeyRole::Writer,
            sites: None,
        });
        assert_eq!(signed_in(&key).err(), Some(refused));
    }
}
