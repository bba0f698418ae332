//! The storage error: what went wrong, in terms the HTTP layer can map to a status.

use diesel::result::{DatabaseErrorKind, Error as DieselError};

#[derive(Debug, Clone, thiserror::Error)]
pub enum DbError {
    /// The addressed row does not exist.
    #[error("{0} not found")]
    NotFound(String),
    /// The write conflicts with stored rows (duplicate key, remaining children).
    #[error("{0}")]
    Conflict(String),
    /// Values that break a rule; each names its field.
    #[error("invalid input: {}", .0.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    /// The database cannot be reached or no connection was free in time.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Anything else: a bug or an unexpected database state.
    #[error("database error: {0}")]
    Internal(String),
}

/// One broken rule, naming the field as a JSON path (`min_value`, `[3].key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The same error for an item of a list, e.g. `key` → `[3].key`.
    pub fn at_index(self, index: usize) -> Self {
        FieldError {
            field: format!("[{index}].{}", self.field),
            message: self.message,
        }
    }
}

impl DbError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        DbError::Invalid(vec![FieldError::new(field, message)])
    }
}

impl From<DieselError> for DbError {
    fn from(e: DieselError) -> Self {
        match e {
            DieselError::NotFound => DbError::NotFound("row".into()),
            DieselError::DatabaseError(kind, info) => match kind {
                DatabaseErrorKind::UniqueViolation => DbError::Conflict(format!(
                    "a row with the same unique value exists ({})",
                    info.constraint_name()
                        .or(info.column_name())
                        .unwrap_or(info.message())
                )),
                DatabaseErrorKind::ForeignKeyViolation => {
                    DbError::Conflict("the row is referenced by, or refers to, another row".into())
                }
                DatabaseErrorKind::ClosedConnection => DbError::Unavailable(info.message().into()),
                _ => classify_message(info.message()),
            },
            // A stored value that does not decode (an unknown vocabulary text,
            // corrupt JSON): a bug or a damaged row, never the client's fault.
            DieselError::DeserializationError(e) => {
                DbError::Internal(format!("a stored value does not decode: {e}"))
            }
            DieselError::BrokenTransactionManager => {
                DbError::Unavailable("the connection's transaction state was lost".into())
            }
            other => classify_message(&other.to_string()),
        }
    }
}

/// Connection-level failures surface as generic errors whose text is all we have.
fn classify_message(message: &str) -> DbError {
    let lower = message.to_ascii_lowercase();
    let transient = [
        "connection",
        "terminating",
        "shutting down",
        "database is locked",
        "server closed",
    ];
    if transient.iter().any(|t| lower.contains(t)) {
        DbError::Unavailable(message.into())
    } else {
        DbError::Internal(message.into())
    }
}

impl From<r2d2::Error> for DbError {
    fn from(e: r2d2::Error) -> Self {
        DbError::Unavailable(e.to_string())
    }
}
