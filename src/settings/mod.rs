//! Effective configuration: defaults < config file (`joule.toml`) < `JOULE_*`
//! environment variables < command-line flags, in sections (`[server]`,
//! `[database]`, `[auth]`, `[tls]`, `[limits]`, `[stream]`, `[mqtt]`, `[metrics]`, `[bulk]`) with `log` at the top level.
//!
//! `keys` holds the one table of keys and their old flat names; `file` and `env`
//! read the two outside layers through it; `sections` holds the defaults.

mod env;
mod file;
mod keys;
mod sections;

use anyhow::Context as _;
use config::{Config, FileFormat};
use serde::{Deserialize, Serialize};
use std::path::Path;

pub use sections::{Auth, Bulk, Database, Limits, Metrics, Mqtt, Server, Stream, Tls};

pub const DEFAULT_CONFIG_FILE: &str = "joule.toml";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Log filter, e.g. `info` or `joule=debug,info`; for every command, so not
    /// in a section.
    pub log: String,
    pub server: Server,
    pub database: Database,
    pub auth: Auth,
    pub tls: Tls,
    pub limits: Limits,
    pub stream: Stream,
    pub mqtt: Mqtt,
    pub metrics: Metrics,
    pub bulk: Bulk,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            log: "info".into(),
            server: Server::default(),
            database: Database::default(),
            auth: Auth::default(),
            tls: Tls::default(),
            limits: Limits::default(),
            stream: Stream::default(),
            mqtt: Mqtt::default(),
            metrics: Metrics::default(),
            bulk: Bulk::default(),
        }
    }
}

/// Values given on the command line; `None` leaves the lower layers in charge.
#[derive(Debug, Default)]
pub struct Overrides {
    pub bind: Option<String>,
    pub database_url: Option<String>,
    pub log: Option<String>,
    pub tls_bind: Option<String>,
}

/// The settings and the warnings met reading them (old names in the file), to be
/// logged once logging is set up by the settings themselves.
pub struct Loaded {
    pub settings: Settings,
    pub warnings: Vec<String>,
}

impl Settings {
    pub fn load(config_file: Option<&Path>, overrides: Overrides) -> anyhow::Result<Loaded> {
        let file = match config_file {
            Some(path) => file::read(path, true)?,
            None => file::read(Path::new(DEFAULT_CONFIG_FILE), false)?,
        };
        let mut builder = Config::builder().add_source(config::File::from_str(
            &toml::to_string(&file.table)?,
            FileFormat::Toml,
        ));
        for (path, value) in env::settings(std::env::vars_os())? {
            builder = if keys::LISTS.contains(&path) {
                builder.set_override(path, env::list(&value))?
            } else {
                builder.set_override(path, value)?
            };
        }
        builder = builder
            .set_override_option("server.bind", overrides.bind)?
            .set_override_option("database.url", overrides.database_url)?
            .set_override_option("log", overrides.log)?
            .set_override_option("tls.bind", overrides.tls_bind)?;
        let settings: Settings = builder
            .build()
            .context("reading the configuration")?
            .try_deserialize()
            .context("invalid configuration")?;
        settings.check()?;
        Ok(Loaded {
            settings,
            warnings: file.warnings,
        })
    }

