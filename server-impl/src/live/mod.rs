//! The live doors: a WebSocket at `/ws` ([`ws`]) and server-sent events at
//! `/stream` ([`sse`]). Both follow the committed changes of the core
//! ([`crate::core::Core::subscribe_changes`]), ask the core what a caller may
//! follow ([`crate::core::live`]), and hand what they send to a bounded queue per
//! connection ([`outbox::Outbox`]) so that a slow reader never grows the server's
//! memory: it loses the oldest messages and is told how many.

pub mod outbox;
pub mod paced;
pub mod render;
pub mod sse;
pub mod ws;

use crate::access::Caller;
use crate::auth::TokenError;
use crate::core::sessions::Credential;
use crate::core::values::TimedValue;
use crate::core::{Core, CoreError};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::time::Duration;

/// How the live doors bound their work (the `[stream]` section of the config).
#[derive(Debug, Clone, Copy)]
pub struct StreamLimits {
    /// Messages queued per connection before the oldest are dropped (lagged).
    pub queue: usize,
    /// Subscriptions one WebSocket may hold at once.
    pub max_subscriptions: usize,
    /// Datapoints one subscription (or one event stream) may follow.
    pub max_ids: usize,
    /// How often an idle connection is pinged (SSE: a comment line).
    pub ping_interval: Duration,
    /// How often the credentials of an open connection are checked again.
    pub auth_check: Duration,
    /// How long a WebSocket may wait before authenticating.
    pub auth_timeout: Duration,
    /// WebSockets open at once (an upgraded socket no longer counts among the
    /// server's HTTP connections); 503 beyond.
    pub max_sockets: usize,
    /// How long a connection rests after sending a burst of committed values, so
    /// that what is committed meanwhile goes out together ([`paced`]).
    pub coalesce: Duration,
}

impl Default for StreamLimits {
    fn default() -> Self {
        StreamLimits {
            queue: 256,
            max_subscriptions: 32,
            max_ids: 1_000,
            ping_interval: Duration::from_secs(20),
            auth_check: Duration::from_secs(2),
            auth_timeout: Duration::from_secs(10),
            max_sockets: 1_024,
            coalesce: Duration::from_millis(10),
        }
    }
}

/// A credential kept for the life of a connection, to be checked again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Secret {
    Bearer(String),
    ApiKey(String),
}

impl Secret {
    pub fn credential(&self) -> Credential<'_> {
        match self {
            Secret::Bearer(token) => Credential::Bearer(token),
            Secret::ApiKey(key) => Credential::ApiKey(key),
        }
    }
}

/// What a check of a connection's credentials found.
#[derive(Debug)]
pub enum Standing {
    Valid(Caller),
    /// The access token has expired: renewable by a new one.
    Expired(CoreError),
    /// Revoked, signed out, or never valid: the connection ends.
    Refused(CoreError),
    /// Not known now (the database is away): nothing changes.
    Unknown,
}

/// Checks `secret` as a request's credential would be checked.
pub async fn standing(core: &Core, secret: &Secret) -> Standing {
    match core.authenticate(Some(secret.credential())).await {
        Ok(Caller::Anonymous) => Standing::Refused(CoreError::Unauthenticated(
            "credentials are required".into(),
        )),
        Ok(caller) => Standing::Valid(caller),
        Err(e @ CoreError::Unauthenticated(_)) => match secret {
            Secret::Bearer(token) if core.auth.verify_access(token) == Err(TokenError::Expired) => {
                Standing::Expired(e)
            }
            _ => Standing::Refused(e),
        },
        // The database being away is not the caller's fault: keep the connection.
        Err(_) => Standing::Unknown,
    }
}

/// One value as the live doors send it (the spec's `LatestValue`).
#[derive(Debug, Clone, Serialize)]
pub struct LiveValue {
    pub datapoint_id: i64,
    pub timestamp: DateTime<Utc>,
    pub value: serde_json::Value,
}

impl LiveValue {
    pub fn of((datapoint_id, value): (i64, TimedValue)) -> LiveValue {
        LiveValue {
            datapoint_id,
            timestamp: crate::core::timestamps::to_datetime(value.ts),
            value: value.value,
        }
    }
}
