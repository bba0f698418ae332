use super::{overfetch, write_transaction};
use crate::connection::DbConnection;
use crate::error::DbError;
use crate::models::{Device, DeviceChanges, NewDevice, Page, PageRequest};
use crate::schema::{datapoints, devices, sites};
use diesel::prelude::*;

fn site_must_exist(conn: &mut DbConnection, site_id: i64) -> Result<(), DbError> {
    let found: i64 = sites::table
        .filter(sites::id.eq(site_id))
        .count()
        .get_result(conn)?;
    if found == 0 {
        return Err(DbError::invalid(
            "site_id",
            format!("no site has id {site_id}"),
        ));
    }
    Ok(())
}

/// The only unique column of a device is its ID in The Things Stack.
fn ttn_id_taken(e: diesel::result::Error, ttn_device_id: Option<&str>) -> DbError {
    match DbError::from(e) {
        DbError::Conflict(_) => DbError::Conflict(format!(
            "another device has the ttn_device_id '{}'",
            ttn_device_id.unwrap_or_default()
        )),
        other => other,
    }
}

pub fn device_create(conn: &mut DbConnection, new: &NewDevice) -> Result<Device, DbError> {
    write_transaction(conn, |conn| {
        site_must_exist(conn, new.site_id)?;
        diesel::insert_into(devices::table)
            .values(new)
            .returning(devices::all_columns)
            .get_result(conn)
            .map_err(|e| ttn_id_taken(e, new.ttn_device_id.as_deref()))
    })
}

pub fn device_get(conn: &mut DbConnection, id: i64) -> Result<Device, DbError> {
    devices::table
        .find(id)
        .select(Device::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| DbError::NotFound(format!("device {id}")))
}

pub fn devices_list(
    conn: &mut DbConnection,
    site_id: Option<i64>,
    page: PageRequest,
) -> Result<Page<Device>, DbError> {
    devices_list_in(conn, None, site_id, page)
}

/// The devices list limited to the sites of `scope` (an API key's); `None` is all.
pub fn devices_list_in(
    conn: &mut DbConnection,
    scope: Option<&[i64]>,
    site_id: Option<i64>,
    page: PageRequest,
) -> Result<Page<Device>, DbError> {
    let mut query = devices::table
        .filter(devices::id.gt(page.after.unwrap_or(i64::MIN)))
        .into_boxed();
    if let Some(site_id) = site_id {
        query = query.filter(devices::site_id.eq(site_id));
    }
    if let Some(scope) = scope {
        query = query.filter(devices::site_id.eq_any(scope.to_vec()));
    }
    let rows = query
        .order(devices::id.asc())
        .limit(overfetch(page.limit))
        .select(Device::as_select())
        .load(conn)?;
    Ok(Page::from_overfetch(rows, page.limit, |d| d.id))
}

pub fn device_update(
    conn: &mut DbConnection,
    id: i64,
    changes: &DeviceChanges,
) -> Result<Device, DbError> {
    write_transaction(conn, |conn| {
        device_get(conn, id)?;
        if let Some(site_id) = changes.site_id {
            site_must_exist(conn, site_id)?;
        }
        diesel::update(devices::table.find(id))
            .set(changes)
            .returning(devices::all_columns)
            .get_result(conn)
            .map_err(|e| ttn_id_taken(e, changes.ttn_device_id.clone().flatten().as_deref()))
    })
}

/// Deletes a device. Without `cascade`, a device that still has datapoints is a
/// conflict; with it, its datapoints go too.
/// Answers the ids of the datapoints deleted with the device (with `cascade`).
pub fn device_delete(conn: &mut DbConnection, id: i64, cascade: bool) -> Result<Vec<i64>, DbError> {
    write_transaction(conn, |conn| {
        device_get(conn, id)?;
        let mut gone = Vec::new();
        if cascade {
            gone = diesel::delete(datapoints::table.filter(datapoints::device_id.eq(id)))
                .returning(datapoints::id)
                .get_results(conn)?;
        } else {
            let children: i64 = datapoints::table
                .filter(datapoints::device_id.eq(id))
                .count()
                .get_result(conn)?;
            if children > 0 {
                return Err(DbError::Conflict(format!(
                    "device {id} still has {children} datapoint(s); delete them first or pass cascade=true"
                )));
            }
        }
        diesel::delete(devices::table.find(id)).execute(conn)?;
        Ok(gone)
    })
}

/// The device with this ID in The Things Stack, if one is registered.
pub fn device_by_ttn_id(
    conn: &mut DbConnection,
    ttn_device_id: &str,
) -> Result<Option<Device>, DbError> {
    Ok(devices::table
        .filter(devices::ttn_device_id.eq(ttn_device_id))
        .select(Device::as_select())
        .first(conn)
        .optional()?)
}
