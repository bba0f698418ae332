//! Credentials: password hashes (argon2id), signed access tokens (HS256 JWTs),
//! random refresh tokens and API keys (kept only as SHA-256 hashes), and the
//! signing key, configured or generated once and kept in the database.

use crate::access::Caller;
use crate::http::problem::Failure;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use joule_db::{DbConnection, DbError, FieldError};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::rngs::OsRng;
use rand::RngCore as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The prefix of API keys, so they are recognisable (and findable by secret scanners).
pub const KEY_PREFIX: &str = "jk_";
/// The prefix of refresh tokens.
pub const REFRESH_PREFIX: &str = "jr_";
/// The name of the generated signing key in the `server_secrets` table.
const SIGNING_KEY_NAME: &str = "token_signing_key";
const ISSUER: &str = "joule";
/// The shortest configured signing key accepted, in bytes.
pub const MIN_SECRET_LEN: usize = 32;
pub const MIN_PASSWORD_LEN: usize = 8;
/// The longest password, in bytes: no user can have a longer one, so a longer one
/// is refused before it is hashed.
pub const MAX_PASSWORD_LEN: usize = 1024;
/// The longest username, in bytes (see [`username_rules`]).
pub const MAX_USERNAME_LEN: usize = 64;
/// The longest token or key accepted, in bytes. Those issued are far shorter (an
/// access token about 250 bytes, refresh tokens and API keys 46); the bound keeps a
/// stranger from making the server decode or hash megabytes per request.
pub const MAX_TOKEN_LEN: usize = 1024;

/// Token lifetimes and the signing key, as configured.
#[derive(Clone)]
pub struct AuthConfig {
    pub signing_key: Vec<u8>,
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
}

/// What an access token says.
#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    /// The user id.
    sub: String,
    /// The session id (revoking the session ends the token).
    sid: i64,
    iat: i64,
    exp: i64,
    iss: String,
}

/// A verified access token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccessToken {
    pub user_id: i64,
    pub session_id: i64,
}

/// Why an access token was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenError {
    Expired,
    Invalid,
}

/// [`Auth`] as the handlers share it.
pub type SharedAuth = std::sync::Arc<Auth>;

/// Issues and checks tokens.
pub struct Auth {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    access_ttl: Duration,
    refresh_ttl: Duration,
    /// A hash to verify against when the username is unknown, so that an unknown
    /// user costs the same time as a wrong password.
    dummy_hash: String,
    cache: Mutex<Cache>,
}

/// Callers recently authenticated, so that a burst of requests costs one database
/// lookup. Revocations through this server empty it at once; those made elsewhere
/// (another instance, `joule user disable`) take effect within [`CACHE_TTL`].
#[derive(Default)]
struct Cache {
    sessions: HashMap<i64, (Instant, Caller)>,
    keys: HashMap<String, (Instant, Caller)>,
}

/// How long an authenticated caller is remembered.
pub const CACHE_TTL: Duration = Duration::from_secs(5);
/// Entries kept at most (per kind) before the cache starts over.
const CACHE_MAX: usize = 10_000;

fn fresh<K: std::hash::Hash + Eq>(map: &HashMap<K, (Instant, Caller)>, key: &K) -> Option<Caller> {
    map.get(key)
        .filter(|(at, _)| at.elapsed() < CACHE_TTL)
        .map(|(_, caller)| caller.clone())
}

fn remember<K: std::hash::Hash + Eq>(
    map: &mut HashMap<K, (Instant, Caller)>,
    key: K,
    caller: Caller,
) {
    if map.len() >= CACHE_MAX {
        map.clear();
    }
    map.insert(key, (Instant::now(), caller));
}

