use super::JouleApi;
use crate::core::ttn::{Uplink, UplinkMessage};
use crate::http::problem::{problem_variants, respond};
use joule_api::models;
use joule_api::IngestTtnResponse;
use swagger::ApiError;

problem_variants! {
    IngestTtnResponse { 400 => BadRequest, 403 => Forbidden, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
}

impl JouleApi {
    pub(super) async fn ingest_ttn_impl(
        &self,
        body: models::TtnUplink,
        scope: Option<Vec<i64>>,
    ) -> Result<IngestTtnResponse, ApiError> {
        let uplink = Uplink {
            device_id: &body.end_device_ids.device_id,
            received_at: body.received_at.as_deref(),
            message: body.uplink_message.as_ref().map(|m| UplinkMessage {
                received_at: m.received_at.as_deref(),
                decoded_payload: m.decoded_payload.as_ref(),
            }),
        };
        let outcome = self.core.ingest_ttn(uplink, scope.as_deref()).await;
        respond(outcome.map_err(Into::into).map(|o| {
            IngestTtnResponse::Ok(models::TtnIngestResult {
                written: o.written as i64,
                unknown: o.unknown,
            })
        }))
    }
}
