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
    /// Seconds a client may take to send a request body (408 beyond).
    pub body_read_timeout_secs: u64,
}

/// Values given on the command line; `None` leaves the lower layers in charge.
#[derive(Debug, Default)]
pub struct Overrides {
    pub bind: Option<String>,
    pub database_url: Option<String>,
    pub log: Option<String>,
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
            .set_default("shutdown_grace_secs", 30)?
            .set_default("body_read_timeout_secs", 30)?;
        builder = match config_file {
            Some(path) => {
                builder.add_source(File::from(path).format(FileFormat::Toml).required(true))
            }
            None => {
                builder.add_source(File::new(DEFAULT_CONFIG_FILE, FileFormat::Toml).required(false))
            }
        };
        builder = builder
            .add_source(Environment::with_prefix("JOULE").try_parsing(true))
            .set_override_option("bind", overrides.bind)?
            .set_override_option("database_url", overrides.database_url)?
            .set_override_option("log", overrides.log)?;
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
        anyhow::ensure!(self.body_limit > 0, "body_limit must be at least 1 byte");
        anyhow::ensure!(
            self.body_read_timeout_secs > 0,
            "body_read_timeout_secs must be at least 1"
        );
        Ok(())
    }

    /// The settings as TOML with secrets masked, for `joule config`.
    pub fn to_masked_toml(&self) -> anyhow::Result<String> {
        let mut shown = self.clone();
        shown.database_url = joule_db::connection::redact_url(&self.database_url);
        Ok(toml::to_string_pretty(&shown)?)
    }
}
