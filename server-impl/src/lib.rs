//! Joule's HTTP layer: the generated `Api` trait implemented on joule-db, the
//! routes the generator does not produce (spec, Swagger UI), and the serving loop.

pub mod access;
pub mod api;
pub mod auth;
pub mod body_guard;
pub mod context;
pub mod contract;
pub mod convert;
pub mod core;
pub mod cors;
pub mod derived;
pub mod docs;
pub mod gate;
pub mod hashing;
pub mod login_throttle;
pub mod problem;
pub mod query_lists;
pub mod serve;
pub mod service;
pub mod timestamps;
pub mod tls;
pub mod value_rules;

pub use api::JouleApi;
pub use docs::Docs;
pub use joule_api::BASE_PATH;
pub use service::App;
