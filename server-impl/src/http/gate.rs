//! The gate: authentication and access control before the generated router.
//!
//! The generated router only checks that *some* authorization is in the request
//! context, and answers its absence with 403 "Unauthenticated" as text/plain. So
//! the front does the real work, from the route table and [`crate::access`]: for the
//! operation the request matched, it authenticates the caller (401 with
//! `WWW-Authenticate` when credentials are missing, malformed, expired or revoked),
//! checks the role (403), and, for an
//! API key limited to some sites, checks what the request reaches (403). Only then
//! does the router see the request, with the caller in the context.

use super::problem::Failure;
use super::routes::Match;
use crate::access::{self, Caller, Permission};
use crate::http::api::JouleApi;
use hyper::header::{HeaderValue, CACHE_CONTROL, WWW_AUTHENTICATE};
use hyper::{HeaderMap, Response};
use swagger::auth::{Authorization, Scopes};

/// Paths (below the base path) whose answers may carry secrets: never cached.
const NO_STORE: [&str; 3] = ["/auth/", "/users", "/api-keys"];

pub struct Gate {
    api: JouleApi,
}

impl Gate {
    pub fn new(api: JouleApi) -> Gate {
        Gate { api }
    }

    /// Authenticates the caller of the operation `found` and checks that their
    /// role allows it; only an operation declared public admits anonymous callers.
    /// A path parameter that is not a plain id is a 400, once the caller may call
    /// the operation.
    pub async fn admit<'a>(
        &self,
        headers: &HeaderMap,
        found: Match<'a>,
    ) -> Result<Admitted<'a>, Failure> {
        let op = found.operation;
        if op.permission == Permission::Public {
            plain_ids(&found)?;
            return Ok(Admitted {
                caller: Caller::Anonymous,
                found,
            });
        }
        let caller = self.api.authenticate(headers).await?;
        if caller == Caller::Anonymous {
            return Err(Failure::new(
                401,
                "credentials are required: 'Authorization: Bearer <access token>' \
                 or 'X-API-Key: <key>'",
            ));
        }
        if !caller.may(op.permission) {
            log::info!("{} may not call {}", caller.describe(), op.id);
            return Err(Failure::new(403, access::refusal(&caller, op.permission)));
        }
        // After authentication, so an anonymous caller learns nothing but 401.
        plain_ids(&found)?;
        Ok(Admitted { caller, found })
    }

    /// For an API key limited to some sites: refuses a request that reaches
    /// anything outside them. `body` must be the exact bytes the router will parse.
    pub async fn check_scope(
        &self,
        admitted: &Admitted<'_>,
        query: Option<&str>,
        body: &[u8],
    ) -> Result<(), Failure> {
        let Some(sites) = admitted.caller.scope() else {
            return Ok(());
        };
        let targets = access::targets(&admitted.found, query, body)
            .map_err(|detail| Failure::new(400, detail))?;
        if targets.is_empty() {
            return Ok(());
        }
        self.api.check_scope(sites, targets).await
    }
}

/// A path parameter that is not a plain id is a 400: the scope check and the
/// router then read the same number.
fn plain_ids(found: &Match<'_>) -> Result<(), Failure> {
    match found.bad_param() {
        Some((name, value)) => {
            let shown: String = value.chars().take(40).collect();
            Err(Failure::bad_request(
                name,
                format!("'{shown}' is not an id (plain decimal digits)"),
            ))
        }
        None => Ok(()),
    }
}

/// A request the gate let in: who sent it and the operation it addresses.
pub struct Admitted<'a> {
    pub caller: Caller,
    pub found: Match<'a>,
}

/// What the generated router requires in the context of a secured operation.
pub fn authorization(caller: &Caller) -> Option<Authorization> {
    match caller {
        Caller::Anonymous => None,
        other => Some(Authorization {
            subject: other.describe(),
            scopes: Scopes::All,
            issuer: None,
        }),
    }
}

/// Headers every answer gets from the front: a challenge on each 401 and
/// `Cache-Control: no-store` on answers that may carry tokens, keys or accounts.
/// `bearer`: the request carried an `Authorization` header.
pub fn finish<B>(below: &str, bearer: bool, response: &mut Response<B>) {
    if response.status() == hyper::StatusCode::UNAUTHORIZED
        && !response.headers().contains_key(WWW_AUTHENTICATE)
    {
        let challenge = if bearer {
            "Bearer realm=\"joule\", error=\"invalid_token\""
        } else {
            "Bearer realm=\"joule\""
        };
        let headers = response.headers_mut();
        headers.insert(WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
        headers.append(
            WWW_AUTHENTICATE,
            HeaderValue::from_static("ApiKey realm=\"joule\", header=\"X-API-Key\""),
        );
    }
    if NO_STORE.iter().any(|p| below.starts_with(p)) {
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}
