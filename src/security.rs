//! What `serve` prepares before it listens: the token signing key, the first admin,
//! and the TLS certificate.

use crate::settings::Settings;
use anyhow::Context as _;
use joule_db::{Pool, Role};
use joule_server::auth::{self, Auth, AuthConfig};
use joule_server::core::accounts::{self, NewAccount};
use joule_server::core::{CoreError, Db};
use joule_server::tls::{self, PemPair, TlsConfig};
use std::sync::Arc;
use std::time::Duration;

/// The name of the user made from `JOULE_ADMIN_PASSWORD`.
pub const BOOTSTRAP_ADMIN: &str = "admin";

pub struct Security {
    pub auth: Arc<Auth>,
    /// The HTTPS configuration when `tls_bind` is set.
    pub tls: Option<TlsConfig>,
}

/// Runs blocking database work: call it on a blocking thread of the runtime.
pub fn prepare(settings: &Settings, pool: &Pool) -> anyhow::Result<Security> {
    let mut conn = pool.get().context("no database connection")?;
    let signing_key = auth::signing_key(&mut conn, settings.auth.secret_key.as_deref())?;
    let auth = Auth::new(&AuthConfig {
        signing_key,
        access_ttl: Duration::from_secs(settings.auth.access_token_ttl_secs),
        refresh_ttl: Duration::from_secs(settings.auth.refresh_token_ttl_secs),
    })
    .map_err(anyhow::Error::msg)?;
    let tls = match &settings.tls.bind {
        Some(bind) => Some(tls_config(settings, bind, &mut conn)?),
        None => None,
    };
    // The account service takes its own connection.
    drop(conn);
    bootstrap_admin(settings, pool)?;
    Ok(Security {
        auth: Arc::new(auth),
        tls,
    })
}

/// On a first start (no users), makes the `admin` user from `JOULE_ADMIN_PASSWORD`,
/// through the same account service as `POST /users`. Runs on a blocking thread.
fn bootstrap_admin(settings: &Settings, pool: &Pool) -> anyhow::Result<()> {
    let db = Db::new(
        pool.clone(),
        Duration::from_secs(settings.database.pool_timeout_secs),
    );
    let runtime = tokio::runtime::Handle::current();
    if runtime.block_on(accounts::users_count(&db))? > 0 {
        return Ok(());
    }
    let Some(password) = settings
        .auth
        .admin_password
        .as_ref()
        .filter(|p| !p.is_empty())
    else {
        log::warn!(
            "there are no users yet: create an admin with \
             `joule user create --username NAME --role admin`, \
             or start once with JOULE_ADMIN_PASSWORD set"
        );
        return Ok(());
    };
    let new = NewAccount {
        username: BOOTSTRAP_ADMIN.to_string(),
        password: password.clone(),
        role: Role::Admin.to_string(),
        active: true,
    };
    match runtime.block_on(accounts::user_create(&db, new)) {
        Ok(_) => log::info!(
            "no users yet: created the user '{BOOTSTRAP_ADMIN}' (role admin) \
             with the password from JOULE_ADMIN_PASSWORD"
        ),
        // Another instance starting at the same time made it.
        Err(CoreError::Conflict(_)) => {}
        Err(CoreError::Invalid { errors, .. }) if !errors.is_empty() => {
            anyhow::bail!("JOULE_ADMIN_PASSWORD {}", errors[0].message)
        }
        Err(e) => return Err(anyhow::anyhow!("cannot create the first admin: {e}")),
    }
    Ok(())
}

fn read(path: &str) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {path}"))
}

fn tls_config(
    settings: &Settings,
    bind: &str,
    conn: &mut joule_db::DbConnection,
) -> anyhow::Result<TlsConfig> {
    let given = match (
        &settings.tls.cert_pem,
        &settings.tls.key_pem,
        &settings.tls.cert_file,
        &settings.tls.key_file,
    ) {
        (Some(cert), Some(key), _, _) => Some(PemPair {
            cert: cert.clone(),
            key: key.clone(),
        }),
        (_, _, Some(cert), Some(key)) => Some(PemPair {
            cert: read(cert)?,
            key: read(key)?,
        }),
        _ => None,
    };
    let self_signed = given.is_none();
    let pair = match given {
        Some(pair) => pair,
        None => {
            let mut names = vec![
                "localhost".to_string(),
                "127.0.0.1".to_string(),
                "::1".to_string(),
            ];
            if let Ok(addr) = bind.parse::<std::net::SocketAddr>() {
                if !addr.ip().is_unspecified() && !addr.ip().is_loopback() {
                    names.push(addr.ip().to_string());
                }
            }
            tls::stored_self_signed(conn, names)?
        }
    };
    let (config, fingerprint) = tls::server_config(&pair).map_err(anyhow::Error::msg)?;
    if self_signed {
        log::warn!(
            "HTTPS uses a self-signed certificate (no tls_cert_file/tls_key_file or \
             JOULE_TLS_CERT_PEM/JOULE_TLS_KEY_PEM given); SHA-256 fingerprint {fingerprint}"
        );
    } else {
        log::info!("HTTPS certificate SHA-256 fingerprint {fingerprint}");
    }
    Ok(config)
}
