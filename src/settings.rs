//! Effective configuration: defaults < config file (`joule.toml`) < `JOULE_*`
//! environment variables < command-line flags.

use anyhow::Context as _;
use config::{Config, Environment, File, FileFormat};
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const DEFAULT_CONFIG_FILE: &str = "joule.toml";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    /// Address of the plain-HTTP listener.
    pub bind: String,
    /// `sqlite://PATH` (default) or `postgres://USER:PASSWORD@HOST:PORT/DB`.
    pub database_url: String,
    /// Log filter, e.g. `info` or `joule=debug,info`.
    pub log: String,
    /// Largest accepted request body in bytes (413 beyond).
    pub body_limit: usize,
    /// Most values one write request may carry (413 beyond).
    pub max_batch_points: usize,
    /// Database connections kept by each instance.
    pub pool_size: u32,
    /// Seconds a request waits for a free connection before a 503.
    pub pool_timeout_secs: u64,
    /// Seconds in-flight requests get to finish after SIGTERM/SIGINT.
    pub shutdown_grace_secs: u64,
    /// Address of the HTTPS listener, beside the plain one; none unless set.
    pub tls_bind: Option<String>,
    /// PEM files of the certificate chain and its key; a self-signed pair when
    /// neither these nor the PEM texts are given.
    pub tls_cert_file: Option<String>,
    pub tls_key_file: Option<String>,
    /// The same as PEM text (`JOULE_TLS_CERT_PEM`, `JOULE_TLS_KEY_PEM`); wins over files.
    pub tls_cert_pem: Option<String>,
    pub tls_key_pem: Option<String>,
    /// Key that signs access tokens (at least 32 bytes); generated once and kept in
    /// the database when not set.
    pub secret_key: Option<String>,
    /// On a first start with no users, an `admin` user gets this password.
    pub admin_password: Option<String>,
    /// Lifetime of access tokens, seconds.
    pub access_token_ttl_secs: u64,
    /// Lifetime of refresh tokens, seconds.
    pub refresh_token_ttl_secs: u64,
    /// Origins of browser apps that may call the API (CORS); none by default.
    pub cors_allowed_origins: Vec<String>,
    /// Seconds a client may take to send a request body (408 beyond).
    pub body_read_timeout_secs: u64,
    /// Most datapoints one read may name in `datapoint_ids` (400 beyond).
    pub max_series_per_request: usize,
    /// Most values (buckets × series) one aggregate read may produce (422 beyond).
    pub max_cells_per_request: usize,
    /// Seconds a connection may take to send its request headers, from connecting
    /// (TLS handshake included) and between requests; closed beyond.
    pub header_read_timeout_secs: u64,
    /// Connections served at once; further ones wait until one closes. Keep it
    /// below the open-file limit (`ulimit -n`) less the database connections.
    pub max_connections: usize,
}

/// Values given on the command line; `None` leaves the lower layers in charge.
#[derive(Debug, Default)]
pub struct Overrides {
    pub bind: Option<String>,
    pub database_url: Option<String>,
    pub log: Option<String>,
    pub tls_bind: Option<String>,
}

