use super::JouleApi;
use crate::core::ingest::{Batch, DatapointRef, Incoming, Reading};
use crate::core::timestamps;
use crate::core::values::{RangeQuery, TimedValue};
use crate::http::problem::{problem_variants, respond};
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_api::{
    DatapointValueLatestResponse, DatapointValuesDeleteResponse, DatapointValuesListResponse,
    DatapointValuesWriteResponse, ValuesLatestResponse, ValuesWriteResponse,
};
use joule_db::committed::Source;
use swagger::{ApiError, Nullable};

problem_variants! {
    DatapointValuesWriteResponse { 400 => BadRequest, 404 => NotFound, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    ValuesWriteResponse { 400 => BadRequest, 409 => Conflict, 413 => PayloadTooLarge, 422 => Unprocessable, 503 => Unavailable }
    DatapointValuesListResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    DatapointValuesDeleteResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    DatapointValueLatestResponse { 400 => BadRequest, 404 => NotFound, 503 => Unavailable }
    ValuesLatestResponse { 400 => BadRequest, 503 => Unavailable }
}

static NULL: serde_json::Value = serde_json::Value::Null;

fn reading<'a>(timestamp: &'a str, value: &'a Nullable<serde_json::Value>) -> Reading<'a> {
    Reading {
        timestamp: timestamp.into(),
        value: match value {
            Nullable::Present(v) => v,
            Nullable::Null => &NULL,
        },
    }
}

fn incoming(item: &models::ValueWriteAny) -> Incoming<'_> {
    Incoming {
        datapoint: DatapointRef::from_id_or_key(item.datapoint_id, item.datapoint_key.as_deref()),
        reading: reading(&item.timestamp, &item.value),
    }
}

fn value(v: TimedValue) -> models::Value {
    models::Value {
        timestamp: timestamps::to_datetime(v.ts),
        value: Nullable::Present(v.value),
    }
}

fn written(count: usize) -> models::WriteResult {
    models::WriteResult {
        written: count as i64,
    }
}

impl JouleApi {
    pub(super) async fn datapoint_values_write_impl(
        &self,
        id: i64,
        body: &[models::ValueWrite],
    ) -> Result<DatapointValuesWriteResponse, ApiError> {
        let values = body
            .iter()
            .map(|v| reading(&v.timestamp, &v.value))
            .collect();
        let batch = Batch::Of {
            datapoint: id,
            values,
        };
        let count = self.core.ingest(batch, Source::Http).await;
        respond(
            count
                .map_err(Into::into)
                .map(|n| DatapointValuesWriteResponse::Ok(written(n))),
        )
    }

    pub(super) async fn values_write_impl(
        &self,
        body: &[models::ValueWriteAny],
    ) -> Result<ValuesWriteResponse, ApiError> {
        let batch = Batch::Mixed(body.iter().map(incoming).collect());
        let count = self.core.ingest(batch, Source::Http).await;
        respond(
            count
                .map_err(Into::into)
                .map(|n| ValuesWriteResponse::Ok(written(n))),
        )
    }

    pub(super) async fn datapoint_values_list_impl(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        limit: Option<u32>,
        order: Option<models::SortOrder>,
        cursor: Option<String>,
    ) -> Result<DatapointValuesListResponse, ApiError> {
        let query = RangeQuery {
            from,
            to,
            limit,
            descending: order == Some(models::SortOrder::Desc),
            cursor,
        };
        let page = self.core.values_list(id, query).await;
        respond(page.map_err(Into::into).map(|page| {
            DatapointValuesListResponse::Ok(models::ValueList {
                items: page.items.into_iter().map(value).collect(),
                next_cursor: page.next_cursor.map_or(Nullable::Null, Nullable::Present),
            })
        }))
    }

    pub(super) async fn datapoint_values_delete_impl(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<DatapointValuesDeleteResponse, ApiError> {
        let deleted = self.core.values_delete(id, from, to).await;
        respond(
            deleted.map_err(Into::into).map(|n| {
                DatapointValuesDeleteResponse::Ok(models::DeleteResult { deleted: n as i64 })
            }),
        )
    }

    pub(super) async fn datapoint_value_latest_impl(
        &self,
        id: i64,
    ) -> Result<DatapointValueLatestResponse, ApiError> {
        let latest = self.core.value_latest(id).await;
        respond(
            latest
                .map_err(Into::into)
                .map(|v| DatapointValueLatestResponse::Ok(value(v))),
        )
    }

    pub(super) async fn values_latest_impl(
        &self,
        ids: &[i64],
    ) -> Result<ValuesLatestResponse, ApiError> {
        let latest = self.core.values_latest(ids).await;
        respond(latest.map_err(Into::into).map(|latest| {
            let items = latest
                .into_iter()
                .map(|(datapoint_id, v)| models::LatestValue {
                    datapoint_id,
                    timestamp: timestamps::to_datetime(v.ts),
                    value: Nullable::Present(v.value),
                })
                .collect();
            ValuesLatestResponse::Ok(models::LatestList { items })
        }))
    }
}
