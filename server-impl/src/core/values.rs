//! Reading and deleting stored values: ranges (ordered, paged by a cursor), the
//! latest value of one or many datapoints, and deletes of a range.

use super::latest::Known;
use super::{timestamps, value_rules, Core, CoreError};
use chrono::{DateTime, Utc};
use joule_db::cursor;
use joule_db::queries::datapoints::datapoint_get;
use joule_db::queries::values::{self as q, ValueRow};
use joule_db::{DataFormat, DbError};
use serde_json::Value;
use std::collections::HashMap;

/// Values one range read answers when no `limit` is given.
pub const DEFAULT_READ: u32 = 1_000;
/// The most values one range read answers.
pub const MAX_READ: u32 = 100_000;

/// A stored value as its datapoint's format reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct TimedValue {
    /// Microseconds since the Unix epoch (UTC).
    pub ts: i64,
    pub value: Value,
}

impl TimedValue {
    fn of(format: DataFormat, row: ValueRow) -> TimedValue {
        TimedValue {
            ts: row.ts,
            value: value_rules::to_json(format, row.num, row.txt),
        }
    }
}

/// A range read: `from` inclusive, `to` exclusive (both open by default), then
/// a page of `limit` values after `cursor`.
#[derive(Debug, Clone, Default)]
pub struct RangeQuery {
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub limit: Option<u32>,
    pub descending: bool,
    pub cursor: Option<String>,
}

/// One page of a range read; `next_cursor` continues it when more may follow.
#[derive(Debug, Clone, PartialEq)]
pub struct ValuePage {
    pub items: Vec<TimedValue>,
    pub next_cursor: Option<String>,
}

/// The stored bounds of a query range, the broken rule naming its parameter.
pub fn range(
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
) -> Result<(i64, i64), CoreError> {
    timestamps::range(from, to).map_err(|(field, message)| CoreError::bad_input(field, message))
}

impl Core {
    pub async fn values_list(&self, id: i64, query: RangeQuery) -> Result<ValuePage, CoreError> {
        let range = range(query.from, query.to)?;
        let limit = query.limit.unwrap_or(DEFAULT_READ);
        if !(1..=MAX_READ).contains(&limit) {
            return Err(CoreError::bad_input(
                "limit",
                format!("must be between 1 and {MAX_READ}"),
            ));
        }
        let after = match query.cursor {
            None => None,
            Some(c) => Some(cursor::decode_ts(&c).ok_or_else(|| {
                CoreError::bad_input("cursor", "is not a cursor this server issued")
            })?),
        };
        let descending = query.descending;
        let (dp, rows) = self
            .db
            .run(move |c| {
                let dp = datapoint_get(c, id)?;
                let rows = q::values_list(c, id, range, after, descending, i64::from(limit))?;
                Ok((dp, rows))
            })
            .await?;
        let more = rows.len() > limit as usize;
        let items: Vec<TimedValue> = rows
            .into_iter()
            .take(limit as usize)
            .map(|row| TimedValue::of(dp.data_format, row))
            .collect();
        let next_cursor = match (more, items.last()) {
            (true, Some(last)) => Some(cursor::encode_ts(last.ts)),
            _ => None,
        };
        Ok(ValuePage { items, next_cursor })
    }

