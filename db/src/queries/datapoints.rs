use super::{like_pattern, overfetch, write_transaction};
use crate::connection::DbConnection;
use crate::error::{DbError, FieldError};
use crate::models::{
    Datapoint, DatapointChanges, DatapointSpec, DatapointWrite, Page, PageRequest,
};
use crate::schema::{connectors, datapoints, devices};
use crate::vocab::{DataFormat, DatapointType};
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text};
use std::collections::{HashMap, HashSet};

diesel::define_sql_function!(fn lower(x: Nullable<Text>) -> Nullable<Text>);

/// The filters of the datapoint list; all that are set must hold.
#[derive(Debug, Clone, Default)]
pub struct DatapointFilter {
    pub site_id: Option<i64>,
    pub device_id: Option<i64>,
    pub connector_id: Option<i64>,
    pub type_: Option<DatapointType>,
    pub data_format: Option<DataFormat>,
    pub key: Option<String>,
    /// Case-insensitive text searched in name and description.
    pub q: Option<String>,
    /// Only datapoints of devices at these sites (an API key's scope); a datapoint
    /// without a device is outside every scope.
    pub sites: Option<Vec<i64>>,
}

/// Refuses a device id that names no device; a failed lookup is an error, not a yes.
fn device_must_exist(conn: &mut DbConnection, device_id: Option<i64>) -> Result<(), DbError> {
    match device_id {
        Some(id) if !device_exists(conn, id)? => Err(DbError::Invalid(vec![unknown_device(id)])),
        _ => Ok(()),
    }
}

