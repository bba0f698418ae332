//! The rules of live subscriptions (WebSocket and server-sent events): what a
//! caller may follow, the values a snapshot and a resume read, and turning a
//! committed batch into the values a subscription delivers. The doors only speak
//! their protocol around these.

use super::values::TimedValue;
use super::{value_rules, Core, CoreError};
use crate::access::{Caller, Target};
use joule_db::committed::Point;
use joule_db::models::PageRequest;
use joule_db::queries::datapoints::{datapoints_list, DatapointFilter};
use joule_db::queries::sites::site_get;
use joule_db::queries::values as q;
use joule_db::DataFormat;
use std::collections::HashMap;

/// What a subscription names.
#[derive(Debug, Clone, PartialEq)]
pub enum Selection {
    Ids(Vec<i64>),
    Keys(Vec<String>),
    /// Every datapoint of a site's devices, as they are when subscribing.
    Site(i64),
}

/// The datapoints a subscription follows, with the format their stored values
/// are read by.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Followed {
    formats: HashMap<i64, DataFormat>,
    /// In the order asked (by id for a site).
    ids: Vec<i64>,
}

impl Followed {
    pub fn ids(&self) -> &[i64] {
        &self.ids
    }

    pub fn follows(&self, datapoint_id: i64) -> bool {
        self.formats.contains_key(&datapoint_id)
    }

    /// The format a followed datapoint's values are read by; `None` if not followed.
    pub fn format_of(&self, datapoint_id: i64) -> Option<DataFormat> {
        self.formats.get(&datapoint_id).copied()
    }

    /// Follows these datapoints, read by these formats (the first of a repeated id).
    pub fn from_formats(datapoints: impl IntoIterator<Item = (i64, DataFormat)>) -> Followed {
        let mut followed = Followed::default();
        for (id, format) in datapoints {
            if let std::collections::hash_map::Entry::Vacant(e) = followed.formats.entry(id) {
                e.insert(format);
                followed.ids.push(id);
            }
        }
        followed
    }

    /// The values of `points` (one committed batch) this subscription follows, in
    /// the batch's order (by datapoint, then timestamp).
    pub fn values_of(&self, points: &[Point]) -> Vec<(i64, TimedValue)> {
        points
            .iter()
            .filter_map(|p| {
                let format = self.formats.get(&p.datapoint_id)?;
                let value = value_rules::to_json(*format, p.num, p.txt.clone());
                Some((p.datapoint_id, TimedValue { ts: p.ts, value }))
            })
            .collect()
    }
}

fn missing<T: std::fmt::Display>(what: &str, items: &[T]) -> CoreError {
    let list: Vec<String> = items.iter().take(20).map(ToString::to_string).collect();
    CoreError::NotFound(format!("no {what} {}", list.join(", ")))
}

