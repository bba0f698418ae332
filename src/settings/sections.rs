//! The sections of `joule.toml`, each with its defaults: a key left out of every
//! layer takes the value of its section's `Default`.
//!
//! The entry points still to come get their own section here when something reads
//! it (not before, so that a key there is never silently ignored): `[jobs]` (imports
//! and exports). A new section also needs a field in
//! [`super::Settings`] and its keys in [`super::keys::KEYS`].

use serde::{Deserialize, Serialize};

/// The HTTP listener: address, connection and body handling, CORS.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Server {
    /// Address of the plain-HTTP listener.
    pub bind: String,
    /// Largest accepted request body in bytes (413 beyond).
    pub body_limit: usize,
    /// Seconds a client may take to send a request body (408 beyond).
    pub body_read_timeout_secs: u64,
    /// Seconds a connection may take to send its request headers, from connecting
    /// (TLS handshake included) and between requests; closed beyond.
    pub header_read_timeout_secs: u64,
    /// Connections served at once; further ones wait until one closes. Keep it
    /// below the open-file limit (`ulimit -n`) less the database connections.
    pub max_connections: usize,
    /// Seconds in-flight requests get to finish after SIGTERM/SIGINT.
    pub shutdown_grace_secs: u64,
    /// Origins of browser apps that may call the API (CORS); none by default.
    pub cors_allowed_origins: Vec<String>,
}

impl Default for Server {
    fn default() -> Self {
        Server {
            bind: "127.0.0.1:8080".into(),
            body_limit: 32 * 1024 * 1024,
            body_read_timeout_secs: 30,
            header_read_timeout_secs: 10,
            // Under the usual open-file limit of 1,024 with room for the rest.
            max_connections: 512,
            shutdown_grace_secs: 30,
            cors_allowed_origins: Vec::new(),
        }
    }
}

/// Where the data lives and how many connections reach it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Database {
    /// `sqlite://PATH` (default) or `postgres://USER:PASSWORD@HOST:PORT/DB`.
    pub url: String,
    /// Database connections kept by each instance.
    pub pool_size: u32,
    /// Seconds a request waits for a free connection before a 503.
    pub pool_timeout_secs: u64,
}

impl Default for Database {
    fn default() -> Self {
        Database {
            url: "sqlite://joule.db".into(),
            pool_size: 8,
            pool_timeout_secs: 5,
        }
    }
}

/// Tokens, their signing key and the first administrator.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Auth {
    /// Key that signs access tokens (at least 32 bytes); generated once and kept in
    /// the database when not set.
    pub secret_key: Option<String>,
    /// On a first start with no users, an `admin` user gets this password.
    pub admin_password: Option<String>,
    /// Lifetime of access tokens, seconds.
    pub access_token_ttl_secs: u64,
    /// Lifetime of refresh tokens, seconds.
    pub refresh_token_ttl_secs: u64,
}

impl Default for Auth {
    fn default() -> Self {
        Auth {
            secret_key: None,
            admin_password: None,
            access_token_ttl_secs: 15 * 60,
            refresh_token_ttl_secs: 30 * 24 * 3600,
        }
    }
}

/// The HTTPS listener beside the plain one; none unless `bind` is set.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tls {
    /// Address of the HTTPS listener.
    pub bind: Option<String>,
    /// PEM files of the certificate chain and its key; a self-signed pair when
    /// neither these nor the PEM texts are given.
    pub cert_file: Option<String>,
    pub key_file: Option<String>,
    /// The same as PEM text; wins over the files.
    pub cert_pem: Option<String>,
    pub key_pem: Option<String>,
}

/// How much work one request may ask for.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Most values one write request may carry (413 beyond).
    pub max_batch_points: usize,
    /// Most datapoints one read may name in `datapoint_ids` (400 beyond).
    pub max_series_per_request: usize,
    /// Most values (buckets × series) one aggregate read may produce (422 beyond).
    pub max_cells_per_request: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_batch_points: 100_000,
            max_series_per_request: 100,
            // A year of hourly buckets (8,784) for 50 series fits; two years of
            // minutes for ten series (10 million values, gigabytes) do not.
            max_cells_per_request: 500_000,
        }
    }
}

