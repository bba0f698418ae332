use super::{like_pattern, overfetch, write_transaction};
use crate::connection::DbConnection;
use crate::error::{DbError, FieldError};
use crate::models::{
    Datapoint, DatapointChanges, DatapointSpec, DatapointWrite, Page, PageRequest,
};
use crate::schema::{datapoints, devices};
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

/// Applies a partial change; the merged datapoint must pass every rule.
pub fn datapoint_update(
    conn: &mut DbConnection,
    id: i64,
    changes: DatapointChanges,
    now: i64,
) -> Result<Datapoint, DbError> {
    write_transaction(conn, |conn| {
        let current = datapoint_get(conn, id)?;
        let spec = changes.apply_to(&current);
        spec.check().map_err(DbError::Invalid)?;
        device_must_exist(conn, spec.device_id)?;
        if spec.key != current.key && id_of_key(conn, &spec.key)?.is_some() {
            return Err(key_conflict(&spec.key));
        }
        update(conn, id, &spec, now)
    })
}

pub fn datapoint_delete(conn: &mut DbConnection, id: i64) -> Result<(), DbError> {
    let removed = diesel::delete(datapoints::table.find(id)).execute(conn)?;
    if removed == 0 {
        return Err(DbError::NotFound(format!("datapoint {id}")));
    }
    Ok(())
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
/// Every item is checked first; the errors name the item index.
pub fn datapoints_import(
    conn: &mut DbConnection,
    specs: &[DatapointSpec],
    now: i64,
) -> Result<ImportCounts, DbError> {
    let mut errors = Vec::new();
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    for (i, spec) in specs.iter().enumerate() {
        if let Err(errs) = spec.check() {
            errors.extend(errs.into_iter().map(|e| e.at_index(i)));
        }
        if let Some(first) = first_seen.insert(spec.key.as_str(), i) {
            errors.push(
                FieldError::new("key", format!("duplicates the key of item {first}")).at_index(i),
            );
        }
    }
    if !errors.is_empty() {
        return Err(DbError::Invalid(errors));
    }
    write_transaction(conn, |conn| {
        let mut known_devices = HashSet::new();
        let mut errors = Vec::new();
        for (i, spec) in specs.iter().enumerate() {
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
        for spec in specs {
            match id_of_key(conn, &spec.key)? {
                Some(id) => {
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
        Ok(counts)
    })
}
