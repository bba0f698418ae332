//! Joule's server: the domain services every door calls ([`core`]), and the REST
//! door over the generated `Api` trait with its front door, docs and serving loop
//! ([`http`]); the MQTT bridge ([`mqtt`]). `access` (callers and permissions), `auth` (tokens, keys, passwords),
//! `hashing` and `tls` serve both.

pub mod access;
pub mod auth;
pub mod core;
pub mod hashing;
pub mod http;
pub mod live;
pub mod metrics;
pub mod mqtt;
pub mod tls;

// Paths the binary uses.
pub use http::api::{self, JouleApi};
pub use http::docs::Docs;
pub use http::front::App;
pub use http::serve;
pub use joule_api::BASE_PATH;