    fn check(&self) -> anyhow::Result<()> {
        let (server, auth, tls, limits) = (&self.server, &self.auth, &self.tls, &self.limits);
        server
            .bind
            .parse::<std::net::SocketAddr>()
            .with_context(|| {
                format!(
                    "server.bind: '{}' is not an address like 127.0.0.1:8080",
                    server.bind
                )
            })?;
        anyhow::ensure!(
            self.database.pool_size > 0,
            "database.pool_size must be at least 1"
        );
        if let Some(tls_bind) = &tls.bind {
            tls_bind.parse::<std::net::SocketAddr>().with_context(|| {
                format!("tls.bind: '{tls_bind}' is not an address like 0.0.0.0:8443")
            })?;
        }
        anyhow::ensure!(
            tls.cert_file.is_some() == tls.key_file.is_some(),
            "tls.cert_file and tls.key_file go together: give both or neither"
        );
        anyhow::ensure!(
            tls.cert_pem.is_some() == tls.key_pem.is_some(),
            "tls.cert_pem and tls.key_pem go together: give both or neither"
        );
        anyhow::ensure!(
            !self.bulk.key_separator.is_empty(),
            "bulk.key_separator must not be empty"
        );
        anyhow::ensure!(
            self.bulk.import_max_bytes > 0,
            "bulk.import_max_bytes must be at least 1 byte"
        );
        if let Some(key) = &auth.secret_key {
            anyhow::ensure!(
                key.len() >= joule_server::auth::MIN_SECRET_LEN,
                "auth.secret_key must be at least {} bytes",
                joule_server::auth::MIN_SECRET_LEN
            );
        }
        anyhow::ensure!(
            auth.access_token_ttl_secs > 0 && auth.refresh_token_ttl_secs > 0,
            "auth.access_token_ttl_secs and auth.refresh_token_ttl_secs must be at least 1"
        );
        anyhow::ensure!(
            server.body_limit > 0,
            "server.body_limit must be at least 1 byte"
        );
        anyhow::ensure!(
            server.body_read_timeout_secs > 0,
            "server.body_read_timeout_secs must be at least 1"
        );
        anyhow::ensure!(
            limits.max_series_per_request > 0 && limits.max_cells_per_request > 0,
            "limits.max_series_per_request and limits.max_cells_per_request must be at least 1"
        );
        anyhow::ensure!(
            server.header_read_timeout_secs > 0 && server.max_connections > 0,
            "server.header_read_timeout_secs and server.max_connections must be at least 1"
        );
        let stream = &self.stream;
        anyhow::ensure!(
            stream.queue_messages >= 2
                && stream.max_subscriptions > 0
                && stream.max_ids > 0
                && stream.ping_interval_secs > 0
                && stream.auth_check_secs > 0
                && stream.auth_timeout_secs > 0
                && stream.max_sockets > 0,
            "stream.queue_messages must be at least 2, and the other stream keys at least 1"
        );
        anyhow::ensure!(
            stream.coalesce_ms <= 1_000,
            "stream.coalesce_ms must be between 0 and 1000"
        );
        self.mqtt_settings()?;
        Ok(())
    }

    /// The MQTT bridge's settings when `mqtt.url` is set, checked.
    pub fn mqtt_settings(&self) -> anyhow::Result<Option<joule_server::mqtt::Settings>> {
        let mqtt = &self.mqtt;
        let Some(url) = &mqtt.url else {
            return Ok(None);
        };
        let endpoint = joule_server::mqtt::Endpoint::parse(url)
            .map_err(|e| anyhow::anyhow!("mqtt.url: {e}"))?;
        anyhow::ensure!(
            mqtt.ca_file.is_none() || endpoint.tls,
            "mqtt.ca_file is for a TLS broker: use an mqtts:// URL"
        );
        anyhow::ensure!(
            mqtt.password.is_none() || mqtt.username.is_some(),
            "mqtt.password needs mqtt.username"
        );
        let client_id = mqtt.client_id.replace("{host}", &host_name());
        anyhow::ensure!(
            !client_id.is_empty() && client_id.len() <= 64,
            "mqtt.client_id must have 1 to 64 characters"
        );
        if let Some(group) = &mqtt.shared_group {
            joule_server::mqtt::check_group(group).map_err(anyhow::Error::msg)?;
        }
        joule_server::mqtt::check_prefix(&mqtt.topic_prefix).map_err(anyhow::Error::msg)?;
        let qos = joule_server::mqtt::qos(mqtt.qos).map_err(anyhow::Error::msg)?;
        anyhow::ensure!(
            (1..=65_535).contains(&mqtt.queue),
            "mqtt.queue must be between 1 and 65535"
        );
        Ok(Some(joule_server::mqtt::Settings {
            endpoint,
            ca_file: mqtt.ca_file.clone(),
            username: mqtt.username.clone(),
            password: mqtt.password.clone(),
            client_id,
            topic_prefix: mqtt.topic_prefix.clone(),
            qos,
            queue: mqtt.queue,
            publish_committed: mqtt.publish_committed,
            shared_group: mqtt.shared_group.clone(),
            max_message_bytes: self.server.body_limit,
        }))
    }

    /// The settings as sectioned TOML with secrets masked, for `joule config`.
    pub fn to_masked_toml(&self) -> anyhow::Result<String> {
        let mut shown = self.clone();
        shown.database.url = joule_db::connection::redact_url(&self.database.url);
        let mask = |secret: &Option<String>| secret.as_ref().map(|_| "***".to_string());
        shown.auth.secret_key = mask(&self.auth.secret_key);
        shown.auth.admin_password = mask(&self.auth.admin_password);
        shown.tls.key_pem = mask(&self.tls.key_pem);
        shown.mqtt.password = mask(&self.mqtt.password);
        Ok(toml::to_string_pretty(&shown)?)
    }
}

/// This machine's (or container's) name, for `{host}` in `mqtt.client_id`.
fn host_name() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "joule".into())
}
