//! Joule's storage layer. Owns every SQL statement; knows nothing of HTTP.
//!
//! One connection type covers both backends (`DbConnection`), picked from the URL
//! scheme; queries are written once against it and branch per backend only where
//! the SQL differs.

pub mod committed;
pub mod connection;
pub mod cursor;
pub mod error;
pub mod json_text;
pub mod models;
pub mod queries;
mod raw_transaction;
pub mod rollups;
pub mod schema;
pub mod series;
#[cfg(test)]
mod test_connections;
pub mod timegrid;
pub mod vocab;
pub mod writer;

pub use connection::{Backend, DbConnection, Pool, PoolOptions};
pub use error::{DbError, FieldError};
pub use json_text::JsonText;
pub use vocab::{DataFormat, DatapointKind, DatapointType, KeyRole, Role};

/// Microseconds since the Unix epoch, the storage form of every timestamp.
pub fn now_micros() -> i64 {
    chrono::Utc::now().timestamp_micros()
}