    /// Deletes a datapoint's values in `[from, to)`; answers how many.
    pub async fn values_delete(
        &self,
        id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<usize, CoreError> {
        let range = range(from, to)?;
        let deleted = self
            .db
            .run(move |c| {
                datapoint_get(c, id)?;
                q::values_delete(c, id, range)
            })
            .await?;
        if deleted > 0 {
            self.announce_deleted(vec![id]);
        }
        Ok(deleted)
    }

    /// The latest value of a datapoint: from memory once the datapoint was read;
    /// 404 for an unknown datapoint or one without values.
    pub async fn value_latest(&self, id: i64) -> Result<TimedValue, CoreError> {
        let known = match self.latest.get(id) {
            Some(known) => known,
            None => {
                let since = self.latest.epoch();
                let found = self
                    .db
                    .run(move |c| match q::value_latest_with_format(c, id)? {
                        Some((format, row)) => Ok(Some((format, Some(row)))),
                        // No row: tell an unknown datapoint from one without values.
                        None => match datapoint_get(c, id) {
                            Ok(dp) => Ok(Some((dp.data_format, None))),
                            Err(DbError::NotFound(_)) => Ok(None),
                            Err(e) => Err(e),
                        },
                    })
                    .await?;
                let Some((format, row)) = found else {
                    self.latest.forget_unknown(id);
                    return Err(DbError::NotFound(format!("datapoint {id}")).into());
                };
                self.latest.fill(id, format, row, since)
            }
        };
        rendered(known)
            .ok_or_else(|| CoreError::NotFound(format!("datapoint {id} has no values yet")))
    }

    /// The latest value of each datapoint that exists and has one, in the order
    /// asked; the others are left out. Datapoints read before answer from memory;
    /// the rest are read from the store in one go.
    pub async fn values_latest(&self, ids: &[i64]) -> Result<Vec<(i64, TimedValue)>, CoreError> {
        self.limits.datapoint_ids(ids)?;
        let mut known: HashMap<i64, Known> = HashMap::new();
        let mut missing = Vec::new();
        for &id in ids {
            if known.contains_key(&id) {
                continue;
            }
            match self.latest.get(id) {
                Some(k) => {
                    known.insert(id, k);
                }
                None => missing.push(id),
            }
        }
        if !missing.is_empty() {
            let since = self.latest.epoch();
            let asked = missing.clone();
            let found = self
                .db
                .run(move |c| {
                    let found = q::datapoints_by_ids(c, &asked)?;
                    let mut read = Vec::with_capacity(found.len());
                    for dp in found {
                        read.push((dp.id, dp.data_format, q::value_latest(c, dp.id)?));
                    }
                    Ok(read)
                })
                .await?;
            for (id, format, row) in found {
                known.insert(id, self.latest.fill(id, format, row, since));
            }
            for id in missing {
                if !known.contains_key(&id) {
                    self.latest.forget_unknown(id);
                }
            }
        }
        Ok(ids
            .iter()
            .filter_map(|id| Some((*id, rendered(known.get(id)?.clone())?)))
            .collect())
    }
}

/// The latest value as its datapoint's format reads it; `None` without values.
fn rendered(known: Known) -> Option<TimedValue> {
    let top = known.top?;
    Some(TimedValue {
        ts: top.ts,
        value: value_rules::to_json(known.format, top.num, top.txt),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::{Batch, Reading};
    use crate::core::registry::DatapointDraft;
    use joule_db::committed::Source;
    use serde_json::json;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn ranges_page_by_cursor_and_latest_leaves_out_the_unknown() {
        let test = crate::core::testing::fresh_core();
        let core = &test.core;
        let dp = core
            .datapoint_create(DatapointDraft {
                key: "room/occupied".into(),
                type_: "sensor".into(),
                data_format: "boolean".into(),
                ..DatapointDraft::default()
            })
            .await
            .expect("a datapoint");
        let times: Vec<String> = ["00", "01", "02"]
            .iter()
            .map(|h| format!("2026-01-01T{h}:00:00Z"))
            .collect();
        let yes = json!(true);
        let values = times
            .iter()
            .map(|timestamp| Reading {
                timestamp: timestamp.into(),
                value: &yes,
            })
            .collect();
        let batch = Batch::Of {
            datapoint: dp.id,
            values,
        };
        assert_eq!(core.ingest(batch, Source::Http).await, Ok(3));

        let first = RangeQuery {
            limit: Some(2),
            descending: true,
            ..RangeQuery::default()
        };
        let page = core.values_list(dp.id, first.clone()).await.unwrap();
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.items[0].value, json!(true));
        assert!(page.items[0].ts > page.items[1].ts);
        let rest = RangeQuery {
            cursor: page.next_cursor,
            ..first.clone()
        };
        let page = core.values_list(dp.id, rest).await.unwrap();
        assert_eq!((page.items.len(), page.next_cursor), (1, None));

        for (query, field) in [
            (
                RangeQuery {
                    limit: Some(0),
                    ..RangeQuery::default()
                },
                "limit",
            ),
            (
                RangeQuery {
                    cursor: Some("x".into()),
                    ..RangeQuery::default()
                },
                "cursor",
            ),
        ] {
            let Err(CoreError::BadInput { field: named, .. }) =
                core.values_list(dp.id, query).await
            else {
                panic!("{field} is refused");
            };
            assert_eq!(named, field);
        }

        let latest = core.values_latest(&[dp.id + 1, dp.id]).await.unwrap();
        assert_eq!(latest.len(), 1);
        assert_eq!(latest[0].0, dp.id);
        assert_eq!(core.values_delete(dp.id, None, None).await, Ok(3));
        assert_eq!(
            core.value_latest(dp.id).await,
            Err(CoreError::NotFound(format!(
                "datapoint {} has no values yet",
                dp.id
            )))
        );
    }
}
