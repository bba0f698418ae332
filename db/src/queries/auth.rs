//! Users, sessions and refresh tokens, API keys, failed logins, server secrets, and
//! the lookups that place a resource at a site (for site-scoped API keys).
//! Secrets are never stored: tokens and keys as their SHA-256, passwords as argon2id.

use super::{overfetch, write_transaction};
use crate::connection::DbConnection;
use crate::error::DbError;
use crate::json_text::JsonText;
use crate::models::{ApiKey, NewApiKey, NewUser, Page, PageRequest, User, UserChanges};
use crate::schema::{
    api_keys, datapoints, devices, login_failures, refresh_tokens, server_secrets, sessions, sites,
    users,
};
use crate::vocab::Role;
use diesel::connection::SimpleConnection as _;
use diesel::prelude::*;
use std::collections::HashMap;

/// Ids or keys per statement in the site lookups.
const CHUNK: usize = 1000;

fn username_taken(e: DbError, username: &str) -> DbError {
    match e {
        DbError::Conflict(_) => DbError::Conflict(format!("the username '{username}' is taken")),
        other => other,
    }
}

pub fn user_create(conn: &mut DbConnection, new: &NewUser) -> Result<User, DbError> {
    diesel::insert_into(users::table)
        .values(new)
        .returning(users::all_columns)
        .get_result(conn)
        .map_err(|e| username_taken(e.into(), &new.username))
}

pub fn user_get(conn: &mut DbConnection, id: i64) -> Result<User, DbError> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| DbError::NotFound(format!("user {id}")))
}