/// The live doors: the WebSocket at `/ws` and server-sent events at `/stream`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Stream {
    /// Messages queued per connection; a reader further behind loses the oldest
    /// and is told how many (`lagged`).
    pub queue_messages: usize,
    /// Subscriptions one WebSocket may hold at once.
    pub max_subscriptions: usize,
    /// Datapoints one subscription or event stream may follow.
    pub max_ids: usize,
    /// Seconds between pings (WebSocket) or keep-alive comments (SSE).
    pub ping_interval_secs: u64,
    /// Seconds between checks of an open connection's credentials.
    pub auth_check_secs: u64,
    /// Seconds a WebSocket may take to authenticate.
    pub auth_timeout_secs: u64,
    /// WebSockets open at once (503 beyond); they do not count among
    /// `server.max_connections` once upgraded.
    pub max_sockets: usize,
    /// Milliseconds a connection rests after sending a burst of values, so that
    /// values committed meanwhile go out together (0: every batch at once).
    pub coalesce_ms: u64,
}

impl Default for Stream {
    fn default() -> Self {
        let limits = joule_server::live::StreamLimits::default();
        Stream {
            queue_messages: limits.queue,
            max_subscriptions: limits.max_subscriptions,
            max_ids: limits.max_ids,
            ping_interval_secs: limits.ping_interval.as_secs(),
            auth_check_secs: limits.auth_check.as_secs(),
            auth_timeout_secs: limits.auth_timeout.as_secs(),
            max_sockets: limits.max_sockets,
            coalesce_ms: limits.coalesce.as_millis() as u64,
        }
    }
}

impl Stream {
    pub fn limits(&self) -> joule_server::live::StreamLimits {
        use std::time::Duration;
        joule_server::live::StreamLimits {
            queue: self.queue_messages,
            max_subscriptions: self.max_subscriptions,
            max_ids: self.max_ids,
            ping_interval: Duration::from_secs(self.ping_interval_secs),
            auth_check: Duration::from_secs(self.auth_check_secs),
            auth_timeout: Duration::from_secs(self.auth_timeout_secs),
            max_sockets: self.max_sockets,
            coalesce: Duration::from_millis(self.coalesce_ms),
        }
    }
}

/// The MQTT bridge to an external broker; off unless `url` is set.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Mqtt {
    /// `mqtt://HOST:PORT` or `mqtts://HOST:PORT` (TLS).
    pub url: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    /// PEM file of the CA that signed the broker's certificate; the system's roots
    /// when not set.
    pub ca_file: Option<String>,
    /// Client id of the persistent receiving session; the publishing connection
    /// adds `-out`. Unique per instance: `{host}` is replaced with the host name
    /// (a container's id), so replicas of one configuration differ.
    pub client_id: String,
    /// Joule's topics start with this.
    pub topic_prefix: String,
    /// QoS of subscriptions and publications: 1 or 2.
    pub qos: u8,
    /// Messages stored at once; the broker is not read while all are in flight.
    pub queue: usize,
    /// Publish every value this instance commits to `{prefix}/out/datapoints/{key}`.
    pub publish_committed: bool,
    /// Share the subscriptions among the instances of this group
    /// (`$share/{group}/…`): each message is stored by one of them.
    pub shared_group: Option<String>,
}

impl Default for Mqtt {
    fn default() -> Self {
        Mqtt {
            url: None,
            username: None,
            password: None,
            ca_file: None,
            client_id: "joule".into(),
            topic_prefix: "joule".into(),
            qos: 1,
            queue: 256,
            publish_committed: false,
            shared_group: None,
        }
    }
}

/// The Prometheus scrape endpoint, on its own listener; none unless `bind` is set.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Metrics {
    /// Address serving `GET /metrics`, e.g. `127.0.0.1:9464`; keep it off the
    /// public internet (it is not authenticated).
    pub bind: Option<String>,
}

/// Data in bulk: how line protocol names datapoints, and the import's size limit.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Bulk {
    /// Between a line's measurement, each `tag=value` and the field in a
    /// datapoint key: `cpu.host=a.usage_idle`.
    pub key_separator: String,
    /// Tags left out of datapoint keys (e.g. `host`, which Telegraf adds).
    pub ignore_tags: Vec<String>,
    /// Register unknown line protocol keys as datapoints of this device; unknown
    /// keys are refused when not set.
    pub auto_register_device: Option<i64>,
    /// Bytes one `POST /import` may send, after decompression.
    pub import_max_bytes: usize,
}

impl Default for Bulk {
    fn default() -> Self {
        Bulk {
            key_separator: ".".into(),
            ignore_tags: Vec::new(),
            auto_register_device: None,
            import_max_bytes: joule_server::http::front::DEFAULT_IMPORT_LIMIT,
        }
    }
}

impl Bulk {
    pub fn mapping(&self) -> joule_server::core::lines::LineMapping {
        joule_server::core::lines::LineMapping {
            separator: self.key_separator.clone(),
            ignore_tags: self.ignore_tags.clone(),
            auto_register_device: self.auto_register_device,
        }
    }
}
