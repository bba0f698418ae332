//! `POST /compute/sum`: the body in, [`Core::compute_sum`](crate::core::Core) called.
//! Input that cannot be computed is a 422 carrying a `SumResult` (code and log),
//! not a problem document, because KasemInterface reads `error` and `log`.

use super::JouleApi;
use crate::core::compute::{Computed, SumDatapoints, SumRequest, SumTable};
use crate::core::derived;
use crate::http::problem::{problem_variants, respond};
use joule_api::{models, ComputeSumResponse};
use swagger::ApiError;

problem_variants! {
    ComputeSumResponse { 400 => BadRequest, 413 => PayloadTooLarge, 503 => Unavailable }
}

fn request(body: models::SumRequest) -> SumRequest {
    SumRequest {
        scale: body.param.and_then(|p| p.scale),
        table: body.scalar.map(|t| SumTable {
            headers: t.headers,
            data: t.data,
        }),
        datapoints: body.datapoints.map(|d| SumDatapoints {
            e1: d.e1_ts,
            e2: d.e2_ts,
        }),
        from: body.from,
        to: body.to,
        interval: body.interval,
    }
}

/// A rejected input is a 422 with its code and log, not a problem.
fn response(computed: Computed) -> ComputeSumResponse {
    match computed {
        Ok(series) => ComputeSumResponse::Ok(models::SumResult {
            scalar: Some(models::SumOutput {
                headers: derived::OUTPUT_HEADERS.map(String::from).to_vec(),
                data: series.rows,
            }),
            error: 0,
            log: series.log,
        }),
        Err(rejection) => ComputeSumResponse::Unprocessable(models::SumResult {
            scalar: None,
            error: rejection.code.number(),
            log: rejection.log,
        }),
    }
}

impl JouleApi {
    pub(super) async fn compute_sum_impl(
        &self,
        body: models::SumRequest,
    ) -> Result<ComputeSumResponse, ApiError> {
        let computed = self.core.compute_sum(request(body)).await;
        respond(computed.map_err(Into::into).map(response))
    }
}
