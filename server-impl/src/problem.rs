//! Every failure an operation can answer, mapped to HTTP in one place.
//!
//! Handlers produce a [`Failure`]; [`respond`] turns it into the operation's own
//! response variant for that status, so each expected outcome leaves as the spec
//! declares it. Only a status the operation does not declare becomes an `ApiError`.

use crate::core::CoreError;
use joule_api::models;
use joule_db::{DbError, FieldError};
use swagger::ApiError;

/// A client-facing failure: status, short title, detail, and field errors.
#[derive(Debug, Clone)]
pub struct Failure {
    pub status: u16,
    pub detail: String,
    pub errors: Vec<FieldError>,
}

impl Failure {
    pub fn new(status: u16, detail: impl Into<String>) -> Self {
        Failure {
            status,
            detail: detail.into(),
            errors: Vec::new(),
        }
    }

    pub fn bad_request(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        Failure {
            status: 400,
            detail: format!("invalid parameter '{field}': {message}"),
            errors: vec![FieldError::new(field, message)],
        }
    }

    pub fn unprocessable(errors: Vec<FieldError>) -> Self {
        let detail = match errors.as_slice() {
            [one] => format!("{}: {}", one.field, one.message),
            many => format!("{} fields break the rules", many.len()),
        };
        Failure {
            status: 422,
            detail,
            errors,
        }
    }

    pub fn to_problem(&self) -> models::Problem {
        problem(self.status, &self.detail, &self.errors)
    }
}

/// The RFC 7807 title for a status.
pub fn title(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

pub fn problem(status: u16, detail: &str, errors: &[FieldError]) -> models::Problem {
    models::Problem {
        r#type: format!("https://joule.dev/problems/{status}"),
        title: title(status).to_string(),
        status: i32::from(status),
        detail: Some(detail.to_string()),
        errors: if errors.is_empty() {
            None
        } else {
            Some(
                errors
                    .iter()
                    .map(|e| models::FieldError {
                        field: e.field.clone(),
                        message: e.message.clone(),
                    })
                    .collect(),
            )
        },
    }
}

impl From<DbError> for Failure {
    fn from(e: DbError) -> Self {
        match e {
            DbError::NotFound(what) => Failure::new(404, format!("{what} does not exist")),
            DbError::Conflict(message) => Failure::new(409, message),
            DbError::Invalid(errors) => Failure::unprocessable(errors),
            DbError::Unavailable(message) => {
                log::warn!("database unavailable: {message}");
                Failure::new(503, "the database is unavailable; retry later")
            }
            DbError::Internal(message) => {
                // The client gets a generic message; the log keeps the cause.
                log::error!("database error: {message}");
                Failure::new(500, "internal error")
            }
        }
    }
}

impl From<CoreError> for Failure {
    fn from(e: CoreError) -> Self {
        match e {
            CoreError::BadInput { field, message } => Failure::bad_request(&field, message),
            CoreError::Invalid { detail, errors } => {
                let mut failure = Failure::unprocessable(errors);
                if let Some(detail) = detail {
                    failure.detail = detail;
                }
                failure
            }
            CoreError::NotFound(detail) => Failure::new(404, detail),
            CoreError::Conflict(detail) => Failure::new(409, detail),
            CoreError::TooLarge(detail) => Failure::new(413, detail),
            CoreError::Unauthenticated(detail) => Failure::new(401, detail),
            CoreError::Forbidden(detail) => Failure::new(403, detail),
            CoreError::Throttled { detail, .. } => Failure::new(429, detail),
            CoreError::Unavailable(detail) => Failure::new(503, detail),
            CoreError::Internal(message) => {
                // The client gets a generic message; the log keeps the cause.
                log::error!("{message}");
                Failure::new(500, "internal error")
            }
        }
    }
}

/// A response enum that can carry a problem for some statuses.
pub trait FromProblem: Sized {
    fn from_problem(status: u16, problem: models::Problem) -> Option<Self>;
}

/// Declares which status maps to which variant of an operation's response enum.
macro_rules! problem_variants {
    ($($response:ty { $($status:literal => $variant:ident),+ $(,)? })+) => {$(
        impl $crate::problem::FromProblem for $response {
            fn from_problem(status: u16, problem: joule_api::models::Problem) -> Option<Self> {
                match status {
                    $($status => Some(<$response>::$variant(problem)),)+
                    _ => None,
                }
            }
        }
    )+};
}
pub(crate) use problem_variants;

/// Turns a handler's outcome into the generated response, or a bare 500 for an
/// outcome the operation does not declare.
pub fn respond<R: FromProblem>(outcome: Result<R, Failure>) -> Result<R, ApiError> {
    match outcome {
        Ok(response) => Ok(response),
        Err(failure) => R::from_problem(failure.status, failure.to_problem()).ok_or_else(|| {
            if failure.status < 500 {
                log::error!(
                    "undeclared status {} for: {}",
                    failure.status,
                    failure.detail
                );
            }
            ApiError(failure.detail)
        }),
    }
}
