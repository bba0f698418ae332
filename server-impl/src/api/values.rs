use super::JouleApi;
use crate::problem::{problem_variants, respond, Failure};
use crate::{timestamps, value_rules};
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_api::{
    DatapointValueLatestResponse, DatapointValuesDeleteResponse, DatapointValuesListResponse,
    DatapointValuesWriteResponse, ValuesLatestResponse, ValuesWriteResponse,
};
use joule_db::committed::Point;
use joule_db::models::Datapoint;
use joule_db::queries::datapoints::datapoint_get;
use joule_db::queries::values::{self as q, ValueRow};
use joule_db::{cursor, FieldError};
use std::collections::HashMap;
use swagger::{ApiError, Nullable};

problem_variants! {
    DatapointValuesWriteResponse { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    ValuesWriteResponse { 400 => BadRequest, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DatapointValuesListResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    DatapointValuesDeleteResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    DatapointValueLatestResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    ValuesLatestResponse { 400 => BadRequest, 503 => Unavailable }
}

pub const DEFAULT_READ: u32 = 1_000;
pub const MAX_READ: u32 = 100_000;
/// Errors listed in one answer; a batch of bad values should not answer megabytes.
const MAX_REPORTED: usize = 100;

/// Collects per-item errors of a batch, keeping the answer small.
#[derive(Default)]
struct BatchErrors {
    errors: Vec<FieldError>,
    total: usize,
}

impl BatchErrors {
    fn push(&mut self, index: usize, field: &str, message: impl Into<String>) {
        self.total += 1;
        if self.errors.len() < MAX_REPORTED {
            self.errors
                .push(FieldError::new(field, message).at_index(index));
        }
    }

    fn finish(self) -> Result<(), Failure> {
        if self.total == 0 {
            return Ok(());
        }
        let mut failure = Failure::unprocessable(self.errors);
        failure.detail = format!(
            "{} value(s) rejected; nothing of the batch was stored{}",
            self.total,
            if self.total > MAX_REPORTED {
                " (the first 100 are listed)"
            } else {
                ""
            }
        );
        Err(failure)
    }
}

/// Checks one item and adds its stored form to `rows`, or its errors to `errors`.
fn accept(
    dp: &Datapoint,
    index: usize,
    timestamp: &str,
    value: &Nullable<serde_json::Value>,
    rows: &mut Vec<Point>,
    errors: &mut BatchErrors,
) {
    let ts = timestamps::parse(timestamp).map_err(|e| errors.push(index, "timestamp", e));
    let null = serde_json::Value::Null;
    let json = match value {
        Nullable::Present(v) => v,
        Nullable::Null => &null,
    };
    let stored = value_rules::check(dp, json).map_err(|e| errors.push(index, "value", e));
    if let (Ok(ts), Ok(stored)) = (ts, stored) {
        rows.push(Point {
            datapoint_id: dp.id,
            ts,
            num: stored.num,
            txt: stored.txt,
        });
    }
}

fn to_value(data_format: joule_db::DataFormat, row: ValueRow) -> models::Value {
    models::Value {
        timestamp: timestamps::to_datetime(row.ts),
        value: Nullable::Present(value_rules::to_json(data_format, row.num, row.txt)),
    }
}

fn bad_range((field, message): (&'static str, String)) -> Failure {
    Failure::bad_request(field, message)
}

impl JouleApi {
    fn batch_size_ok(&self, len: usize) -> Result<(), Failure> {
        if len > self.core.limits.max_batch {
            return Err(Failure::new(
                413,
                format!(
                    "{len} values in one request; at most {}",
                    self.core.limits.max_batch
                ),
            ));
        }
        Ok(())
    }

    pub(super) async fn datapoint_values_write_impl(
        &self,
        id: i64,
        body: &[models::ValueWrite],
    ) -> Result<DatapointValuesWriteResponse, ApiError> {
        respond(
            async {
                self.batch_size_ok(body.len())?;
                let dp = self.db(move |c| datapoint_get(c, id)).await?;
                let mut rows = Vec::with_capacity(body.len());
                let mut errors = BatchErrors::default();
                for (i, item) in body.iter().enumerate() {
                    accept(&dp, i, &item.timestamp, &item.value, &mut rows, &mut errors);
                }
                errors.finish()?;
                let written = self.write_values(rows).await?;
                Ok(DatapointValuesWriteResponse::Ok(models::WriteResult {
                    written: written as i64,
                }))
            }
            .await,
        )
    }

    pub(super) async fn values_write_impl(
        &self,
        body: &[models::ValueWriteAny],
    ) -> Result<ValuesWriteResponse, ApiError> {
        respond(
            async {
                self.batch_size_ok(body.len())?;
                let mut errors = BatchErrors::default();
                let mut ids: Vec<i64> = body.iter().filter_map(|i| i.datapoint_id).collect();
                let mut keys: Vec<String> = body
                    .iter()
                    .filter_map(|i| i.datapoint_key.clone())
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                keys.sort_unstable();
                keys.dedup();
                let (by_id, by_key) = self
                    .db(move |c| {
                        Ok((
                            q::datapoints_by_ids(c, &ids)?,
                            q::datapoints_by_keys(c, &keys)?,
                        ))
                    })
                    .await?;
                let by_id: HashMap<i64, Datapoint> = by_id.into_iter().map(|d| (d.id, d)).collect();
                let by_key: HashMap<&str, &Datapoint> =
                    by_key.iter().map(|d| (d.key.as_str(), d)).collect();
                let mut rows = Vec::with_capacity(body.len());
                for (i, item) in body.iter().enumerate() {
                    let dp = match (item.datapoint_id, item.datapoint_key.as_deref()) {
                        (Some(id), None) => by_id
                            .get(&id)
                            .ok_or(("datapoint_id", format!("no datapoint has id {id}"))),
                        (None, Some(key)) => by_key
                            .get(key)
                            .copied()
                            .ok_or(("datapoint_key", format!("no datapoint has key '{key}'"))),
                        _ => Err((
                            "datapoint_id",
                            "give exactly one of datapoint_id and datapoint_key".to_string(),
                        )),
                    };
                    match dp {
                        Ok(dp) => {
                            accept(dp, i, &item.timestamp, &item.value, &mut rows, &mut errors)
                        }
                        Err((field, message)) => errors.push(i, field, message),
                    }
                }
                errors.finish()?;
                let written = self.write_values(rows).await?;
                Ok(ValuesWriteResponse::Ok(models::WriteResult {
                    written: written as i64,
                }))
            }
            .await,
        )
    }

    pub(super) async fn datapoint_values_list_impl(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        limit: Option<u32>,
        order: Option<models::SortOrder>,
        cursor_param: Option<String>,
    ) -> Result<DatapointValuesListResponse, ApiError> {
        respond(
            async {
                let range = timestamps::range(from, to).map_err(bad_range)?;
                let limit = limit.unwrap_or(DEFAULT_READ);
                if !(1..=MAX_READ).contains(&limit) {
                    return Err(Failure::bad_request(
                        "limit",
                        format!("must be between 1 and {MAX_READ}"),
                    ));
                }
                let descending = order == Some(models::SortOrder::Desc);
                let after = match cursor_param {
                    None => None,
                    Some(c) => Some(cursor::decode_ts(&c).ok_or_else(|| {
                        Failure::bad_request("cursor", "is not a cursor this server issued")
                    })?),
                };
                let (dp, rows) = self
                    .db(move |c| {
                        let dp = datapoint_get(c, id)?;
                        let rows =
                            q::values_list(c, id, range, after, descending, i64::from(limit))?;
                        Ok((dp, rows))
                    })
                    .await?;
                let more = rows.len() > limit as usize;
                let mut items: Vec<models::Value> =
                    Vec::with_capacity(rows.len().min(limit as usize));
                let mut last = None;
                for row in rows.into_iter().take(limit as usize) {
                    last = Some(row.ts);
                    items.push(to_value(dp.data_format, row));
                }
                let next_cursor = match (more, last) {
                    (true, Some(ts)) => Nullable::Present(cursor::encode_ts(ts)),
                    _ => Nullable::Null,
                };
                Ok(DatapointValuesListResponse::Ok(models::ValueList {
                    items,
                    next_cursor,
                }))
            }
            .await,
        )
    }

    pub(super) async fn datapoint_values_delete_impl(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<DatapointValuesDeleteResponse, ApiError> {
        respond(
            async {
                let range = timestamps::range(from, to).map_err(bad_range)?;
                let deleted = self
                    .db(move |c| {
                        datapoint_get(c, id)?;
                        q::values_delete(c, id, range)
                    })
                    .await?;
                Ok(DatapointValuesDeleteResponse::Ok(models::DeleteResult {
                    deleted: deleted as i64,
                }))
            }
            .await,
        )
    }

    pub(super) async fn datapoint_value_latest_impl(
        &self,
        id: i64,
    ) -> Result<DatapointValueLatestResponse, ApiError> {
        respond(
            async {
                let latest = self
                    .db(move |c| match q::value_latest_with_format(c, id)? {
                        Some(found) => Ok(Some(found)),
                        // No row: tell an unknown datapoint from one without values.
                        None => datapoint_get(c, id).map(|_| None),
                    })
                    .await?;
                let (format, row) = latest.ok_or_else(|| {
                    Failure::new(404, format!("datapoint {id} has no values yet"))
                })?;
                Ok(DatapointValueLatestResponse::Ok(to_value(format, row)))
            }
            .await,
        )
    }

    pub(super) async fn values_latest_impl(
        &self,
        ids: &[i64],
    ) -> Result<ValuesLatestResponse, ApiError> {
        respond(
            async {
                self.core.limits.datapoint_ids(ids)?;
                let ids = ids.to_vec();
                let latest = self
                    .db(move |c| {
                        let found = q::datapoints_by_ids(c, &ids)?;
                        let formats: HashMap<i64, joule_db::DataFormat> =
                            found.into_iter().map(|d| (d.id, d.data_format)).collect();
                        let mut latest = Vec::new();
                        for id in ids {
                            let Some(format) = formats.get(&id) else {
                                continue;
                            };
                            if let Some(row) = q::value_latest(c, id)? {
                                latest.push((id, *format, row));
                            }
                        }
                        Ok(latest)
                    })
                    .await?;
                let items = latest
                    .into_iter()
                    .map(|(id, format, row)| {
                        let value = to_value(format, row);
                        models::LatestValue {
                            datapoint_id: id,
                            timestamp: value.timestamp,
                            value: value.value,
                        }
                    })
                    .collect();
                Ok(ValuesLatestResponse::Ok(models::LatestList { items }))
            }
            .await,
        )
    }
}
