use super::JouleApi;
use joule_api::{models, ComputeSumResponse};
use swagger::ApiError;

impl JouleApi {
    pub(super) async fn compute_sum_impl(
        &self,
        _body: models::SumRequest,
    ) -> Result<ComputeSumResponse, ApiError> {
        Err(ApiError("compute is being built".into()))
    }
}