impl Auth {
    pub fn new(config: &AuthConfig) -> Result<Auth, String> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 0;
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "sub", "iss"]);
        Ok(Auth {
            encoding: EncodingKey::from_secret(&config.signing_key),
            decoding: DecodingKey::from_secret(&config.signing_key),
            validation,
            access_ttl: config.access_ttl,
            refresh_ttl: config.refresh_ttl,
            dummy_hash: hash_password(&random_secret())?,
            cache: Mutex::new(Cache::default()),
        })
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, Cache> {
        // The cache holds no invariant a panic could break; keep using it.
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The caller of a session authenticated within the last seconds.
    pub fn cached_session(&self, session_id: i64) -> Option<Caller> {
        fresh(&self.cache().sessions, &session_id)
    }

    pub fn remember_session(&self, session_id: i64, caller: Caller) {
        remember(&mut self.cache().sessions, session_id, caller);
    }

    /// The caller of an API key (by the hash of its secret) authenticated lately.
    pub fn cached_key(&self, key_hash: &str) -> Option<Caller> {
        fresh(&self.cache().keys, &key_hash.to_string())
    }

    pub fn remember_key(&self, key_hash: String, caller: Caller) {
        remember(&mut self.cache().keys, key_hash, caller);
    }

    /// After a session, user or password changed: every session is looked up again.
    pub fn forget_sessions(&self) {
        self.cache().sessions.clear();
    }

    /// After a key was revoked: every key is looked up again.
    pub fn forget_keys(&self) {
        self.cache().keys.clear();
    }

    pub fn access_ttl(&self) -> Duration {
        self.access_ttl
    }

    pub fn refresh_ttl(&self) -> Duration {
        self.refresh_ttl
    }

    pub fn dummy_hash(&self) -> &str {
        &self.dummy_hash
    }

    /// A signed access token for a user's session, valid for the access lifetime.
    pub fn access_token(&self, user_id: i64, session_id: i64) -> Result<String, String> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            sub: user_id.to_string(),
            sid: session_id,
            iat: now,
            exp: now + self.access_ttl.as_secs() as i64,
            iss: ISSUER.to_string(),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| format!("cannot sign a token: {e}"))
    }

    pub fn verify_access(&self, token: &str) -> Result<AccessToken, TokenError> {
        use jsonwebtoken::errors::ErrorKind;
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .map_err(|e| match e.kind() {
                ErrorKind::ExpiredSignature => TokenError::Expired,
                _ => TokenError::Invalid,
            })?;
        let user_id = data.claims.sub.parse().map_err(|_| TokenError::Invalid)?;
        Ok(AccessToken {
            user_id,
            session_id: data.claims.sid,
        })
    }
}

/// 32 random bytes, base64url-encoded (43 characters).
pub fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new API key secret: `jk_` and 43 random characters.
pub fn new_api_key() -> String {
    format!("{KEY_PREFIX}{}", random_secret())
}

/// A new refresh token: `jr_` and 43 random characters.
pub fn new_refresh_token() -> String {
    format!("{REFRESH_PREFIX}{}", random_secret())
}

/// The stored form of a random token or key. These secrets carry 256 random bits,
/// so a fast hash suffices (no salt or stretching needed, unlike passwords).
pub fn token_hash(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// An argon2id hash (PHC string) with a random salt and the crate's default cost,
/// computed in the calling thread's reused memory (see `hashing`).
pub fn hash_password(password: &str) -> Result<String, String> {
    crate::hashing::hash_password(password)
}

pub fn verify_password(hash: &str, password: &str) -> bool {
    crate::hashing::verify_password(hash, password)
}

/// The rules a new password must follow; the message names what is wrong.
pub fn password_rules(password: &str) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_LEN {
        return Err(format!("must be at least {MIN_PASSWORD_LEN} characters"));
    }
    if password.len() > MAX_PASSWORD_LEN {
        return Err(format!("must be at most {MAX_PASSWORD_LEN} bytes"));
    }
    Ok(())
}