fn device_exists(conn: &mut DbConnection, device_id: i64) -> Result<bool, DbError> {
    let found: i64 = devices::table
        .filter(devices::id.eq(device_id))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

fn unknown_device(device_id: i64) -> FieldError {
    FieldError::new("device_id", format!("no device has id {device_id}"))
}

fn connector_exists(conn: &mut DbConnection, connector_id: i64) -> Result<bool, DbError> {
    let found: i64 = connectors::table
        .filter(connectors::id.eq(connector_id))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

fn unknown_connector(connector_id: i64) -> FieldError {
    FieldError::new(
        "connector_id",
        format!("no connector has id {connector_id}"),
    )
}

/// Refuses a link to a connector that does not exist, or to a key of the
/// connector that another datapoint (not `id`) is selected for already.
fn connector_link_must_hold(
    conn: &mut DbConnection,
    spec: &DatapointSpec,
    id: Option<i64>,
) -> Result<(), DbError> {
    let (Some(connector_id), Some(key)) = (spec.connector_id, &spec.key_in_connector) else {
        return Ok(());
    };
    if !connector_exists(conn, connector_id)? {
        return Err(DbError::Invalid(vec![unknown_connector(connector_id)]));
    }
    let holder: Option<i64> = datapoints::table
        .filter(datapoints::connector_id.eq(connector_id))
        .filter(datapoints::key_in_connector.eq(key))
        .select(datapoints::id)
        .first(conn)
        .optional()?;
    match holder {
        Some(holder) if Some(holder) != id => Err(pair_conflict(connector_id, key, holder)),
        _ => Ok(()),
    }
}

fn pair_conflict(connector_id: i64, key: &str, holder: i64) -> DbError {
    DbError::Conflict(format!(
        "datapoint {holder} is selected for key_in_connector '{key}' of connector {connector_id} already"
    ))
}

fn key_conflict(key: &str) -> DbError {
    DbError::Conflict(format!("a datapoint with key '{key}' exists already"))
}

fn id_of_key(conn: &mut DbConnection, key: &str) -> Result<Option<i64>, DbError> {
    Ok(datapoints::table
        .filter(datapoints::key.eq(key))
        .select(datapoints::id)
        .first(conn)
        .optional()?)
}

fn insert(conn: &mut DbConnection, spec: &DatapointSpec, now: i64) -> Result<Datapoint, DbError> {
    Ok(diesel::insert_into(datapoints::table)
        .values((
            DatapointWrite::from_spec(spec, now),
            datapoints::created_at.eq(now),
        ))
        .returning(datapoints::all_columns)
        .get_result(conn)?)
}

fn update(
    conn: &mut DbConnection,
    id: i64,
    spec: &DatapointSpec,
    now: i64,
) -> Result<Datapoint, DbError> {
    Ok(diesel::update(datapoints::table.find(id))
        .set(DatapointWrite::from_spec(spec, now))
        .returning(datapoints::all_columns)
        .get_result(conn)?)
}

/// Creates a datapoint; the caller has checked `spec` with [`DatapointSpec::check`].
pub fn datapoint_create(
    conn: &mut DbConnection,
    spec: &DatapointSpec,
    now: i64,
) -> Result<Datapoint, DbError> {
    write_transaction(conn, |conn| {
        device_must_exist(conn, spec.device_id)?;
        if id_of_key(conn, &spec.key)?.is_some() {
            return Err(key_conflict(&spec.key));
        }
        connector_link_must_hold(conn, spec, None)?;
        insert(conn, spec, now)
    })
}

pub fn datapoint_get(conn: &mut DbConnection, id: i64) -> Result<Datapoint, DbError> {
    datapoints::table
        .find(id)
        .select(Datapoint::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| DbError::NotFound(format!("datapoint {id}")))
}

pub fn datapoints_list(
    conn: &mut DbConnection,
    filter: &DatapointFilter,
    page: PageRequest,
) -> Result<Page<Datapoint>, DbError> {
    let mut query = datapoints::table
        .filter(datapoints::id.gt(page.after.unwrap_or(i64::MIN)))
        .into_boxed();
    if let Some(site_id) = filter.site_id {
        let site_devices = devices::table
            .filter(devices::site_id.eq(site_id))
            .select(devices::id.nullable());
        query = query.filter(datapoints::device_id.eq_any(site_devices));
    }
    if let Some(sites) = &filter.sites {
        let scoped_devices = devices::table
            .filter(devices::site_id.eq_any(sites.clone()))
            .select(devices::id.nullable());
        query = query.filter(datapoints::device_id.eq_any(scoped_devices));
    }
    if let Some(device_id) = filter.device_id {
        query = query.filter(datapoints::device_id.eq(device_id));
    }
    if let Some(connector_id) = filter.connector_id {
        query = query.filter(datapoints::connector_id.eq(connector_id));
    }
    if let Some(type_) = filter.type_ {
        query = query.filter(datapoints::type_.eq(type_));
    }
    if let Some(format) = filter.data_format {
        query = query.filter(datapoints::data_format.eq(format));
    }
    if let Some(key) = &filter.key {
        query = query.filter(datapoints::key.eq(key.clone()));
    }
    if let Some(q) = filter.q.as_deref().filter(|q| !q.is_empty()) {
        let pattern = like_pattern(q);
        query = query.filter(
            lower(datapoints::name.nullable())
                .like(pattern.clone())
                .escape('\\')
                .or(lower(datapoints::description).like(pattern).escape('\\')),
        );
    }
    let rows = query
        .order(datapoints::id.asc())
        .limit(overfetch(page.limit))
        .select(Datapoint::as_select())
        .load(conn)?;
    Ok(Page::from_overfetch(rows, page.limit, |d| d.id))
}

/// Applies a partial change; the merged datapoint must pass every rule. Answers
/// the datapoint before and after the change.
pub fn datapoint_update(
    conn: &mut DbConnection,
    id: i64,
    changes: DatapointChanges,
    now: i64,
) -> Result<(Datapoint, Datapoint), DbError> {
    write_transaction(conn, |conn| {
        let current = datapoint_get(conn, id)?;
        let spec = changes.apply_to(&current);
        spec.check().map_err(DbError::Invalid)?;
        device_must_exist(conn, spec.device_id)?;
        if spec.key != current.key && id_of_key(conn, &spec.key)?.is_some() {
            return Err(key_conflict(&spec.key));
        }
        connector_link_must_hold(conn, &spec, Some(id))?;
        let updated = update(conn, id, &spec, now)?;
        Ok((current, updated))
    })
}

/// Deletes a datapoint; answers the connector it was selected from, if any.
pub fn datapoint_delete(conn: &mut DbConnection, id: i64) -> Result<Option<i64>, DbError> {
    let removed: Option<Option<i64>> = diesel::delete(datapoints::table.find(id))
        .returning(datapoints::connector_id)
        .get_result(conn)
        .optional()?;
    removed.ok_or_else(|| DbError::NotFound(format!("datapoint {id}")))
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportCounts {
    pub created: i64,
    pub updated: i64,
    /// The datapoints that existed and were updated.
    pub updated_ids: Vec<i64>,
}

/// Creates or updates every datapoint by key in one transaction: all or nothing.
/// Every item is checked first; the errors name the item index. Answers the counts
/// and the connectors whose selection the import may have changed.
pub fn datapoints_import(
    conn: &mut DbConnection,
    specs: &[DatapointSpec],
    now: i64,
) -> Result<(ImportCounts, Vec<i64>), DbError> {
    let mut errors = Vec::new();
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    let mut first_pair: HashMap<(i64, &str), usize> = HashMap::new();
    for (i, spec) in specs.iter().enumerate() {
        if let Err(errs) = spec.check() {
            errors.extend(errs.into_iter().map(|e| e.at_index(i)));
        }
        if let Some(first) = first_seen.insert(spec.key.as_str(), i) {
            errors.push(
                FieldError::new("key", format!("duplicates the key of item {first}")).at_index(i),
            );
        }
        if let (Some(connector_id), Some(key)) = (spec.connector_id, &spec.key_in_connector) {
            if let Some(first) = first_pair.insert((connector_id, key.as_str()), i) {
                errors.push(
                    FieldError::new(
                        "key_in_connector",
                        format!("duplicates the connector and key_in_connector of item {first}"),
                    )
                    .at_index(i),
                );
            }
        }
    }
    if !errors.is_empty() {
        return Err(DbError::Invalid(errors));
    }
    write_transaction(conn, |conn| {
        let mut known_devices = HashSet::new();
        let mut known_connectors = HashSet::new();
        let mut errors = Vec::new();
        for (i, spec) in specs.iter().enumerate() {
            if let Some(connector_id) = spec.connector_id {
                if !known_connectors.contains(&connector_id) {
                    if connector_exists(conn, connector_id)? {
                        known_connectors.insert(connector_id);
                    } else {
                        errors.push(unknown_connector(connector_id).at_index(i));
                    }
                }
            }
            if let Some(device_id) = spec.device_id {
                if !known_devices.contains(&device_id) {
                    if device_exists(conn, device_id)? {
                        known_devices.insert(device_id);
                    } else {
                        errors.push(unknown_device(device_id).at_index(i));
                    }
                }
            }
        }
        if !errors.is_empty() {
            return Err(DbError::Invalid(errors));
        }
        let mut counts = ImportCounts::default();
        let mut touched = HashSet::new();
        for spec in specs {
            let current: Option<(i64, Option<i64>)> = datapoints::table
                .filter(datapoints::key.eq(&spec.key))
                .select((datapoints::id, datapoints::connector_id))
                .first(conn)
                .optional()?;
            connector_link_must_hold(conn, spec, current.map(|(id, _)| id))?;
            touched.extend(spec.connector_id);
            match current {
                Some((id, was_linked)) => {
                    touched.extend(was_linked);
                    update(conn, id, spec, now)?;
                    counts.updated += 1;
                    counts.updated_ids.push(id);
                }
                None => {
                    insert(conn, spec, now)?;
                    counts.created += 1;
                }
            }
        }
        let mut connectors: Vec<i64> = touched.into_iter().collect();
        connectors.sort_unstable();
        Ok((counts, connectors))
    })
}
