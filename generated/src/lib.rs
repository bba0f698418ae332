#![allow(missing_docs, trivial_casts, unused_variables, unused_mut, unused_imports, unused_extern_crates, unused_attributes, non_camel_case_types)]
#![allow(clippy::derive_partial_eq_without_eq, clippy::disallowed_names)]

use async_trait::async_trait;
use futures::Stream;
#[cfg(feature = "mock")]
use mockall::automock;
use std::error::Error;
use std::collections::BTreeSet;
use std::task::{Poll, Context};
use swagger::{ApiError, ContextWrapper, auth::Authorization};
use serde::{Serialize, Deserialize};

#[cfg(any(feature = "client", feature = "server"))]
type ServiceError = Box<dyn Error + Send + Sync + 'static>;

pub const BASE_PATH: &str = "/api/v1";
pub const API_VERSION: &str = "0.1.0";

mod auth;
pub use auth::{AuthenticationApi, Claims};


#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ApiKeyCreateResponse {
    /// The key, with its secret.
    Created
    (models::ApiKeyCreated)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ApiKeysListResponse {
    /// A page of keys.
    Ok
    (models::ApiKeyList)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ApiKeyDeleteResponse {
    /// The key is revoked.
    Deleted
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AuthLoginResponse {
    /// Signed in.
    Ok
    (models::TokenPair)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// Too many failed logins; retry after `Retry-After` seconds.
    TooManyRequests
    {
        body: models::Problem,
        retry_after:
        Option<
        i64
        >
    }
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AuthLogoutResponse {
    /// The session is revoked.
    LoggedOut
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AuthMeResponse {
    /// The caller.
    Ok
    (models::User)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AuthPasswordChangeResponse {
    /// The password is changed.
    Changed
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AuthRefreshResponse {
    /// A new token pair.
    Ok
    (models::TokenPair)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DataExportResponse {
    /// The rows, then the trailer.
    Ok
    (swagger::OneOf3::<String, String, String>)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DataImportResponse {
    /// The rows written and the rows refused.
    Ok
    (models::ValuesImportResult)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum LineWriteResponse {
    /// Every value is stored.
    Written
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ComputeSumResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The derived series.
    Ok
    (models::SumResult)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The input cannot be computed; `error` and `log` say why and where.
    Unprocessable
    (models::SumResult)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConnectorCreateResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The connector was created.
    Created
    {
        body: models::Connector,
        location:
        Option<
        String
        >
    }
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConnectorsListResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// A page of connectors.
    Ok
    (models::ConnectorList)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConnectorAvailableDatapointsResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The available datapoints (empty lists before the first message).
    Ok
    (models::AvailableDatapoints)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConnectorDeleteResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The connector was deleted.
    Deleted
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConnectorGetResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The connector.
    Ok
    (models::Connector)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConnectorLogsResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The log messages.
    Ok
    (Vec<models::ConnectorLog>)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConnectorRawMessagesResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The raw messages.
    Ok
    (Vec<models::ConnectorRawMessage>)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConnectorUpdateResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The updated connector.
    Ok
    (models::Connector)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ScheduleGetResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The current schedule.
    Ok
    (models::Schedule)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SchedulePutResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The stored schedule.
    Ok
    (models::Schedule)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SchedulesHistoryResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The schedules.
    Ok
    (models::ScheduleHistory)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetpointGetResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The current setpoint.
    Ok
    (models::Setpoint)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetpointPutResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The stored setpoint.
    Ok
    (models::Setpoint)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetpointsHistoryResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The setpoints.
    Ok
    (models::SetpointHistory)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointCreateResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The datapoint was created.
    Created
    {
        body: models::Datapoint,
        location:
        Option<
        String
        >
    }
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointsImportResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// Every datapoint was stored.
    Ok
    (models::ImportResult)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointsListResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// A page of datapoints.
    Ok
    (models::DatapointList)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointDeleteResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The datapoint was deleted.
    Deleted
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointGetResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The datapoint.
    Ok
    (models::Datapoint)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointUpdateResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The updated datapoint.
    Ok
    (models::Datapoint)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeviceCreateResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The device was created.
    Created
    {
        body: models::Device,
        location:
        Option<
        String
        >
    }
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DevicesListResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// A page of devices.
    Ok
    (models::DeviceList)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeviceDeleteResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The device was deleted.
    Deleted
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeviceGetResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The device.
    Ok
    (models::Device)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeviceUpdateResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The updated device.
    Ok
    (models::Device)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub enum HealthResponse {
    /// The process is alive.
    Ok
    (models::Health)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ReadyResponse {
    /// Ready to serve.
    Ok
    (models::Health)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum LiveSocketResponse {
    /// Switching to the WebSocket protocol.
    Switching
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The request is not a WebSocket upgrade.
    UpgradeRequired
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum LiveStreamResponse {
    /// The event stream: events named values, lagged and error.
    Ok
    (String)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SiteCreateResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The site was created.
    Created
    {
        body: models::Site,
        location:
        Option<
        String
        >
    }
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SitesListResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// A page of sites.
    Ok
    (swagger::OneOf2::<models::SiteList, String>)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SiteDeleteResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The site was deleted.
    Deleted
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SiteGetResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The site.
    Ok
    (models::Site)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SiteUpdateResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
    ,
    /// The updated site.
    Ok
    (models::Site)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UserCreateResponse {
    /// The user was created.
    Created
    {
        body: models::User,
        location:
        Option<
        String
        >
    }
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UsersListResponse {
    /// A page of users.
    Ok
    (models::UserList)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UserDeleteResponse {
    /// The user was deleted.
    Deleted
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UserGetResponse {
    /// The user.
    Ok
    (models::User)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UserUpdateResponse {
    /// The updated user.
    Ok
    (models::User)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The request conflicts with stored data.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum IngestTtnResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// Every field with a datapoint is stored; the others are listed.
    Ok
    (models::TtnIngestResult)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// A datapoint of the uplink was deleted while it was written; nothing of it is stored.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum TimeseriesResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The table.
    Ok
    (swagger::OneOf2::<models::TimeseriesTable, String>)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ValuesLatestResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The latest value of each datapoint that has one.
    Ok
    (models::LatestList)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ValuesWriteResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// Every value is stored.
    Ok
    (models::WriteResult)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// A datapoint of the batch was deleted while the batch was written; nothing of it is stored.
    Conflict
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointAggregateResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The buckets, oldest first.
    Ok
    (models::AggregateResult)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointValueLatestResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The latest value.
    Ok
    (models::Value)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointValuesDeleteResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// The values were deleted.
    Ok
    (models::DeleteResult)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointValuesListResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// A page of values.
    Ok
    (models::ValueList)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DatapointValuesWriteResponse {
    /// Credentials are missing, malformed, expired or revoked (or, for login, wrong). The answer carries `WWW-Authenticate`. 
    Unauthorized
    (models::Problem)
    ,
    /// The credentials are valid but may not do this (role, or an API key's sites).
    Forbidden
    (models::Problem)
    ,
    /// Every value is stored.
    Ok
    (models::WriteResult)
    ,
    /// The request could not be read (malformed body or parameter).
    BadRequest
    (models::Problem)
    ,
    /// A datapoint of the batch was deleted while the batch was written; nothing of it is stored.
    Conflict
    (models::Problem)
    ,
    /// No resource has this id.
    NotFound
    (models::Problem)
    ,
    /// The body is larger than the configured limit.
    PayloadTooLarge
    (models::Problem)
    ,
    /// The body is not sent as `application/json` (or a `+json` type).
    UnsupportedMediaType
    (models::Problem)
    ,
    /// The body was read but breaks a rule; `errors` names each field.
    Unprocessable
    (models::Problem)
    ,
    /// The database cannot be reached; retry later.
    Unavailable
    (models::Problem)
}

/// API
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait Api<C: Send + Sync> {
    /// Create an API key for a device or connector (admin).
    async fn api_key_create(
        &self,
        api_key_create: models::ApiKeyCreate,
        context: &C) -> Result<ApiKeyCreateResponse, ApiError>;

    /// List API keys, ordered by id, without their secrets (admin).
    async fn api_keys_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<ApiKeysListResponse, ApiError>;

    /// Revoke an API key (admin); the next request with it is refused.
    async fn api_key_delete(
        &self,
        key_id: i64,
        context: &C) -> Result<ApiKeyDeleteResponse, ApiError>;

    /// Sign in; answers an access token and a refresh token.
    async fn auth_login(
        &self,
        login_request: models::LoginRequest,
        context: &C) -> Result<AuthLoginResponse, ApiError>;

    /// Sign out; the session's access and refresh tokens stop working.
    async fn auth_logout(
        &self,
        context: &C) -> Result<AuthLogoutResponse, ApiError>;

    /// The signed-in user.
    async fn auth_me(
        &self,
        context: &C) -> Result<AuthMeResponse, ApiError>;

    /// Change one's own password (the old one is required).
    async fn auth_password_change(
        &self,
        password_change: models::PasswordChange,
        context: &C) -> Result<AuthPasswordChangeResponse, ApiError>;

    /// Trade a refresh token for a new token pair.
    async fn auth_refresh(
        &self,
        refresh_request: models::RefreshRequest,
        context: &C) -> Result<AuthRefreshResponse, ApiError>;

    /// Stream every value of a range, with no cap.
    async fn data_export<'a>(
        &self,
        datapoint_ids: Option<&'a Vec<i64>>,
        site_id: Option<i64>,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        format: Option<models::BulkFormat>,
        context: &C) -> Result<DataExportResponse, ApiError>;

    /// Import values from a large csv, ndjson or line protocol body.
    async fn data_import(
        &self,
        body: String,
        format: Option<models::BulkFormat>,
        context: &C) -> Result<DataImportResponse, ApiError>;

    /// Write values as InfluxDB line protocol, all or nothing.
    async fn line_write(
        &self,
        body: String,
        precision: Option<models::LinePrecision>,
        db: Option<String>,
        context: &C) -> Result<LineWriteResponse, ApiError>;

    /// Derived series sum_ts = scale × (e1_ts + e2_ts), KasemInterface-compatible.
    async fn compute_sum(
        &self,
        sum_request: models::SumRequest,
        context: &C) -> Result<ComputeSumResponse, ApiError>;

    /// Register a BEMCom connector; its name is its MQTT topic root.
    async fn connector_create(
        &self,
        connector_create: models::ConnectorCreate,
        context: &C) -> Result<ConnectorCreateResponse, ApiError>;

    /// List BEMCom connectors, ordered by id.
    async fn connectors_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<ConnectorsListResponse, ApiError>;

    /// The datapoints the connector last announced (its `available_datapoints` message), each with an example value and the Joule datapoint selected for it. 
    async fn connector_available_datapoints(
        &self,
        connector_id: i64,
        context: &C) -> Result<ConnectorAvailableDatapointsResponse, ApiError>;

    /// Delete a connector with its logs. Its datapoints stay, with their values; they lose `connector_id` and `key_in_connector`. 
    async fn connector_delete(
        &self,
        connector_id: i64,
        context: &C) -> Result<ConnectorDeleteResponse, ApiError>;

    /// Read one connector, with its last heartbeat and whether it is alive.
    async fn connector_get(
        &self,
        connector_id: i64,
        context: &C) -> Result<ConnectorGetResponse, ApiError>;

    /// The connector's most recent log messages, newest first. The last 1,000 of each connector are kept. 
    async fn connector_logs(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        context: &C) -> Result<ConnectorLogsResponse, ApiError>;

    /// The connector's most recent raw device messages (BEMCom `raw_message_to_db`), newest first. Kept only while the connector's `raw_message_to_db` is on; the last 10,000 of each connector are kept. 
    async fn connector_raw_messages(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        context: &C) -> Result<ConnectorRawMessagesResponse, ApiError>;

    /// Change some fields of a connector; absent fields are kept, null clears.
    async fn connector_update(
        &self,
        connector_id: i64,
        connector_update: models::ConnectorUpdate,
        context: &C) -> Result<ConnectorUpdateResponse, ApiError>;

    /// The current schedule of an actuator.
    async fn schedule_get(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<ScheduleGetResponse, ApiError>;

    /// Replace the schedule of an actuator.
    async fn schedule_put<'a>(
        &self,
        datapoint_id: i64,
        schedule_item: &'a Vec<models::ScheduleItem>,
        context: &C) -> Result<SchedulePutResponse, ApiError>;

    /// Schedules stored in a time range (by the time they were stored), oldest first.
    async fn schedules_history(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        context: &C) -> Result<SchedulesHistoryResponse, ApiError>;

    /// The current setpoint of an actuator.
    async fn setpoint_get(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<SetpointGetResponse, ApiError>;

    /// Replace the setpoint of an actuator.
    async fn setpoint_put<'a>(
        &self,
        datapoint_id: i64,
        setpoint_item: &'a Vec<models::SetpointItem>,
        context: &C) -> Result<SetpointPutResponse, ApiError>;

    /// Setpoints stored in a time range (by the time they were stored), oldest first.
    async fn setpoints_history(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        context: &C) -> Result<SetpointsHistoryResponse, ApiError>;

    /// Register a datapoint.
    async fn datapoint_create(
        &self,
        datapoint_create: models::DatapointCreate,
        context: &C) -> Result<DatapointCreateResponse, ApiError>;

    /// Create or update many datapoints by key, all or nothing.
    async fn datapoints_import<'a>(
        &self,
        datapoint_create: &'a Vec<models::DatapointCreate>,
        context: &C) -> Result<DatapointsImportResponse, ApiError>;

    /// List datapoints, ordered by id.
    async fn datapoints_list(
        &self,
        site_id: Option<i64>,
        device_id: Option<i64>,
        connector_id: Option<i64>,
        param_type: Option<models::DatapointType>,
        data_format: Option<models::DataFormat>,
        key: Option<String>,
        q: Option<String>,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<DatapointsListResponse, ApiError>;

    /// Delete a datapoint.
    async fn datapoint_delete(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<DatapointDeleteResponse, ApiError>;

    /// Read one datapoint.
    async fn datapoint_get(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<DatapointGetResponse, ApiError>;

    /// Change some fields of a datapoint; absent fields are kept, null clears.
    async fn datapoint_update(
        &self,
        datapoint_id: i64,
        datapoint_update: models::DatapointUpdate,
        context: &C) -> Result<DatapointUpdateResponse, ApiError>;

    /// Register a device at a site.
    async fn device_create(
        &self,
        device_create: models::DeviceCreate,
        context: &C) -> Result<DeviceCreateResponse, ApiError>;

    /// List devices, ordered by id.
    async fn devices_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<DevicesListResponse, ApiError>;

    /// Delete a device; with cascade=true also its datapoints.
    async fn device_delete(
        &self,
        device_id: i64,
        cascade: Option<bool>,
        context: &C) -> Result<DeviceDeleteResponse, ApiError>;

    /// Read one device.
    async fn device_get(
        &self,
        device_id: i64,
        context: &C) -> Result<DeviceGetResponse, ApiError>;

    /// Change some fields of a device; absent fields are kept, null clears.
    async fn device_update(
        &self,
        device_id: i64,
        device_update: models::DeviceUpdate,
        context: &C) -> Result<DeviceUpdateResponse, ApiError>;

    /// Liveness probe (the process answers).
    async fn health(
        &self,
        context: &C) -> Result<HealthResponse, ApiError>;

    /// Readiness probe (the database is reachable).
    async fn ready(
        &self,
        context: &C) -> Result<ReadyResponse, ApiError>;

    /// A WebSocket for live values (JSON messages, see asyncapi.yaml).
    async fn live_socket(
        &self,
        context: &C) -> Result<LiveSocketResponse, ApiError>;

    /// Server-sent events with every committed value of some datapoints.
    async fn live_stream<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        last_event_id: Option<String>,
        context: &C) -> Result<LiveStreamResponse, ApiError>;

    /// Register a site.
    async fn site_create(
        &self,
        site_create: models::SiteCreate,
        context: &C) -> Result<SiteCreateResponse, ApiError>;

    /// List sites, ordered by id.
    async fn sites_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<SitesListResponse, ApiError>;

    /// Delete a site; with cascade=true also its devices and their datapoints.
    async fn site_delete(
        &self,
        site_id: i64,
        cascade: Option<bool>,
        context: &C) -> Result<SiteDeleteResponse, ApiError>;

    /// Read one site.
    async fn site_get(
        &self,
        site_id: i64,
        context: &C) -> Result<SiteGetResponse, ApiError>;

    /// Change some fields of a site; absent fields are kept, null clears.
    async fn site_update(
        &self,
        site_id: i64,
        site_update: models::SiteUpdate,
        context: &C) -> Result<SiteUpdateResponse, ApiError>;

    /// Create a user (admin).
    async fn user_create(
        &self,
        user_create: models::UserCreate,
        context: &C) -> Result<UserCreateResponse, ApiError>;

    /// List users, ordered by id (admin).
    async fn users_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<UsersListResponse, ApiError>;

    /// Delete a user and their sessions (admin); not the last active admin.
    async fn user_delete(
        &self,
        user_id: i64,
        context: &C) -> Result<UserDeleteResponse, ApiError>;

    /// Read one user (admin).
    async fn user_get(
        &self,
        user_id: i64,
        context: &C) -> Result<UserGetResponse, ApiError>;

    /// Change a user's role, active flag or password (admin).
    async fn user_update(
        &self,
        user_id: i64,
        user_update: models::UserUpdate,
        context: &C) -> Result<UserUpdateResponse, ApiError>;

    /// Store the decoded payload of a The Things Stack (v3) uplink webhook.
    async fn ingest_ttn(
        &self,
        ttn_uplink: models::TtnUplink,
        context: &C) -> Result<IngestTtnResponse, ApiError>;

    /// Several datapoints aggregated onto one grid, as a table.
    async fn timeseries<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        from: chrono::DateTime::<chrono::Utc>,
        to: chrono::DateTime::<chrono::Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        context: &C) -> Result<TimeseriesResponse, ApiError>;

    /// The most recent value of each of several datapoints.
    async fn values_latest<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        context: &C) -> Result<ValuesLatestResponse, ApiError>;

    /// Write a batch of values across datapoints, all or nothing.
    async fn values_write<'a>(
        &self,
        value_write_any: &'a Vec<models::ValueWriteAny>,
        context: &C) -> Result<ValuesWriteResponse, ApiError>;

    /// Aggregate values into buckets aligned to an interval grid.
    async fn datapoint_aggregate<'a>(
        &self,
        datapoint_id: i64,
        from: chrono::DateTime::<chrono::Utc>,
        to: chrono::DateTime::<chrono::Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        context: &C) -> Result<DatapointAggregateResponse, ApiError>;

    /// The most recent value of a datapoint.
    async fn datapoint_value_latest(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<DatapointValueLatestResponse, ApiError>;

    /// Delete the values in a time range (all values when no range is given).
    async fn datapoint_values_delete(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        context: &C) -> Result<DatapointValuesDeleteResponse, ApiError>;

    /// Read stored values in a time range, a page at a time.
    async fn datapoint_values_list(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        limit: Option<u32>,
        order: Option<models::SortOrder>,
        cursor: Option<String>,
        context: &C) -> Result<DatapointValuesListResponse, ApiError>;

    /// Write a batch of values of one datapoint, all or nothing.
    async fn datapoint_values_write<'a>(
        &self,
        datapoint_id: i64,
        value_write: &'a Vec<models::ValueWrite>,
        context: &C) -> Result<DatapointValuesWriteResponse, ApiError>;

}

/// API where `Context` isn't passed on every API call
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait ApiNoContext<C: Send + Sync> {
    // The std::task::Context struct houses a reference to std::task::Waker with the lifetime <'a>.
    // Adding an anonymous lifetime `'a` to allow mockall to create a mock object with the right lifetimes.
    // This is needed because the compiler is unable to determine the lifetimes on F's trait bound
    // where F is the closure created by mockall. We use higher-rank trait bounds here to get around this.

    fn context(&self) -> &C;

    /// Create an API key for a device or connector (admin).
    async fn api_key_create(
        &self,
        api_key_create: models::ApiKeyCreate,
        ) -> Result<ApiKeyCreateResponse, ApiError>;

    /// List API keys, ordered by id, without their secrets (admin).
    async fn api_keys_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<ApiKeysListResponse, ApiError>;

    /// Revoke an API key (admin); the next request with it is refused.
    async fn api_key_delete(
        &self,
        key_id: i64,
        ) -> Result<ApiKeyDeleteResponse, ApiError>;

    /// Sign in; answers an access token and a refresh token.
    async fn auth_login(
        &self,
        login_request: models::LoginRequest,
        ) -> Result<AuthLoginResponse, ApiError>;

    /// Sign out; the session's access and refresh tokens stop working.
    async fn auth_logout(
        &self,
        ) -> Result<AuthLogoutResponse, ApiError>;

    /// The signed-in user.
    async fn auth_me(
        &self,
        ) -> Result<AuthMeResponse, ApiError>;

    /// Change one's own password (the old one is required).
    async fn auth_password_change(
        &self,
        password_change: models::PasswordChange,
        ) -> Result<AuthPasswordChangeResponse, ApiError>;

    /// Trade a refresh token for a new token pair.
    async fn auth_refresh(
        &self,
        refresh_request: models::RefreshRequest,
        ) -> Result<AuthRefreshResponse, ApiError>;

    /// Stream every value of a range, with no cap.
    async fn data_export<'a>(
        &self,
        datapoint_ids: Option<&'a Vec<i64>>,
        site_id: Option<i64>,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        format: Option<models::BulkFormat>,
        ) -> Result<DataExportResponse, ApiError>;

    /// Import values from a large csv, ndjson or line protocol body.
    async fn data_import(
        &self,
        body: String,
        format: Option<models::BulkFormat>,
        ) -> Result<DataImportResponse, ApiError>;

    /// Write values as InfluxDB line protocol, all or nothing.
    async fn line_write(
        &self,
        body: String,
        precision: Option<models::LinePrecision>,
        db: Option<String>,
        ) -> Result<LineWriteResponse, ApiError>;

    /// Derived series sum_ts = scale × (e1_ts + e2_ts), KasemInterface-compatible.
    async fn compute_sum(
        &self,
        sum_request: models::SumRequest,
        ) -> Result<ComputeSumResponse, ApiError>;

    /// Register a BEMCom connector; its name is its MQTT topic root.
    async fn connector_create(
        &self,
        connector_create: models::ConnectorCreate,
        ) -> Result<ConnectorCreateResponse, ApiError>;

    /// List BEMCom connectors, ordered by id.
    async fn connectors_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<ConnectorsListResponse, ApiError>;

    /// The datapoints the connector last announced (its `available_datapoints` message), each with an example value and the Joule datapoint selected for it. 
    async fn connector_available_datapoints(
        &self,
        connector_id: i64,
        ) -> Result<ConnectorAvailableDatapointsResponse, ApiError>;

    /// Delete a connector with its logs. Its datapoints stay, with their values; they lose `connector_id` and `key_in_connector`. 
    async fn connector_delete(
        &self,
        connector_id: i64,
        ) -> Result<ConnectorDeleteResponse, ApiError>;

    /// Read one connector, with its last heartbeat and whether it is alive.
    async fn connector_get(
        &self,
        connector_id: i64,
        ) -> Result<ConnectorGetResponse, ApiError>;

    /// The connector's most recent log messages, newest first. The last 1,000 of each connector are kept. 
    async fn connector_logs(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        ) -> Result<ConnectorLogsResponse, ApiError>;

    /// The connector's most recent raw device messages (BEMCom `raw_message_to_db`), newest first. Kept only while the connector's `raw_message_to_db` is on; the last 10,000 of each connector are kept. 
    async fn connector_raw_messages(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        ) -> Result<ConnectorRawMessagesResponse, ApiError>;

    /// Change some fields of a connector; absent fields are kept, null clears.
    async fn connector_update(
        &self,
        connector_id: i64,
        connector_update: models::ConnectorUpdate,
        ) -> Result<ConnectorUpdateResponse, ApiError>;

    /// The current schedule of an actuator.
    async fn schedule_get(
        &self,
        datapoint_id: i64,
        ) -> Result<ScheduleGetResponse, ApiError>;

    /// Replace the schedule of an actuator.
    async fn schedule_put<'a>(
        &self,
        datapoint_id: i64,
        schedule_item: &'a Vec<models::ScheduleItem>,
        ) -> Result<SchedulePutResponse, ApiError>;

    /// Schedules stored in a time range (by the time they were stored), oldest first.
    async fn schedules_history(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        ) -> Result<SchedulesHistoryResponse, ApiError>;

    /// The current setpoint of an actuator.
    async fn setpoint_get(
        &self,
        datapoint_id: i64,
        ) -> Result<SetpointGetResponse, ApiError>;

    /// Replace the setpoint of an actuator.
    async fn setpoint_put<'a>(
        &self,
        datapoint_id: i64,
        setpoint_item: &'a Vec<models::SetpointItem>,
        ) -> Result<SetpointPutResponse, ApiError>;

    /// Setpoints stored in a time range (by the time they were stored), oldest first.
    async fn setpoints_history(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        ) -> Result<SetpointsHistoryResponse, ApiError>;

    /// Register a datapoint.
    async fn datapoint_create(
        &self,
        datapoint_create: models::DatapointCreate,
        ) -> Result<DatapointCreateResponse, ApiError>;

    /// Create or update many datapoints by key, all or nothing.
    async fn datapoints_import<'a>(
        &self,
        datapoint_create: &'a Vec<models::DatapointCreate>,
        ) -> Result<DatapointsImportResponse, ApiError>;

    /// List datapoints, ordered by id.
    async fn datapoints_list(
        &self,
        site_id: Option<i64>,
        device_id: Option<i64>,
        connector_id: Option<i64>,
        param_type: Option<models::DatapointType>,
        data_format: Option<models::DataFormat>,
        key: Option<String>,
        q: Option<String>,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<DatapointsListResponse, ApiError>;

    /// Delete a datapoint.
    async fn datapoint_delete(
        &self,
        datapoint_id: i64,
        ) -> Result<DatapointDeleteResponse, ApiError>;

    /// Read one datapoint.
    async fn datapoint_get(
        &self,
        datapoint_id: i64,
        ) -> Result<DatapointGetResponse, ApiError>;

    /// Change some fields of a datapoint; absent fields are kept, null clears.
    async fn datapoint_update(
        &self,
        datapoint_id: i64,
        datapoint_update: models::DatapointUpdate,
        ) -> Result<DatapointUpdateResponse, ApiError>;

    /// Register a device at a site.
    async fn device_create(
        &self,
        device_create: models::DeviceCreate,
        ) -> Result<DeviceCreateResponse, ApiError>;

    /// List devices, ordered by id.
    async fn devices_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<DevicesListResponse, ApiError>;

    /// Delete a device; with cascade=true also its datapoints.
    async fn device_delete(
        &self,
        device_id: i64,
        cascade: Option<bool>,
        ) -> Result<DeviceDeleteResponse, ApiError>;

    /// Read one device.
    async fn device_get(
        &self,
        device_id: i64,
        ) -> Result<DeviceGetResponse, ApiError>;

    /// Change some fields of a device; absent fields are kept, null clears.
    async fn device_update(
        &self,
        device_id: i64,
        device_update: models::DeviceUpdate,
        ) -> Result<DeviceUpdateResponse, ApiError>;

    /// Liveness probe (the process answers).
    async fn health(
        &self,
        ) -> Result<HealthResponse, ApiError>;

    /// Readiness probe (the database is reachable).
    async fn ready(
        &self,
        ) -> Result<ReadyResponse, ApiError>;

    /// A WebSocket for live values (JSON messages, see asyncapi.yaml).
    async fn live_socket(
        &self,
        ) -> Result<LiveSocketResponse, ApiError>;

    /// Server-sent events with every committed value of some datapoints.
    async fn live_stream<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        last_event_id: Option<String>,
        ) -> Result<LiveStreamResponse, ApiError>;

    /// Register a site.
    async fn site_create(
        &self,
        site_create: models::SiteCreate,
        ) -> Result<SiteCreateResponse, ApiError>;

    /// List sites, ordered by id.
    async fn sites_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<SitesListResponse, ApiError>;

    /// Delete a site; with cascade=true also its devices and their datapoints.
    async fn site_delete(
        &self,
        site_id: i64,
        cascade: Option<bool>,
        ) -> Result<SiteDeleteResponse, ApiError>;

    /// Read one site.
    async fn site_get(
        &self,
        site_id: i64,
        ) -> Result<SiteGetResponse, ApiError>;

    /// Change some fields of a site; absent fields are kept, null clears.
    async fn site_update(
        &self,
        site_id: i64,
        site_update: models::SiteUpdate,
        ) -> Result<SiteUpdateResponse, ApiError>;

    /// Create a user (admin).
    async fn user_create(
        &self,
        user_create: models::UserCreate,
        ) -> Result<UserCreateResponse, ApiError>;

    /// List users, ordered by id (admin).
    async fn users_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<UsersListResponse, ApiError>;

    /// Delete a user and their sessions (admin); not the last active admin.
    async fn user_delete(
        &self,
        user_id: i64,
        ) -> Result<UserDeleteResponse, ApiError>;

    /// Read one user (admin).
    async fn user_get(
        &self,
        user_id: i64,
        ) -> Result<UserGetResponse, ApiError>;

    /// Change a user's role, active flag or password (admin).
    async fn user_update(
        &self,
        user_id: i64,
        user_update: models::UserUpdate,
        ) -> Result<UserUpdateResponse, ApiError>;

    /// Store the decoded payload of a The Things Stack (v3) uplink webhook.
    async fn ingest_ttn(
        &self,
        ttn_uplink: models::TtnUplink,
        ) -> Result<IngestTtnResponse, ApiError>;

    /// Several datapoints aggregated onto one grid, as a table.
    async fn timeseries<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        from: chrono::DateTime::<chrono::Utc>,
        to: chrono::DateTime::<chrono::Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        ) -> Result<TimeseriesResponse, ApiError>;

    /// The most recent value of each of several datapoints.
    async fn values_latest<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        ) -> Result<ValuesLatestResponse, ApiError>;

    /// Write a batch of values across datapoints, all or nothing.
    async fn values_write<'a>(
        &self,
        value_write_any: &'a Vec<models::ValueWriteAny>,
        ) -> Result<ValuesWriteResponse, ApiError>;

    /// Aggregate values into buckets aligned to an interval grid.
    async fn datapoint_aggregate<'a>(
        &self,
        datapoint_id: i64,
        from: chrono::DateTime::<chrono::Utc>,
        to: chrono::DateTime::<chrono::Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        ) -> Result<DatapointAggregateResponse, ApiError>;

    /// The most recent value of a datapoint.
    async fn datapoint_value_latest(
        &self,
        datapoint_id: i64,
        ) -> Result<DatapointValueLatestResponse, ApiError>;

    /// Delete the values in a time range (all values when no range is given).
    async fn datapoint_values_delete(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        ) -> Result<DatapointValuesDeleteResponse, ApiError>;

    /// Read stored values in a time range, a page at a time.
    async fn datapoint_values_list(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        limit: Option<u32>,
        order: Option<models::SortOrder>,
        cursor: Option<String>,
        ) -> Result<DatapointValuesListResponse, ApiError>;

    /// Write a batch of values of one datapoint, all or nothing.
    async fn datapoint_values_write<'a>(
        &self,
        datapoint_id: i64,
        value_write: &'a Vec<models::ValueWrite>,
        ) -> Result<DatapointValuesWriteResponse, ApiError>;

}

/// Trait to extend an API to make it easy to bind it to a context.
pub trait ContextWrapperExt<C: Send + Sync> where Self: Sized
{
    /// Binds this API to a context.
    fn with_context(self, context: C) -> ContextWrapper<Self, C>;
}

impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ContextWrapperExt<C> for T {
    fn with_context(self: T, context: C) -> ContextWrapper<T, C> {
         ContextWrapper::<T, C>::new(self, context)
    }
}

#[async_trait]
impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ApiNoContext<C> for ContextWrapper<T, C> {
    fn context(&self) -> &C {
        ContextWrapper::context(self)
    }

    /// Create an API key for a device or connector (admin).
    async fn api_key_create(
        &self,
        api_key_create: models::ApiKeyCreate,
        ) -> Result<ApiKeyCreateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().api_key_create(api_key_create, &context).await
    }

    /// List API keys, ordered by id, without their secrets (admin).
    async fn api_keys_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<ApiKeysListResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().api_keys_list(limit, cursor, &context).await
    }

    /// Revoke an API key (admin); the next request with it is refused.
    async fn api_key_delete(
        &self,
        key_id: i64,
        ) -> Result<ApiKeyDeleteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().api_key_delete(key_id, &context).await
    }

    /// Sign in; answers an access token and a refresh token.
    async fn auth_login(
        &self,
        login_request: models::LoginRequest,
        ) -> Result<AuthLoginResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().auth_login(login_request, &context).await
    }

    /// Sign out; the session's access and refresh tokens stop working.
    async fn auth_logout(
        &self,
        ) -> Result<AuthLogoutResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().auth_logout(&context).await
    }

    /// The signed-in user.
    async fn auth_me(
        &self,
        ) -> Result<AuthMeResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().auth_me(&context).await
    }

    /// Change one's own password (the old one is required).
    async fn auth_password_change(
        &self,
        password_change: models::PasswordChange,
        ) -> Result<AuthPasswordChangeResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().auth_password_change(password_change, &context).await
    }

    /// Trade a refresh token for a new token pair.
    async fn auth_refresh(
        &self,
        refresh_request: models::RefreshRequest,
        ) -> Result<AuthRefreshResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().auth_refresh(refresh_request, &context).await
    }

    /// Stream every value of a range, with no cap.
    async fn data_export<'a>(
        &self,
        datapoint_ids: Option<&'a Vec<i64>>,
        site_id: Option<i64>,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        format: Option<models::BulkFormat>,
        ) -> Result<DataExportResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().data_export(datapoint_ids, site_id, from, to, format, &context).await
    }

    /// Import values from a large csv, ndjson or line protocol body.
    async fn data_import(
        &self,
        body: String,
        format: Option<models::BulkFormat>,
        ) -> Result<DataImportResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().data_import(body, format, &context).await
    }

    /// Write values as InfluxDB line protocol, all or nothing.
    async fn line_write(
        &self,
        body: String,
        precision: Option<models::LinePrecision>,
        db: Option<String>,
        ) -> Result<LineWriteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().line_write(body, precision, db, &context).await
    }

    /// Derived series sum_ts = scale × (e1_ts + e2_ts), KasemInterface-compatible.
    async fn compute_sum(
        &self,
        sum_request: models::SumRequest,
        ) -> Result<ComputeSumResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().compute_sum(sum_request, &context).await
    }

    /// Register a BEMCom connector; its name is its MQTT topic root.
    async fn connector_create(
        &self,
        connector_create: models::ConnectorCreate,
        ) -> Result<ConnectorCreateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().connector_create(connector_create, &context).await
    }

    /// List BEMCom connectors, ordered by id.
    async fn connectors_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<ConnectorsListResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().connectors_list(site_id, limit, cursor, &context).await
    }

    /// The datapoints the connector last announced (its `available_datapoints` message), each with an example value and the Joule datapoint selected for it. 
    async fn connector_available_datapoints(
        &self,
        connector_id: i64,
        ) -> Result<ConnectorAvailableDatapointsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().connector_available_datapoints(connector_id, &context).await
    }

    /// Delete a connector with its logs. Its datapoints stay, with their values; they lose `connector_id` and `key_in_connector`. 
    async fn connector_delete(
        &self,
        connector_id: i64,
        ) -> Result<ConnectorDeleteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().connector_delete(connector_id, &context).await
    }

    /// Read one connector, with its last heartbeat and whether it is alive.
    async fn connector_get(
        &self,
        connector_id: i64,
        ) -> Result<ConnectorGetResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().connector_get(connector_id, &context).await
    }

    /// The connector's most recent log messages, newest first. The last 1,000 of each connector are kept. 
    async fn connector_logs(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        ) -> Result<ConnectorLogsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().connector_logs(connector_id, limit, &context).await
    }

    /// The connector's most recent raw device messages (BEMCom `raw_message_to_db`), newest first. Kept only while the connector's `raw_message_to_db` is on; the last 10,000 of each connector are kept. 
    async fn connector_raw_messages(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        ) -> Result<ConnectorRawMessagesResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().connector_raw_messages(connector_id, limit, &context).await
    }

    /// Change some fields of a connector; absent fields are kept, null clears.
    async fn connector_update(
        &self,
        connector_id: i64,
        connector_update: models::ConnectorUpdate,
        ) -> Result<ConnectorUpdateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().connector_update(connector_id, connector_update, &context).await
    }

    /// The current schedule of an actuator.
    async fn schedule_get(
        &self,
        datapoint_id: i64,
        ) -> Result<ScheduleGetResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().schedule_get(datapoint_id, &context).await
    }

    /// Replace the schedule of an actuator.
    async fn schedule_put<'a>(
        &self,
        datapoint_id: i64,
        schedule_item: &'a Vec<models::ScheduleItem>,
        ) -> Result<SchedulePutResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().schedule_put(datapoint_id, schedule_item, &context).await
    }

    /// Schedules stored in a time range (by the time they were stored), oldest first.
    async fn schedules_history(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        ) -> Result<SchedulesHistoryResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().schedules_history(datapoint_id, from, to, &context).await
    }

    /// The current setpoint of an actuator.
    async fn setpoint_get(
        &self,
        datapoint_id: i64,
        ) -> Result<SetpointGetResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().setpoint_get(datapoint_id, &context).await
    }

    /// Replace the setpoint of an actuator.
    async fn setpoint_put<'a>(
        &self,
        datapoint_id: i64,
        setpoint_item: &'a Vec<models::SetpointItem>,
        ) -> Result<SetpointPutResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().setpoint_put(datapoint_id, setpoint_item, &context).await
    }

    /// Setpoints stored in a time range (by the time they were stored), oldest first.
    async fn setpoints_history(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        ) -> Result<SetpointsHistoryResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().setpoints_history(datapoint_id, from, to, &context).await
    }

    /// Register a datapoint.
    async fn datapoint_create(
        &self,
        datapoint_create: models::DatapointCreate,
        ) -> Result<DatapointCreateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoint_create(datapoint_create, &context).await
    }

    /// Create or update many datapoints by key, all or nothing.
    async fn datapoints_import<'a>(
        &self,
        datapoint_create: &'a Vec<models::DatapointCreate>,
        ) -> Result<DatapointsImportResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoints_import(datapoint_create, &context).await
    }

    /// List datapoints, ordered by id.
    async fn datapoints_list(
        &self,
        site_id: Option<i64>,
        device_id: Option<i64>,
        connector_id: Option<i64>,
        param_type: Option<models::DatapointType>,
        data_format: Option<models::DataFormat>,
        key: Option<String>,
        q: Option<String>,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<DatapointsListResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoints_list(site_id, device_id, connector_id, param_type, data_format, key, q, limit, cursor, &context).await
    }

    /// Delete a datapoint.
    async fn datapoint_delete(
        &self,
        datapoint_id: i64,
        ) -> Result<DatapointDeleteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoint_delete(datapoint_id, &context).await
    }

    /// Read one datapoint.
    async fn datapoint_get(
        &self,
        datapoint_id: i64,
        ) -> Result<DatapointGetResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoint_get(datapoint_id, &context).await
    }

    /// Change some fields of a datapoint; absent fields are kept, null clears.
    async fn datapoint_update(
        &self,
        datapoint_id: i64,
        datapoint_update: models::DatapointUpdate,
        ) -> Result<DatapointUpdateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoint_update(datapoint_id, datapoint_update, &context).await
    }

    /// Register a device at a site.
    async fn device_create(
        &self,
        device_create: models::DeviceCreate,
        ) -> Result<DeviceCreateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().device_create(device_create, &context).await
    }

    /// List devices, ordered by id.
    async fn devices_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<DevicesListResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().devices_list(site_id, limit, cursor, &context).await
    }

    /// Delete a device; with cascade=true also its datapoints.
    async fn device_delete(
        &self,
        device_id: i64,
        cascade: Option<bool>,
        ) -> Result<DeviceDeleteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().device_delete(device_id, cascade, &context).await
    }

    /// Read one device.
    async fn device_get(
        &self,
        device_id: i64,
        ) -> Result<DeviceGetResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().device_get(device_id, &context).await
    }

    /// Change some fields of a device; absent fields are kept, null clears.
    async fn device_update(
        &self,
        device_id: i64,
        device_update: models::DeviceUpdate,
        ) -> Result<DeviceUpdateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().device_update(device_id, device_update, &context).await
    }

    /// Liveness probe (the process answers).
    async fn health(
        &self,
        ) -> Result<HealthResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().health(&context).await
    }

    /// Readiness probe (the database is reachable).
    async fn ready(
        &self,
        ) -> Result<ReadyResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().ready(&context).await
    }

    /// A WebSocket for live values (JSON messages, see asyncapi.yaml).
    async fn live_socket(
        &self,
        ) -> Result<LiveSocketResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().live_socket(&context).await
    }

    /// Server-sent events with every committed value of some datapoints.
    async fn live_stream<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        last_event_id: Option<String>,
        ) -> Result<LiveStreamResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().live_stream(datapoint_ids, last_event_id, &context).await
    }

    /// Register a site.
    async fn site_create(
        &self,
        site_create: models::SiteCreate,
        ) -> Result<SiteCreateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().site_create(site_create, &context).await
    }

    /// List sites, ordered by id.
    async fn sites_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<SitesListResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().sites_list(limit, cursor, &context).await
    }

    /// Delete a site; with cascade=true also its devices and their datapoints.
    async fn site_delete(
        &self,
        site_id: i64,
        cascade: Option<bool>,
        ) -> Result<SiteDeleteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().site_delete(site_id, cascade, &context).await
    }

    /// Read one site.
    async fn site_get(
        &self,
        site_id: i64,
        ) -> Result<SiteGetResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().site_get(site_id, &context).await
    }

    /// Change some fields of a site; absent fields are kept, null clears.
    async fn site_update(
        &self,
        site_id: i64,
        site_update: models::SiteUpdate,
        ) -> Result<SiteUpdateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().site_update(site_id, site_update, &context).await
    }

    /// Create a user (admin).
    async fn user_create(
        &self,
        user_create: models::UserCreate,
        ) -> Result<UserCreateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().user_create(user_create, &context).await
    }

    /// List users, ordered by id (admin).
    async fn users_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        ) -> Result<UsersListResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().users_list(limit, cursor, &context).await
    }

    /// Delete a user and their sessions (admin); not the last active admin.
    async fn user_delete(
        &self,
        user_id: i64,
        ) -> Result<UserDeleteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().user_delete(user_id, &context).await
    }

    /// Read one user (admin).
    async fn user_get(
        &self,
        user_id: i64,
        ) -> Result<UserGetResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().user_get(user_id, &context).await
    }

    /// Change a user's role, active flag or password (admin).
    async fn user_update(
        &self,
        user_id: i64,
        user_update: models::UserUpdate,
        ) -> Result<UserUpdateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().user_update(user_id, user_update, &context).await
    }

    /// Store the decoded payload of a The Things Stack (v3) uplink webhook.
    async fn ingest_ttn(
        &self,
        ttn_uplink: models::TtnUplink,
        ) -> Result<IngestTtnResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().ingest_ttn(ttn_uplink, &context).await
    }

    /// Several datapoints aggregated onto one grid, as a table.
    async fn timeseries<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        from: chrono::DateTime::<chrono::Utc>,
        to: chrono::DateTime::<chrono::Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        ) -> Result<TimeseriesResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().timeseries(datapoint_ids, from, to, interval, function, fill, tz, &context).await
    }

    /// The most recent value of each of several datapoints.
    async fn values_latest<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        ) -> Result<ValuesLatestResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().values_latest(datapoint_ids, &context).await
    }

    /// Write a batch of values across datapoints, all or nothing.
    async fn values_write<'a>(
        &self,
        value_write_any: &'a Vec<models::ValueWriteAny>,
        ) -> Result<ValuesWriteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().values_write(value_write_any, &context).await
    }

    /// Aggregate values into buckets aligned to an interval grid.
    async fn datapoint_aggregate<'a>(
        &self,
        datapoint_id: i64,
        from: chrono::DateTime::<chrono::Utc>,
        to: chrono::DateTime::<chrono::Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        ) -> Result<DatapointAggregateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoint_aggregate(datapoint_id, from, to, interval, function, fill, tz, &context).await
    }

    /// The most recent value of a datapoint.
    async fn datapoint_value_latest(
        &self,
        datapoint_id: i64,
        ) -> Result<DatapointValueLatestResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoint_value_latest(datapoint_id, &context).await
    }

    /// Delete the values in a time range (all values when no range is given).
    async fn datapoint_values_delete(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        ) -> Result<DatapointValuesDeleteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoint_values_delete(datapoint_id, from, to, &context).await
    }

    /// Read stored values in a time range, a page at a time.
    async fn datapoint_values_list(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        limit: Option<u32>,
        order: Option<models::SortOrder>,
        cursor: Option<String>,
        ) -> Result<DatapointValuesListResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoint_values_list(datapoint_id, from, to, limit, order, cursor, &context).await
    }

    /// Write a batch of values of one datapoint, all or nothing.
    async fn datapoint_values_write<'a>(
        &self,
        datapoint_id: i64,
        value_write: &'a Vec<models::ValueWrite>,
        ) -> Result<DatapointValuesWriteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().datapoint_values_write(datapoint_id, value_write, &context).await
    }

}


#[cfg(feature = "client")]
pub mod client;

// Re-export Client as a top-level name
#[cfg(feature = "client")]
pub use client::Client;

#[cfg(feature = "server")]
pub mod server;

// Re-export router() as a top-level name
#[cfg(feature = "server")]
pub use self::server::Service;

#[cfg(feature = "server")]
pub mod context;

pub mod models;

#[cfg(any(feature = "client", feature = "server"))]
pub(crate) mod header;
