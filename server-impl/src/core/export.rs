//! Export: what a caller may export (the access rules of value reads), and the
//! values of a range read in keyset pages, so an export of any size holds one
//! page in memory at a time.

use super::rows::Named;
use super::{Core, CoreError};
use crate::access::{Caller, Target};
use joule_db::models::PageRequest;
use joule_db::queries::datapoints::{datapoints_list, DatapointFilter};
use joule_db::queries::sites::site_get;
use joule_db::queries::values::{datapoints_by_ids, values_list, ValueRow};

/// Values read per round trip of an export.
pub const PAGE: i64 = 10_000;
/// Datapoints one export may name by id.
pub const MAX_IDS: usize = 10_000;

/// What an export names.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportOf {
    Ids(Vec<i64>),
    /// Every datapoint of a site's devices.
    Site(i64),
}

impl Core {
    /// The datapoints `of` names, by id, if `caller` may read them all (a
    /// site-limited key reaches only its sites; unknown ids and sites are a 404).
    pub async fn export_datapoints(
        &self,
        caller: &Caller,
        of: ExportOf,
    ) -> Result<Vec<Named>, CoreError> {
        let target = match &of {
            ExportOf::Ids(ids) if ids.is_empty() || ids.len() > MAX_IDS => {
                return Err(CoreError::bad_input(
                    "datapoint_ids",
                    format!("{} ids; an export names between 1 and {MAX_IDS}", ids.len()),
                ))
            }
            ExportOf::Ids(ids) => Target::Datapoints(ids.clone()),
            ExportOf::Site(site) => Target::Site(*site),
        };
        if let Some(sites) = caller.scope() {
            self.check_scope(sites, vec![target]).await?;
        }
        let mut named: Vec<Named> = self
            .db
            .run(move |c| match &of {
                ExportOf::Ids(ids) => {
                    let found = datapoints_by_ids(c, ids)?;
                    let unknown: Vec<String> = ids
                        .iter()
                        .filter(|id| !found.iter().any(|d| d.id == **id))
                        .take(20)
                        .map(ToString::to_string)
                        .collect();
                    if !unknown.is_empty() {
                        return Ok(Err(CoreError::NotFound(format!(
                            "no datapoint with id {}",
                            unknown.join(", ")
                        ))));
                    }
                    Ok(Ok(found
                        .into_iter()
                        .map(|d| Named {
                            id: d.id,
                            key: d.key,
                            format: d.data_format,
                        })
                        .collect()))
                }
                ExportOf::Site(site) => {
                    site_get(c, *site)?;
                    let filter = DatapointFilter {
                        site_id: Some(*site),
                        ..DatapointFilter::default()
                    };
                    let mut named = Vec::new();
                    let mut after = None;
                    loop {
                        let page = datapoints_list(
                            c,
                            &filter,
                            PageRequest {
                                after,
                                limit: 1_000,
                            },
                        )?;
                        named.extend(page.items.into_iter().map(|d| Named {
                            id: d.id,
                            key: d.key,
                            format: d.data_format,
                        }));
                        match page.next_after {
                            Some(next) => after = Some(next),
                            None => break,
                        }
                    }
                    Ok(Ok(named))
                }
            })
            .await??;
        named.sort_by_key(|d| d.id);
        named.dedup_by_key(|d| d.id);
        Ok(named)
    }

    /// One keyset page of a datapoint's values with `from <= ts < to`, after
    /// `after`: at most [`PAGE`] rows, and whether more follow.
    pub async fn export_page(
        &self,
        datapoint_id: i64,
        range: (i64, i64),
        after: Option<i64>,
    ) -> Result<(Vec<ValueRow>, bool), CoreError> {
        let mut rows = self
            .db
            .run(move |c| values_list(c, datapoint_id, range, after, false, PAGE))
            .await?;
        let more = rows.len() as i64 > PAGE;
        rows.truncate(PAGE as usize);
        Ok((rows, more))
    }
}