/// Refuses (400) a credential longer than `max` characters (the spec's `maxLength`),
/// naming `field` and the bound. Every door that takes a credential calls this
/// before any other work with it, so an over-long one costs neither hashing nor
/// storage, whoever sends it.
pub fn bounded(field: &str, value: impl AsRef<[u8]>, max: usize) -> Result<(), Failure> {
    let bytes = value.as_ref();
    // Bytes bound characters from above; count characters only past the bound.
    let within = bytes.len() <= max
        || std::str::from_utf8(bytes).is_ok_and(|text| text.chars().nth(max).is_none());
    if within {
        return Ok(());
    }
    let message = format!("must be at most {max} characters");
    Err(Failure::with_errors(
        hyper::StatusCode::BAD_REQUEST,
        format!("'{field}' {message}"),
        vec![FieldError::new(field, message)],
    ))
}

/// The rules of a username: 1 to 64 letters, digits and `.`, `_`, `-`, `@`.
pub fn username_rules(username: &str) -> Result<(), String> {
    if username.is_empty() || username.len() > MAX_USERNAME_LEN {
        return Err(format!("must be 1 to {MAX_USERNAME_LEN} characters"));
    }
    if !username
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'))
    {
        return Err("may hold only letters, digits and . _ - @".to_string());
    }
    Ok(())
}

/// The token signing key: the configured one, or one generated on first start and
/// kept in the database so that restarts (and other instances) keep tokens valid.
pub fn signing_key(conn: &mut DbConnection, configured: Option<&str>) -> Result<Vec<u8>, DbError> {
    if let Some(key) = configured {
        return Ok(key.as_bytes().to_vec());
    }
    let stored = joule_db::queries::auth::secret_get_or_create(
        conn,
        SIGNING_KEY_NAME,
        joule_db::now_micros(),
        || Ok(random_secret()),
    )?;
    Ok(stored.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth(ttl: u64) -> Auth {
        Auth::new(&AuthConfig {
            signing_key: b"0123456789abcdef0123456789abcdef".to_vec(),
            access_ttl: Duration::from_secs(ttl),
            refresh_ttl: Duration::from_secs(60),
        })
        .expect("auth")
    }

    #[test]
    fn access_tokens_round_trip_and_reject_tampering_and_other_keys() {
        let a = auth(60);
        let token = a.access_token(7, 3).expect("token");
        assert_eq!(
            a.verify_access(&token),
            Ok(AccessToken {
                user_id: 7,
                session_id: 3
            })
        );
        let mut tampered = token.clone();
        tampered.pop();
        assert_eq!(a.verify_access(&tampered), Err(TokenError::Invalid));
        let other = Auth::new(&AuthConfig {
            signing_key: b"another key, also long enough......".to_vec(),
            access_ttl: Duration::from_secs(60),
            refresh_ttl: Duration::from_secs(60),
        })
        .expect("auth");
        assert_eq!(other.verify_access(&token), Err(TokenError::Invalid));
        assert_eq!(a.verify_access("not.a.token"), Err(TokenError::Invalid));
    }

    #[test]
    fn an_expired_token_is_told_apart() {
        let a = auth(0);
        let token = a.access_token(1, 1).expect("token");
        std::thread::sleep(Duration::from_millis(1100));
        assert_eq!(a.verify_access(&token), Err(TokenError::Expired));
    }

    #[test]
    fn passwords_hash_with_a_salt_and_verify() {
        let h1 = hash_password("correct horse").expect("hash");
        let h2 = hash_password("correct horse").expect("hash");
        assert_ne!(h1, h2);
        assert!(h1.starts_with("$argon2id$"));
        assert!(verify_password(&h1, "correct horse"));
        assert!(!verify_password(&h1, "wrong horse"));
        assert!(!verify_password("not a hash", "x"));
    }

    #[test]
    fn secrets_are_random_and_prefixed() {
        let k = new_api_key();
        assert!(k.starts_with("jk_") && k.len() == 46);
        assert_ne!(k, new_api_key());
        assert!(new_refresh_token().starts_with("jr_"));
        assert_eq!(token_hash("a").len(), 64);
        assert!(password_rules("short").is_err());
        assert!(password_rules("long enough").is_ok());
        assert!(username_rules("anna.b@site-1").is_ok());
        assert!(username_rules("no spaces").is_err());
    }
}
