//! Joule's HTTP layer: the generated `Api` trait implemented on joule-db, the
//! routes the generator does not produce (spec, Swagger UI), and the serving loop.

pub mod access;
pub mod api;
pub mod auth;
pub mod context;
pub mod convert;
pub mod core;
pub mod hashing;
pub mod http;
pub mod serve;
pub mod tls;
pub mod vocab;

// The time and value rules live in the core; these paths stay for the doors.
pub use crate::core::{timestamps, value_rules};
pub use api::JouleApi;
pub use http::docs::Docs;
pub use http::front::App;
pub use joule_api::BASE_PATH;
// The handlers answer problems: one mapping of failures to HTTP, for every door.
pub use http::problem;
