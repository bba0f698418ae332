//! The one error of the domain services: what went wrong, in the domain's terms.
//! The HTTP door maps it to a status and a problem body in one place
//! (`problem.rs`); other doors (CLI, MQTT, jobs) print or log it.

use joule_db::{DbError, FieldError};
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CoreError {
    /// A parameter that cannot be read (a malformed cursor, an unknown id list…).
    #[error("invalid parameter '{field}': {message}")]
    BadInput { field: String, message: String },
    /// Values that break a rule; each names its field. `detail` overrides the
    /// summary (e.g. "3 value(s) rejected").
    #[error("{}", summary(.detail, .errors))]
    Invalid {
        detail: Option<String>,
        errors: Vec<FieldError>,
    },
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    /// More than one request may carry.
    #[error("{0}")]
    TooLarge(String),
    /// No credentials, or credentials that are not valid.
    #[error("{0}")]
    Unauthenticated(String),
    /// Valid credentials that may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// Too many attempts; try again after the given time.
    #[error("{detail}")]
    Throttled {
        detail: String,
        retry_after: Duration,
    },
    /// The database (or a connection to it) is not available now; retry later.
    #[error("{0}")]
    Unavailable(String),
    /// A bug or an unexpected stored state. The message is for the log only.
    #[error("{0}")]
    Internal(String),
}

fn summary(detail: &Option<String>, errors: &[FieldError]) -> String {
    if let Some(detail) = detail {
        return detail.clone();
    }
    match errors {
        [one] => format!("{}: {}", one.field, one.message),
        many => format!("{} fields break the rules", many.len()),
    }
}

impl CoreError {
    pub fn bad_input(field: impl Into<String>, message: impl Into<String>) -> Self {
        CoreError::BadInput {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn invalid(errors: Vec<FieldError>) -> Self {
        CoreError::Invalid {
            detail: None,
            errors,
        }
    }

    pub fn invalid_field(field: impl Into<String>, message: impl Into<String>) -> Self {
        CoreError::invalid(vec![FieldError::new(field, message)])
    }
}

impl From<DbError> for CoreError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::NotFound(what) => CoreError::NotFound(format!("{what} does not exist")),
            DbError::Conflict(message) => CoreError::Conflict(message),
            DbError::Invalid(errors) => CoreError::invalid(errors),
            DbError::Unavailable(message) => {
                log::warn!("database unavailable: {message}");
                CoreError::Unavailable("the database is unavailable; retry later".into())
            }
            DbError::Internal(message) => CoreError::Internal(format!("database error: {message}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_errors_keep_their_meaning() {
        assert_eq!(
            CoreError::from(DbError::NotFound("datapoint 4".into())),
            CoreError::NotFound("datapoint 4 does not exist".into())
        );
        let unavailable = CoreError::from(DbError::Unavailable("connection refused".into()));
        // The client is not told the database's own words.
        assert_eq!(
            unavailable.to_string(),
            "the database is unavailable; retry later"
        );
        let one = CoreError::invalid_field("name", "must not be empty");
        assert_eq!(one.to_string(), "name: must not be empty");
    }
}
