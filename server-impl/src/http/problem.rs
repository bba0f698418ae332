//! Every failure an operation can answer, mapped to HTTP in one place.
//!
//! Handlers produce a [`Failure`]; [`respond`] turns it into the operation's own
//! response variant for that status, so each expected outcome leaves as the spec
//! declares it. Only a status the operation does not declare becomes an `ApiError`.
//! A failure found by the front door before the router becomes a problem answer
//! with [`failure_response`].

use super::front::{full, Body};
use crate::core::CoreError;
use hyper::header::{HeaderValue, CONTENT_TYPE, RETRY_AFTER};
use hyper::{Response, StatusCode};
use joule_api::models;
use joule_db::{DbError, FieldError};
use swagger::ApiError;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// A client-facing failure: status, detail, field errors, and when to retry.
#[derive(Debug, Clone)]
pub struct Failure {
    pub status: StatusCode,
    pub detail: String,
    pub errors: Vec<FieldError>,
    /// Seconds the client should wait before retrying (`Retry-After`).
    pub retry_after: Option<u64>,
}

impl Failure {
    /// A failure with `status` as the spec writes it (a number outside 100–999
    /// is a defect and answers 500).
    pub fn new(status: u16, detail: impl Into<String>) -> Self {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        Failure::with_errors(status, detail, Vec::new())
    }

    pub fn with_errors(
        status: StatusCode,
        detail: impl Into<String>,
        errors: Vec<FieldError>,
    ) -> Self {
        Failure {
            status,
            detail: detail.into(),
            errors,
            retry_after: None,
        }
    }

    /// The same failure, to be retried in `secs` seconds.
    pub fn retry_after(mut self, secs: u64) -> Self {
        self.retry_after = Some(secs);
        self
    }

    pub fn bad_request(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        Failure::with_errors(
            StatusCode::BAD_REQUEST,
            format!("invalid parameter '{field}': {message}"),
            vec![FieldError::new(field, message)],
        )
    }

    pub fn unprocessable(errors: Vec<FieldError>) -> Self {
        let detail = match errors.as_slice() {
            [one] => format!("{}: {}", one.field, one.message),
            many => format!("{} fields break the rules", many.len()),
        };
        Failure::with_errors(StatusCode::UNPROCESSABLE_ENTITY, detail, errors)
    }

    pub fn to_problem(&self) -> models::Problem {
        problem(self.status, &self.detail, &self.errors)
    }
}

/// The RFC 7807 title for a status: its reason phrase.
pub fn title(status: StatusCode) -> &'static str {
    status.canonical_reason().unwrap_or("Error")
}

pub fn problem(status: StatusCode, detail: &str, errors: &[FieldError]) -> models::Problem {
    let code = status.as_u16();
    models::Problem {
        r#type: format!("https://joule.dev/problems/{code}"),
        title: title(status).to_string(),
        status: i32::from(code),
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
            CoreError::Throttled {
                detail,
                retry_after,
            } => Failure::new(429, detail).retry_after(retry_after.as_secs().max(1)),
            CoreError::Unavailable(detail) => Failure::new(503, detail),
            CoreError::Internal(message) => {
                // The client gets a generic message; the log keeps the cause.
                log::error!("{message}");
                Failure::new(500, "internal error")
            }
        }
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

/// A response enum that can carry a problem for some statuses.
pub trait FromProblem: Sized {
    /// The variant for `failure`'s status, if the operation declares one.
    fn from_failure(failure: &Failure) -> Option<Self>;
}

/// Declares which status maps to which variant of an operation's response enum;
/// `{ retry_after }` marks a variant that carries the `Retry-After` header.
macro_rules! problem_variants {
    ($($response:ty { $($status:literal => $variant:ident $({ $header:ident })?),+ $(,)? })+) => {$(
        impl $crate::http::problem::FromProblem for $response {
            fn from_failure(failure: &$crate::http::problem::Failure) -> Option<Self> {
                match failure.status.as_u16() {
                    $($status => Some($crate::http::problem::problem_variant!(
                        failure, $variant $({ $header })?
                    )),)+
                    _ => None,
                }
            }
        }
    )+};
}

macro_rules! problem_variant {
    ($failure:ident, $variant:ident) => {
        Self::$variant($failure.to_problem())
    };
    ($failure:ident, $variant:ident { retry_after }) => {
        Self::$variant {
            body: $failure.to_problem(),
            retry_after: $failure.retry_after.and_then(|s| i64::try_from(s).ok()),
        }
    };
}
pub(crate) use problem_variant;
pub(crate) use problem_variants;

/// Turns a handler's outcome into the generated response, or a bare 500 for an
/// outcome the operation does not declare.
pub fn respond<R: FromProblem>(outcome: Result<R, Failure>) -> Result<R, ApiError> {
    match outcome {
        Ok(response) => Ok(response),
        Err(failure) => R::from_failure(&failure).ok_or_else(|| {
            if !failure.status.is_server_error() {
                log::error!(
                    "undeclared status {} for: {}",
                    failure.status.as_u16(),
                    failure.detail
                );
            }
            ApiError(failure.detail)
        }),
    }
}

/// A problem answer outside the generated router.
pub fn problem_response(status: StatusCode, detail: &str) -> Response<Body> {
    problem_json(status, &problem(status, detail, &[]))
}

/// The answer to a failure found before the router (authentication, access, body).
pub fn failure_response(failure: &Failure) -> Response<Body> {
    let mut response = problem_json(failure.status, &failure.to_problem());
    if let Some(secs) = failure.retry_after {
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}

fn problem_json(status: StatusCode, problem: &models::Problem) -> Response<Body> {
    let body = serde_json::to_vec(problem).unwrap_or_default();
    let mut response = Response::new(full(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_the_reason_phrases() {
        for (code, title) in [
            (400, "Bad Request"),
            (401, "Unauthorized"),
            (405, "Method Not Allowed"),
            (413, "Payload Too Large"),
            (415, "Unsupported Media Type"),
            (422, "Unprocessable Entity"),
            (429, "Too Many Requests"),
            (503, "Service Unavailable"),
        ] {
            let failure = Failure::new(code, "x");
            assert_eq!(failure.to_problem().title, title);
            assert_eq!(failure.to_problem().status, i32::from(code));
        }
        assert_eq!(
            Failure::new(1000, "x").status,
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }

    #[test]
    fn a_failure_to_retry_says_when() {
        let response = failure_response(&Failure::new(429, "slow down").retry_after(42));
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(response.headers()[RETRY_AFTER], "42");
        assert_eq!(response.headers()[CONTENT_TYPE], PROBLEM_JSON);
        let response = failure_response(&Failure::new(404, "no"));
        assert!(!response.headers().contains_key(RETRY_AFTER));
    }
}
