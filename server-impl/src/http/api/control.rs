//! Setpoints and schedules of actuators: the generated items converted to the
//! core's (`core::control`), where every rule lives, and the stored versions back.

use super::JouleApi;
use crate::core::control::{ScheduleItem, SetpointItem, Version};
use crate::http::problem::{problem_variants, respond};
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_api::{
    ScheduleGetResponse, SchedulePutResponse, SchedulesHistoryResponse, SetpointGetResponse,
    SetpointPutResponse, SetpointsHistoryResponse,
};
use serde_json::Value;
use swagger::{ApiError, Nullable};

problem_variants! {
    SetpointPutResponse { 400 => BadRequest, 404 => NotFound, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    SetpointGetResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    SetpointsHistoryResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    SchedulePutResponse { 400 => BadRequest, 404 => NotFound, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    ScheduleGetResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    SchedulesHistoryResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
}

/// Absent and null mean the same for every optional field of an item: not given.
fn given<T>(value: Option<Nullable<T>>) -> Option<T> {
    match value {
        Some(Nullable::Present(v)) => Some(v),
        _ => None,
    }
}

fn value(value: Nullable<Value>) -> Value {
    match value {
        Nullable::Present(v) => v,
        Nullable::Null => Value::Null,
    }
}

fn nullable_value(value: Value) -> Nullable<Value> {
    match value {
        Value::Null => Nullable::Null,
        v => Nullable::Present(v),
    }
}

/// A period end as the API writes it: always present, null when open.
fn end(at: Option<DateTime<Utc>>) -> Option<Nullable<DateTime<Utc>>> {
    Some(at.map_or(Nullable::Null, Nullable::Present))
}

fn setpoint_item(item: &models::SetpointItem) -> SetpointItem {
    let item = item.clone();
    SetpointItem {
        from_timestamp: given(item.from_timestamp),
        to_timestamp: given(item.to_timestamp),
        preferred_value: value(item.preferred_value),
        acceptable_values: given(item.acceptable_values),
        min_value: given(item.min_value),
        max_value: given(item.max_value),
    }
}

fn schedule_item(item: &models::ScheduleItem) -> ScheduleItem {
    let item = item.clone();
    ScheduleItem {
        from_timestamp: given(item.from_timestamp),
        to_timestamp: given(item.to_timestamp),
        value: value(item.value),
    }
}

/// Empty optional fields are left out of the answer.
fn setpoint_model(item: SetpointItem) -> models::SetpointItem {
    models::SetpointItem {
        from_timestamp: end(item.from_timestamp),
        to_timestamp: end(item.to_timestamp),
        preferred_value: nullable_value(item.preferred_value),
        acceptable_values: item.acceptable_values.map(Nullable::Present),
        min_value: item.min_value.map(Nullable::Present),
        max_value: item.max_value.map(Nullable::Present),
    }
}

fn schedule_model(item: ScheduleItem) -> models::ScheduleItem {
    models::ScheduleItem {
        from_timestamp: end(item.from_timestamp),
        to_timestamp: end(item.to_timestamp),
        value: nullable_value(item.value),
    }
}

fn setpoint(v: Version<SetpointItem>) -> models::Setpoint {
    let items = v.items.into_iter().map(setpoint_model).collect();
    models::Setpoint::new(v.datapoint_id, v.created_at, items)
}

fn schedule(v: Version<ScheduleItem>) -> models::Schedule {
    let items = v.items.into_iter().map(schedule_model).collect();
    models::Schedule::new(v.datapoint_id, v.created_at, items)
}

impl JouleApi {
    pub(super) async fn setpoint_put_impl(
        &self,
        id: i64,
        body: &[models::SetpointItem],
    ) -> Result<SetpointPutResponse, ApiError> {
        let items = body.iter().map(setpoint_item).collect();
        let stored = self.core.control_put(id, items).await;
        respond(
            stored
                .map_err(Into::into)
                .map(|v| SetpointPutResponse::Ok(setpoint(v))),
        )
    }

    pub(super) async fn setpoint_get_impl(&self, id: i64) -> Result<SetpointGetResponse, ApiError> {
        let current = self.core.control_current(id).await;
        respond(
            current
                .map_err(Into::into)
                .map(|v| SetpointGetResponse::Ok(setpoint(v))),
        )
    }

    pub(super) async fn setpoints_history_impl(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<SetpointsHistoryResponse, ApiError> {
        let versions = self.core.control_history(id, from, to).await;
        respond(versions.map_err(Into::into).map(|versions| {
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
        let items = body.iter().map(schedule_item).collect();
        let stored = self.core.control_put(id, items).await;
        respond(
            stored
                .map_err(Into::into)
                .map(|v| SchedulePutResponse::Ok(schedule(v))),
        )
    }

    pub(super) async fn schedule_get_impl(&self, id: i64) -> Result<ScheduleGetResponse, ApiError> {
        let current = self.core.control_current(id).await;
        respond(
            current
                .map_err(Into::into)
                .map(|v| ScheduleGetResponse::Ok(schedule(v))),
        )
    }

    pub(super) async fn schedules_history_impl(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<SchedulesHistoryResponse, ApiError> {
        let versions = self.core.control_history(id, from, to).await;
        respond(versions.map_err(Into::into).map(|versions| {
            SchedulesHistoryResponse::Ok(models::ScheduleHistory {
                items: versions.into_iter().map(schedule).collect(),
            })
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn null_optional_fields_are_not_given() {
        let mut item = models::SetpointItem::new(Nullable::Present(json!(1)));
        item.from_timestamp = Some(Nullable::Null);
        item.min_value = Some(Nullable::Null);
        item.acceptable_values = Some(Nullable::Null);
        assert_eq!(setpoint_item(&item), SetpointItem::new(json!(1)));
        let item = models::ScheduleItem::new(Nullable::Null);
        assert_eq!(schedule_item(&item), ScheduleItem::new(Value::Null));
    }

    /// Versions stored before the items were the core's own are read the same.
    #[test]
    fn the_stored_form_is_the_answered_form() {
        let text = r#"[{"from_timestamp":"2026-01-01T00:00:00Z","to_timestamp":null,"preferred_value":2.5,"min_value":1.0,"max_value":3.0},{"from_timestamp":"2026-01-02T00:00:00.000001Z","to_timestamp":null,"preferred_value":null,"acceptable_values":[1,2]}]"#;
        let items: Vec<SetpointItem> = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&items).unwrap(), text);
        let answered: Vec<_> = items.into_iter().map(setpoint_model).collect();
        assert_eq!(serde_json::to_string(&answered).unwrap(), text);
        let text =
            r#"[{"from_timestamp":null,"to_timestamp":"2026-01-01T00:00:00Z","value":true}]"#;
        let items: Vec<ScheduleItem> = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&items).unwrap(), text);
        let answered: Vec<_> = items.into_iter().map(schedule_model).collect();
        assert_eq!(serde_json::to_string(&answered).unwrap(), text);
    }
}
