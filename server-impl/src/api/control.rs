//! Setpoints and schedules of actuators. Both are lists of items over periods;
//! they differ only in their items (see `items`), so each handler is one generic
//! function used twice.

mod items;

use super::JouleApi;
use crate::problem::{problem_variants, respond, Failure};
use crate::timestamps;
use chrono::{DateTime, Utc};
use items::Item;
use joule_api::models;
use joule_api::{
    ScheduleGetResponse, SchedulePutResponse, SchedulesHistoryResponse, SetpointGetResponse,
    SetpointPutResponse, SetpointsHistoryResponse,
};
use joule_db::queries::control::{self as q, ControlVersion};
use joule_db::DbError;
use swagger::ApiError;

problem_variants! {
    SetpointPutResponse { 400 => BadRequest, 404 => NotFound, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    SetpointGetResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    SetpointsHistoryResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    SchedulePutResponse { 400 => BadRequest, 404 => NotFound, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    ScheduleGetResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    SchedulesHistoryResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
}

/// The most versions one history answer holds: each may carry a request body's
/// worth of items, so an answer must not grow with all that was ever stored.
const MAX_HISTORY: usize = 1_000;

/// A stored version, read back.
struct Version<I> {
    datapoint_id: i64,
    created_at: DateTime<Utc>,
    items: Vec<I>,
}

fn read<I: Item>(version: ControlVersion) -> Result<Version<I>, Failure> {
    // Written only by `put` from checked items; unreadable text is a bug, not input.
    let items = serde_json::from_str(&version.items).map_err(|e| {
        log::error!(
            "stored {} of datapoint {} is unreadable: {e}",
            I::CONTROL.name(),
            version.datapoint_id
        );
        Failure::new(500, "internal error")
    })?;
    Ok(Version {
        datapoint_id: version.datapoint_id,
        created_at: timestamps::to_datetime(version.created_at),
        items,
    })
}

fn setpoint(v: Version<models::SetpointItem>) -> models::Setpoint {
    models::Setpoint::new(v.datapoint_id, v.created_at, v.items)
}

fn schedule(v: Version<models::ScheduleItem>) -> models::Schedule {
    models::Schedule::new(v.datapoint_id, v.created_at, v.items)
}

impl JouleApi {
    /// Checks the items against the datapoint and stores them, all or nothing.
    async fn put<I: Item>(&self, id: i64, body: &[I]) -> Result<Version<I>, Failure> {
        let body = body.to_vec();
        let now = joule_db::now_micros();
        let stored = self
            .db(move |c| {
                q::control_create(c, I::CONTROL, id, now, |dp| {
                    let items = items::check(dp, &body).map_err(DbError::Invalid)?;
                    serde_json::to_string(&items).map_err(|e| DbError::Internal(e.to_string()))
                })
            })
            .await?;
        read(stored)
    }

    async fn current<I: Item>(&self, id: i64) -> Result<Version<I>, Failure> {
        read(
            self.db(move |c| q::control_current(c, I::CONTROL, id))
                .await?,
        )
    }

    async fn history<I: Item>(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<Vec<Version<I>>, Failure> {
        let (from, to) =
            timestamps::range(from, to).map_err(|(field, m)| Failure::bad_request(field, m))?;
        // One more than answered, to tell a range that holds too many.
        let versions = self
            .db(move |c| q::controls_list(c, I::CONTROL, id, from, to, MAX_HISTORY as i64 + 1))
            .await?;
        if versions.len() > MAX_HISTORY {
            return Err(Failure::bad_request(
                "to",
                format!(
                    "more than {MAX_HISTORY} versions were stored between from and to; \
                     narrow the range and read it in several requests"
                ),
            ));
        }
        versions.into_iter().map(read).collect()
    }

    pub(super) async fn setpoint_put_impl(
        &self,
        id: i64,
        body: &[models::SetpointItem],
    ) -> Result<SetpointPutResponse, ApiError> {
        respond(
            self.put(id, body)
                .await
                .map(|v| SetpointPutResponse::Ok(setpoint(v))),
        )
    }

    pub(super) async fn setpoint_get_impl(&self, id: i64) -> Result<SetpointGetResponse, ApiError> {
        respond(
            self.current(id)
                .await
                .map(|v| SetpointGetResponse::Ok(setpoint(v))),
        )
    }

    pub(super) async fn setpoints_history_impl(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<SetpointsHistoryResponse, ApiError> {
        respond(self.history(id, from, to).await.map(|versions| {
            SetpointsHistoryResponse::Ok(models::SetpointHistory {
                items: versions.into_iter().map(setpoint).collect(),
            })
        }))
    }

    pub(super) async fn schedule_put_impl(
        &self,
        id: i64,
        body: &[models::ScheduleItem],
    ) -> Result<SchedulePutResponse, ApiError> {
        respond(
            self.put(id, body)
                .await
                .map(|v| SchedulePutResponse::Ok(schedule(v))),
        )
    }

    pub(super) async fn schedule_get_impl(&self, id: i64) -> Result<ScheduleGetResponse, ApiError> {
        respond(
            self.current(id)
                .await
                .map(|v| ScheduleGetResponse::Ok(schedule(v))),
        )
    }

    pub(super) async fn schedules_history_impl(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<SchedulesHistoryResponse, ApiError> {
        respond(self.history(id, from, to).await.map(|versions| {
            SchedulesHistoryResponse::Ok(models::ScheduleHistory {
                items: versions.into_iter().map(schedule).collect(),
            })
        }))
    }
}