impl Core {
    /// The datapoints `selection` names, if `caller` may read every one of them:
    /// the access rules of the REST reads (a site-limited API key reaches only its
    /// sites). At most `max_ids` datapoints; unknown ids or keys are named.
    pub async fn live_selection(
        &self,
        caller: &Caller,
        selection: Selection,
        max_ids: usize,
    ) -> Result<Followed, CoreError> {
        let too_many = |field: &str, n: usize| {
            CoreError::bad_input(
                field,
                format!("{n} datapoints; a subscription follows between 1 and {max_ids}"),
            )
        };
        let target = match &selection {
            Selection::Ids(ids) if ids.is_empty() || ids.len() > max_ids => {
                return Err(too_many("datapoint_ids", ids.len()))
            }
            Selection::Keys(keys) if keys.is_empty() || keys.len() > max_ids => {
                return Err(too_many("datapoint_keys", keys.len()))
            }
            Selection::Ids(ids) => Target::Datapoints(ids.clone()),
            Selection::Keys(keys) => Target::DatapointKeys(keys.clone()),
            Selection::Site(id) => Target::Site(*id),
        };
        if let Some(sites) = caller.scope() {
            self.check_scope(sites, vec![target]).await?;
        }
        let limit = i64::try_from(max_ids).unwrap_or(i64::MAX);
        let datapoints = self
            .db
            .run(move |c| match &selection {
                Selection::Ids(ids) => {
                    let found = q::datapoints_by_ids(c, ids)?;
                    let unknown: Vec<i64> = ids
                        .iter()
                        .copied()
                        .filter(|id| !found.iter().any(|d| d.id == *id))
                        .collect();
                    if !unknown.is_empty() {
                        return Ok(Err(missing("datapoint with id", &unknown)));
                    }
                    Ok(Ok(ids
                        .iter()
                        .filter_map(|id| found.iter().find(|d| d.id == *id))
                        .map(|d| (d.id, d.data_format))
                        .collect::<Vec<_>>()))
                }
                Selection::Keys(keys) => {
                    let found = q::datapoints_by_keys(c, keys)?;
                    let unknown: Vec<&String> = keys
                        .iter()
                        .filter(|k| !found.iter().any(|d| &d.key == *k))
                        .collect();
                    if !unknown.is_empty() {
                        return Ok(Err(missing("datapoint with key", &unknown)));
                    }
                    Ok(Ok(keys
                        .iter()
                        .filter_map(|k| found.iter().find(|d| &d.key == k))
                        .map(|d| (d.id, d.data_format))
                        .collect()))
                }
                Selection::Site(site) => {
                    site_get(c, *site)?;
                    let filter = DatapointFilter {
                        site_id: Some(*site),
                        ..DatapointFilter::default()
                    };
                    let page = datapoints_list(c, &filter, PageRequest { after: None, limit })?;
                    if page.next_after.is_some() {
                        return Ok(Err(CoreError::bad_input(
                            "site_id",
                            format!(
                                "the site has more than {max_ids} datapoints; \
                                 subscribe to them by datapoint_ids in parts"
                            ),
                        )));
                    }
                    Ok(Ok(page
                        .items
                        .iter()
                        .map(|d| (d.id, d.data_format))
                        .collect()))
                }
            })
            .await??;
        Ok(Followed::from_formats(datapoints))
    }

    /// The latest value of each followed datapoint that has one (a snapshot).
    pub async fn live_snapshot(
        &self,
        followed: &Followed,
    ) -> Result<Vec<(i64, TimedValue)>, CoreError> {
        let mut latest = Vec::with_capacity(followed.ids.len());
        for chunk in followed.ids.chunks(self.limits.max_series.max(1)) {
            latest.extend(self.values_latest(chunk).await?);
        }
        Ok(latest)
    }

    /// The stored values of the followed datapoints with a timestamp after `after`
    /// (microseconds), at most `limit` per datapoint, ordered by timestamp (then
    /// datapoint): what a resumed stream missed.
    pub async fn live_values_after(
        &self,
        followed: &Followed,
        after: i64,
        limit: u32,
    ) -> Result<Vec<(i64, TimedValue)>, CoreError> {
        let ids = followed.ids.clone();
        let rows = self
            .db
            .run(move |c| {
                let mut rows = Vec::new();
                for id in ids {
                    let range = (after.saturating_add(1), i64::MAX);
                    let found = q::values_list(c, id, range, None, false, i64::from(limit))?;
                    rows.extend(found.into_iter().take(limit as usize).map(|row| (id, row)));
                }
                Ok(rows)
            })
            .await?;
        let mut values: Vec<(i64, TimedValue)> = rows
            .into_iter()
            .filter_map(|(id, row)| {
                let format = followed.formats.get(&id)?;
                let value = value_rules::to_json(*format, row.num, row.txt);
                Some((id, TimedValue { ts: row.ts, value }))
            })
            .collect();
        values.sort_by_key(|(id, v)| (v.ts, *id));
        Ok(values)
    }
}