impl Settings {
    pub fn load(config_file: Option<&Path>, overrides: Overrides) -> anyhow::Result<Settings> {
        let mut builder = Config::builder()
            .set_default("bind", "127.0.0.1:8080")?
            .set_default("database_url", "sqlite://joule.db")?
            .set_default("log", "info")?
            .set_default("body_limit", 32 * 1024 * 1024)?
            .set_default("max_batch_points", 100_000)?
            .set_default("pool_size", 8)?
            .set_default("pool_timeout_secs", 5)?
            .set_default("access_token_ttl_secs", 15 * 60)?
            .set_default("refresh_token_ttl_secs", 30 * 24 * 3600)?
            .set_default("cors_allowed_origins", Vec::<String>::new())?
            .set_default("shutdown_grace_secs", 30)?
            .set_default("body_read_timeout_secs", 30)?
            .set_default("max_series_per_request", 100)?
            // A year of hourly buckets (8,784) for 50 series fits; two years of
            // minutes for ten series (10 million values, gigabytes) do not.
            .set_default("max_cells_per_request", 500_000)?
            .set_default("header_read_timeout_secs", 10)?
            // Under the usual open-file limit of 1,024 with room for the rest.
            .set_default("max_connections", 512)?;
        builder = match config_file {
            Some(path) => {
                builder.add_source(File::from(path).format(FileFormat::Toml).required(true))
            }
            None => {
                builder.add_source(File::new(DEFAULT_CONFIG_FILE, FileFormat::Toml).required(false))
            }
        };
        builder = builder
            .add_source(
                Environment::with_prefix("JOULE")
                    .try_parsing(true)
                    .list_separator(",")
                    .with_list_parse_key("cors_allowed_origins"),
            )
            .set_override_option("bind", overrides.bind)?
            .set_override_option("database_url", overrides.database_url)?
            .set_override_option("log", overrides.log)?
            .set_override_option("tls_bind", overrides.tls_bind)?;
        let settings: Settings = builder
            .build()
            .context("reading the configuration")?
            .try_deserialize()
            .context("invalid configuration")?;
        settings.check()?;
        Ok(settings)
    }

    fn check(&self) -> anyhow::Result<()> {
        self.bind.parse::<std::net::SocketAddr>().with_context(|| {
            format!(
                "bind: '{}' is not an address like 127.0.0.1:8080",
                self.bind
            )
        })?;
        anyhow::ensure!(self.pool_size > 0, "pool_size must be at least 1");
        if let Some(tls_bind) = &self.tls_bind {
            tls_bind.parse::<std::net::SocketAddr>().with_context(|| {
                format!("tls_bind: '{tls_bind}' is not an address like 0.0.0.0:8443")
            })?;
        }
        anyhow::ensure!(
            self.tls_cert_file.is_some() == self.tls_key_file.is_some(),
            "tls_cert_file and tls_key_file go together: give both or neither"
        );
        anyhow::ensure!(
            self.tls_cert_pem.is_some() == self.tls_key_pem.is_some(),
            "tls_cert_pem and tls_key_pem go together: give both or neither"
        );
        if let Some(key) = &self.secret_key {
            anyhow::ensure!(
                key.len() >= joule_server::auth::MIN_SECRET_LEN,
                "secret_key must be at least {} bytes",
                joule_server::auth::MIN_SECRET_LEN
            );
        }
        anyhow::ensure!(
            self.access_token_ttl_secs > 0 && self.refresh_token_ttl_secs > 0,
            "access_token_ttl_secs and refresh_token_ttl_secs must be at least 1"
        );
        anyhow::ensure!(self.body_limit > 0, "body_limit must be at least 1 byte");
        anyhow::ensure!(
            self.body_read_timeout_secs > 0,
            "body_read_timeout_secs must be at least 1"
        );
        anyhow::ensure!(
            self.max_series_per_request > 0 && self.max_cells_per_request > 0,
            "max_series_per_request and max_cells_per_request must be at least 1"
        );
        anyhow::ensure!(
            self.header_read_timeout_secs > 0 && self.max_connections > 0,
            "header_read_timeout_secs and max_connections must be at least 1"
        );
        Ok(())
    }

    /// The settings as TOML with secrets masked, for `joule config`.
    pub fn to_masked_toml(&self) -> anyhow::Result<String> {
        let mut shown = self.clone();
        shown.database_url = joule_db::connection::redact_url(&self.database_url);
        let mask = |secret: &Option<String>| secret.as_ref().map(|_| "***".to_string());
        shown.secret_key = mask(&self.secret_key);
        shown.admin_password = mask(&self.admin_password);
        shown.tls_key_pem = mask(&self.tls_key_pem);
        Ok(toml::to_string_pretty(&shown)?)
    }
}
