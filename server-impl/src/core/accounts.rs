//! Accounts: users and their rules. `POST /users`, `joule user …` and the first
//! admin made from `JOULE_ADMIN_PASSWORD` all create users here.

use super::{CoreError, Db};
use crate::auth;
use joule_db::models::{NewUser, Page, PageRequest, User, UserChanges};
use joule_db::queries::auth as q;
use joule_db::FieldError;
use joule_db::Role;

/// A user to create, as a door received it.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub username: String,
    pub password: String,
    pub role: String,
    pub active: bool,
}

/// Changes to a user; `None` keeps what is stored.
#[derive(Debug, Clone, Default)]
pub struct AccountChanges {
    pub role: Option<String>,
    pub active: Option<bool>,
    pub password: Option<String>,
}

fn password_rule(password: &str, errors: &mut Vec<FieldError>) {
    if let Err(m) = auth::password_rules(password) {
        errors.push(FieldError::new("password", m));
    }
}

fn done(errors: Vec<FieldError>) -> Result<(), CoreError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CoreError::invalid(errors))
    }
}

/// Hashes a password on the hashing threads (argon2 takes tens of milliseconds).
pub async fn hash(password: String) -> Result<String, CoreError> {
    crate::hashing::run(move || auth::hash_password(&password))
        .await
        .ok_or_else(|| CoreError::Internal("the password hashing threads stopped".into()))?
        .map_err(CoreError::Internal)
}

/// Checks a new user against every rule, hashes the password, stores the user.
pub async fn user_create(db: &Db, new: NewAccount) -> Result<User, CoreError> {
    let mut errors = Vec::new();
    if let Err(m) = auth::username_rules(&new.username) {
        errors.push(FieldError::new("username", m));
    }
    password_rule(&new.password, &mut errors);
    let role = super::rules::parse_into::<Role>("role", &new.role, &mut errors);
    let Some(role) = role.filter(|_| errors.is_empty()) else {
        return Err(CoreError::invalid(errors));
    };
    let now = joule_db::now_micros();
    let user = NewUser {
        username: new.username,
        password_hash: hash(new.password).await?,
        role,
        active: new.active,
        created_at: now,
        updated_at: now,
    };
    let user = db.run(move |c| q::user_create(c, &user)).await?;
    log::info!("user '{}' created with role {}", user.username, user.role);
    Ok(user)
}

/// Changes a user. A new password, role or active flag signs their sessions out
/// (the store revokes them); callers drop cached sessions.
pub async fn user_update(db: &Db, id: i64, changes: AccountChanges) -> Result<User, CoreError> {
    let mut errors = Vec::new();
    let role = super::rules::parse_change::<Role>("role", changes.role, &mut errors);
    if let Some(password) = &changes.password {
        password_rule(password, &mut errors);
    }
    done(errors)?;
    let password_hash = match changes.password {
        Some(p) => Some(hash(p).await?),
        None => None,
    };
    let stored = UserChanges {
        role,
        active: changes.active,
        password_hash,
        updated_at: Some(joule_db::now_micros()),
    };
    db.run(move |c| q::user_update(c, id, &stored, None)).await
}

/// The user called `username`, or a 404-like error naming them.
pub async fn user_named(db: &Db, username: &str) -> Result<User, CoreError> {
    let name = username.to_string();
    db.run(move |c| q::user_by_username(c, &name))
        .await?
        .ok_or_else(|| CoreError::NotFound(format!("there is no user '{username}'")))
}

pub async fn users_list(db: &Db, page: PageRequest) -> Result<Page<User>, CoreError> {
    db.run(move |c| q::users_list(c, page)).await
}

pub async fn user_get(db: &Db, id: i64) -> Result<User, CoreError> {
    db.run(move |c| q::user_get(c, id)).await
}

pub async fn user_delete(db: &Db, id: i64) -> Result<(), CoreError> {
    db.run(move |c| q::user_delete(c, id)).await
}

pub async fn users_count(db: &Db) -> Result<i64, CoreError> {
    db.run(q::users_count).await
}