pub fn user_by_username(conn: &mut DbConnection, username: &str) -> Result<Option<User>, DbError> {
    Ok(users::table
        .filter(users::username.eq(username))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

pub fn users_list(conn: &mut DbConnection, page: PageRequest) -> Result<Page<User>, DbError> {
    let rows = users::table
        .filter(users::id.gt(page.after.unwrap_or(i64::MIN)))
        .order(users::id.asc())
        .limit(overfetch(page.limit))
        .select(User::as_select())
        .load(conn)?;
    Ok(Page::from_overfetch(rows, page.limit, |u| u.id))
}

pub fn users_count(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(users::table.count().get_result(conn)?)
}

/// Refuses a change that would leave no active admin, so the API cannot lock
/// everybody out of user management.
fn keep_an_admin(conn: &mut DbConnection, user: &User, still_admin: bool) -> Result<(), DbError> {
    if user.role != Role::Admin || !user.active || still_admin {
        return Ok(());
    }
    let others: i64 = users::table
        .filter(users::role.eq(Role::Admin))
        .filter(users::active.eq(true))
        .filter(users::id.ne(user.id))
        .count()
        .get_result(conn)?;
    if others == 0 {
        return Err(DbError::Conflict(format!(
            "'{}' is the last active admin; make another user admin first",
            user.username
        )));
    }
    Ok(())
}

/// Changes a user. Disabling a user or changing their password ends their sessions
/// (except `keep_session`, the caller's own when they change their own password).
pub fn user_update(
    conn: &mut DbConnection,
    id: i64,
    changes: &UserChanges,
    keep_session: Option<i64>,
) -> Result<User, DbError> {
    write_transaction(conn, |conn| {
        let before = user_get(conn, id)?;
        let still_admin = changes.role.unwrap_or(before.role) == Role::Admin
            && changes.active.unwrap_or(before.active);
        keep_an_admin(conn, &before, still_admin)?;
        let user = diesel::update(users::table.find(id))
            .set(changes)
            .returning(users::all_columns)
            .get_result::<User>(conn)?;
        if changes.active == Some(false) || changes.password_hash.is_some() {
            let now = changes.updated_at.unwrap_or(before.updated_at);
            sessions_revoke_of_user(conn, id, keep_session, now)?;
        }
        Ok(user)
    })
}

pub fn user_delete(conn: &mut DbConnection, id: i64) -> Result<(), DbError> {
    write_transaction(conn, |conn| {
        let user = user_get(conn, id)?;
        keep_an_admin(conn, &user, false)?;
        diesel::delete(users::table.find(id)).execute(conn)?;
        Ok(())
    })
}

fn sessions_revoke_of_user(
    conn: &mut DbConnection,
    user_id: i64,
    except: Option<i64>,
    now: i64,
) -> Result<(), DbError> {
    diesel::update(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::id.ne(except.unwrap_or(0)))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(Some(now)))
    .execute(conn)?;
    Ok(())
}

/// Starts a session (a login) with its first refresh token; answers the session id.
pub fn session_create(
    conn: &mut DbConnection,
    user_id: i64,
    token_hash: &str,
    now: i64,
    expires_at: i64,
) -> Result<i64, DbError> {
    write_transaction(conn, |conn| {
        let session_id: i64 = diesel::insert_into(sessions::table)
            .values((sessions::user_id.eq(user_id), sessions::created_at.eq(now)))
            .returning(sessions::id)
            .get_result(conn)?;
        diesel::insert_into(refresh_tokens::table)
            .values((
                refresh_tokens::session_id.eq(session_id),
                refresh_tokens::token_hash.eq(token_hash),
                refresh_tokens::created_at.eq(now),
                refresh_tokens::expires_at.eq(expires_at),
            ))
            .execute(conn)?;
        Ok(session_id)
    })
}

/// The user of a live session: the session not revoked, the user active.
pub fn session_user(conn: &mut DbConnection, session_id: i64) -> Result<Option<User>, DbError> {
    Ok(sessions::table
        .inner_join(users::table)
        .filter(sessions::id.eq(session_id))
        .filter(sessions::revoked_at.is_null())
        .filter(users::active.eq(true))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

pub fn session_revoke(conn: &mut DbConnection, session_id: i64, now: i64) -> Result<(), DbError> {
    diesel::update(
        sessions::table
            .filter(sessions::id.eq(session_id))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(Some(now)))
    .execute(conn)?;
    Ok(())
}

/// What presenting a refresh token led to.
#[derive(Debug, Clone, PartialEq)]
pub enum Refresh {
    /// The token was current: it is now used up and `new_hash` replaces it.
    Rotated { user: User, session_id: i64 },
    /// The token had already been rotated: someone replayed it, so the whole
    /// session (token family) is now revoked.
    Reused { user_id: i64, session_id: i64 },
    /// Unknown, expired, or its session or user no longer valid.
    Invalid,
}

/// Rotates a refresh token, atomically: the old one can be used only once.
pub fn refresh_rotate(
    conn: &mut DbConnection,
    token_hash: &str,
    new_hash: &str,
    now: i64,
    expires_at: i64,
) -> Result<Refresh, DbError> {
    write_transaction(conn, |conn| {
        let found = refresh_tokens::table
            .filter(refresh_tokens::token_hash.eq(token_hash))
            .select((
                refresh_tokens::id,
                refresh_tokens::session_id,
                refresh_tokens::expires_at,
                refresh_tokens::rotated_at,
            ))
            .first::<(i64, i64, i64, Option<i64>)>(conn)
            .optional()?;
        let Some((token_id, session_id, token_expires, rotated_at)) = found else {
            return Ok(Refresh::Invalid);
        };
        let (user_id, revoked_at) = sessions::table
            .find(session_id)
            .select((sessions::user_id, sessions::revoked_at))
            .first::<(i64, Option<i64>)>(conn)?;
        if rotated_at.is_some() {
            session_revoke(conn, session_id, now)?;
            return Ok(if revoked_at.is_none() {
                Refresh::Reused {
                    user_id,
                    session_id,
                }
            } else {
                Refresh::Invalid
            });
        }
        if revoked_at.is_some() || token_expires <= now {
            return Ok(Refresh::Invalid);
        }
        let Some(user) = session_user(conn, session_id)? else {
            return Ok(Refresh::Invalid);
        };
        diesel::update(refresh_tokens::table.find(token_id))
            .set(refresh_tokens::rotated_at.eq(Some(now)))
            .execute(conn)?;
        diesel::insert_into(refresh_tokens::table)
            .values((
                refresh_tokens::session_id.eq(session_id),
                refresh_tokens::token_hash.eq(new_hash),
                refresh_tokens::created_at.eq(now),
                refresh_tokens::expires_at.eq(expires_at),
            ))
            .execute(conn)?;
        Ok(Refresh::Rotated { user, session_id })
    })
}

pub fn api_key_create(conn: &mut DbConnection, new: &NewApiKey) -> Result<ApiKey, DbError> {
    Ok(diesel::insert_into(api_keys::table)
        .values((
            api_keys::name.eq(&new.name),
            api_keys::prefix.eq(&new.prefix),
            api_keys::key_hash.eq(&new.key_hash),
            api_keys::role.eq(new.role),
            api_keys::site_ids.eq(new.site_ids.clone().map(JsonText)),
            api_keys::created_by.eq(new.created_by),
            api_keys::created_at.eq(new.created_at),
        ))
        .returning((
            api_keys::id,
            api_keys::name,
            api_keys::prefix,
            api_keys::role,
            api_keys::site_ids,
            api_keys::created_by,
            api_keys::created_at,
            api_keys::last_used_at,
        ))
        .get_result(conn)?)
}

pub fn api_keys_list(conn: &mut DbConnection, page: PageRequest) -> Result<Page<ApiKey>, DbError> {
    let rows = api_keys::table
        .filter(api_keys::id.gt(page.after.unwrap_or(i64::MIN)))
        .order(api_keys::id.asc())
        .limit(overfetch(page.limit))
        .select(ApiKey::as_select())
        .load(conn)?;
    Ok(Page::from_overfetch(rows, page.limit, |k| k.id))
}

/// Deletes a key: the next request that presents it is refused.
pub fn api_key_delete(conn: &mut DbConnection, id: i64) -> Result<(), DbError> {
    let deleted = diesel::delete(api_keys::table.find(id)).execute(conn)?;
    if deleted == 0 {
        return Err(DbError::NotFound(format!("API key {id}")));
    }
    Ok(())
}

pub fn api_key_by_hash(conn: &mut DbConnection, key_hash: &str) -> Result<Option<ApiKey>, DbError> {
    Ok(api_keys::table
        .filter(api_keys::key_hash.eq(key_hash))
        .select(ApiKey::as_select())
        .first(conn)
        .optional()?)
}

pub fn api_key_touch(conn: &mut DbConnection, id: i64, now: i64) -> Result<(), DbError> {
    diesel::update(api_keys::table.find(id))
        .set(api_keys::last_used_at.eq(Some(now)))
        .execute(conn)?;
    Ok(())
}

/// How many attempts each key may have in the window: per username from one
/// address, per username from all addresses, per address for all usernames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginLimits {
    pub per_user_and_address: i64,
    pub per_user: i64,
    pub per_address: i64,
}

/// What [`login_attempt_begin`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginAttempt {
    /// Recorded under this id: the password may be checked.
    Admitted(i64),
    /// A limit is reached; nothing was recorded. `until` is the time of the attempt
    /// whose leaving the window frees the fullest key (the latest of them).
    Refused { until: i64 },
}

/// Counts a login attempt, atomically, before its password is checked: forgets the
/// attempts at or before `since`, and if no key is at its limit records this one.
/// Concurrent attempts, also from other instances, are counted one after another, so
/// no more than the limit are ever admitted.
pub fn login_attempt_begin(
    conn: &mut DbConnection,
    username_hash: &str,
    address: &str,
    now: i64,
    since: i64,
    limits: LoginLimits,
) -> Result<LoginAttempt, DbError> {
    write_transaction(conn, |conn| {
        // SQLite's BEGIN IMMEDIATE already runs one writer at a time. PostgreSQL reads
        // only committed rows: two attempts could each miss the other and both pass.
        // This lock mode conflicts with itself and with writes, not with reads.
        if matches!(conn, DbConnection::Pg(_)) {
            conn.batch_execute("LOCK TABLE login_failures IN SHARE ROW EXCLUSIVE MODE")?;
        }
        diesel::delete(login_failures::table.filter(login_failures::at.le(since))).execute(conn)?;
        // The `limit`-th newest attempt of a key, if there is one: the key is full.
        let nth_newest = |conn: &mut DbConnection, user: bool, addr: bool, limit: i64| {
            let mut query = login_failures::table
                .select(login_failures::at)
                .order(login_failures::at.desc())
                .offset(limit.max(1) - 1)
                .limit(1)
                .into_boxed();
            if user {
                query = query.filter(login_failures::username_hash.eq(username_hash));
            }
            if addr {
                query = query.filter(login_failures::address.eq(address));
            }
            query.first::<i64>(conn).optional()
        };
        let full = [
            nth_newest(conn, true, true, limits.per_user_and_address)?,
            nth_newest(conn, true, false, limits.per_user)?,
            nth_newest(conn, false, true, limits.per_address)?,
        ];
        if let Some(until) = full.into_iter().flatten().max() {
            return Ok(LoginAttempt::Refused { until });
        }
        let id = diesel::insert_into(login_failures::table)
            .values((
                login_failures::username_hash.eq(username_hash),
                login_failures::address.eq(address),
                login_failures::at.eq(now),
            ))
            .returning(login_failures::id)
            .get_result(conn)?;
        Ok(LoginAttempt::Admitted(id))
    })
}

/// A login succeeded: forgets its attempt and the earlier failures of that username
/// from that address. Failures from elsewhere still count against the username.
pub fn login_attempt_succeeded(
    conn: &mut DbConnection,
    attempt_id: i64,
    username_hash: &str,
    address: &str,
) -> Result<(), DbError> {
    diesel::delete(
        login_failures::table.filter(
            login_failures::id
                .eq(attempt_id)
                .or(login_failures::username_hash
                    .eq(username_hash)
                    .and(login_failures::address.eq(address))),
        ),
    )
    .execute(conn)?;
    Ok(())
}

/// Forgets one attempt (a correct password that is still refused, as for a
/// disabled user, is no guess to count).
pub fn login_attempt_forget(conn: &mut DbConnection, attempt_id: i64) -> Result<(), DbError> {
    diesel::delete(login_failures::table.find(attempt_id)).execute(conn)?;
    Ok(())
}

/// The secret named `name`, made by `make` and stored on first use. Instances that
/// start together agree: the first insert wins and everybody reads it back.
pub fn secret_get_or_create(
    conn: &mut DbConnection,
    name: &str,
    now: i64,
    make: impl FnOnce() -> Result<String, DbError>,
) -> Result<String, DbError> {
    let read = |conn: &mut DbConnection| -> Result<Option<String>, DbError> {
        Ok(server_secrets::table
            .find(name)
            .select(server_secrets::value)
            .first(conn)
            .optional()?)
    };
    if let Some(value) = read(conn)? {
        return Ok(value);
    }
    let value = make()?;
    let inserted = diesel::insert_into(server_secrets::table)
        .values((
            server_secrets::name.eq(name),
            server_secrets::value.eq(&value),
            server_secrets::created_at.eq(now),
        ))
        .execute(conn);
    match inserted.map_err(DbError::from) {
        Ok(_) => Ok(value),
        Err(DbError::Conflict(_)) => {
            read(conn)?.ok_or_else(|| DbError::Internal(format!("secret {name} vanished")))
        }
        Err(e) => Err(e),
    }
}

/// The ids among `ids` that name no site.
pub fn sites_missing(conn: &mut DbConnection, ids: &[i64]) -> Result<Vec<i64>, DbError> {
    let found: Vec<i64> = sites::table
        .filter(sites::id.eq_any(ids.to_vec()))
        .select(sites::id)
        .load(conn)?;
    Ok(ids
        .iter()
        .copied()
        .filter(|id| !found.contains(id))
        .collect())
}

/// The site of a device, `None` when the device does not exist.
pub fn device_site(conn: &mut DbConnection, device_id: i64) -> Result<Option<i64>, DbError> {
    Ok(devices::table
        .find(device_id)
        .select(devices::site_id)
        .first(conn)
        .optional()?)
}

/// The site of each datapoint found among `ids` (through its device; `None` for a
/// datapoint without a device). Unknown ids are absent from the answer.
pub fn datapoint_sites(
    conn: &mut DbConnection,
    ids: &[i64],
) -> Result<HashMap<i64, Option<i64>>, DbError> {
    let mut found = HashMap::with_capacity(ids.len());
    // Chunks keep each statement within SQLite's bound on bind variables.
    for chunk in ids.chunks(CHUNK) {
        let rows: Vec<(i64, Option<i64>)> = datapoints::table
            .left_join(devices::table)
            .filter(datapoints::id.eq_any(chunk.to_vec()))
            .select((datapoints::id, devices::site_id.nullable()))
            .load(conn)?;
        found.extend(rows);
    }
    Ok(found)
}

/// [`datapoint_sites`] for datapoints named by key.
pub fn datapoint_sites_by_keys(
    conn: &mut DbConnection,
    keys: &[String],
) -> Result<HashMap<String, Option<i64>>, DbError> {
    let mut found = HashMap::with_capacity(keys.len());
    for chunk in keys.chunks(CHUNK) {
        let rows: Vec<(String, Option<i64>)> = datapoints::table
            .left_join(devices::table)
            .filter(datapoints::key.eq_any(chunk.to_vec()))
            .select((datapoints::key, devices::site_id.nullable()))
            .load(conn)?;
        found.extend(rows);
    }
    Ok(found)
}
