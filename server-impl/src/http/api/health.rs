use super::JouleApi;
use crate::http::problem::{problem_variants, respond};
use joule_api::{models, HealthResponse, ReadyResponse};
use swagger::ApiError;

problem_variants! {
    ReadyResponse { 503 => Unavailable }
}

fn ok() -> models::Health {
    models::Health {
        status: "ok".to_string(),
    }
}

impl JouleApi {
    pub(super) async fn health_impl(&self) -> Result<HealthResponse, ApiError> {
        Ok(HealthResponse::Ok(ok()))
    }

    pub(super) async fn ready_impl(&self) -> Result<ReadyResponse, ApiError> {
        let ready = self.core.ready().await;
        respond(ready.map_err(Into::into).map(|()| ReadyResponse::Ok(ok())))
    }
}
