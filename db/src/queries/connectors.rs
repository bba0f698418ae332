//! BEMCom connectors: the registry rows, their last heartbeat, their latest
//! available datapoints and their recent logs.

use super::{overfetch, write_transaction};
use crate::connection::DbConnection;
use crate::error::DbError;
use crate::models::{
    Connector, ConnectorChanges, ConnectorLog, Datapoint, NewConnector, Page, PageRequest,
};
use crate::schema::{connector_logs, connectors, datapoints, devices, sites};
use crate::vocab::{DataFormat, DatapointType};
use diesel::prelude::*;

/// The log messages kept per connector; older ones are removed as new ones come.
pub const MAX_LOGS: i64 = 1_000;

fn site_must_exist(conn: &mut DbConnection, site_id: Option<i64>) -> Result<(), DbError> {
    let Some(site_id) = site_id else {
        return Ok(());
    };
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

fn name_must_be_free(conn: &mut DbConnection, name: &str, id: Option<i64>) -> Result<(), DbError> {
    let holder: Option<i64> = connectors::table
        .filter(connectors::name.eq(name))
        .select(connectors::id)
        .first(conn)
        .optional()?;
    match holder {
        Some(holder) if Some(holder) != id => Err(DbError::Conflict(format!(
            "a connector named '{name}' exists already"
        ))),
        _ => Ok(()),
    }
}

pub fn connector_create(conn: &mut DbConnection, new: &NewConnector) -> Result<Connector, DbError> {
    write_transaction(conn, |conn| {
        site_must_exist(conn, new.site_id)?;
        name_must_be_free(conn, &new.name, None)?;
        let id = diesel::insert_into(connectors::table)
            .values(new)
            .returning(connectors::id)
            .get_result(conn)?;
        connector_get(conn, id)
    })
}

pub fn connector_get(conn: &mut DbConnection, id: i64) -> Result<Connector, DbError> {
    connectors::table
        .find(id)
        .select(Connector::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| DbError::NotFound(format!("connector {id}")))
}

pub fn connector_by_name(
    conn: &mut DbConnection,
    name: &str,
) -> Result<Option<Connector>, DbError> {
    Ok(connectors::table
        .filter(connectors::name.eq(name))
        .select(Connector::as_select())
        .first(conn)
        .optional()?)
}

/// Every connector, ordered by id (for the MQTT bridge's subscriptions).
pub fn connectors_all(conn: &mut DbConnection) -> Result<Vec<Connector>, DbError> {
    Ok(connectors::table
        .order(connectors::id.asc())
        .select(Connector::as_select())
        .load(conn)?)
}

/// The connectors list, limited to the sites of `scope` (an API key's; `None` is
/// all). A connector without a site is outside every scope.
pub fn connectors_list_in(
    conn: &mut DbConnection,
    scope: Option<&[i64]>,
    site_id: Option<i64>,
    page: PageRequest,
) -> Result<Page<Connector>, DbError> {
    let mut query = connectors::table
        .filter(connectors::id.gt(page.after.unwrap_or(i64::MIN)))
        .into_boxed();
    if let Some(site_id) = site_id {
        query = query.filter(connectors::site_id.eq(site_id));
    }
    if let Some(scope) = scope {
        query = query.filter(connectors::site_id.eq_any(scope.to_vec()));
    }
    let rows = query
        .order(connectors::id.asc())
        .limit(overfetch(page.limit))
        .select(Connector::as_select())
        .load(conn)?;
    Ok(Page::from_overfetch(rows, page.limit, |c| c.id))
}

/// Changes a connector; answers it before and after (a rename retires the old
/// topic root).
pub fn connector_update(
    conn: &mut DbConnection,
    id: i64,
    changes: &ConnectorChanges,
) -> Result<(Connector, Connector), DbError> {
    write_transaction(conn, |conn| {
        let before = connector_get(conn, id)?;
        if let Some(site_id) = changes.site_id {
            site_must_exist(conn, site_id)?;
        }
        if let Some(name) = &changes.name {
            name_must_be_free(conn, name, Some(id))?;
        }
        diesel::update(connectors::table.find(id))
            .set(changes)
            .execute(conn)?;
        Ok((before, connector_get(conn, id)?))
    })
}

/// Deletes a connector and its logs; its datapoints stay (with their values) and
/// lose their link. Answers the deleted connector.
pub fn connector_delete(conn: &mut DbConnection, id: i64) -> Result<Connector, DbError> {
    write_transaction(conn, |conn| {
        let gone = connector_get(conn, id)?;
        diesel::update(datapoints::table.filter(datapoints::connector_id.eq(id)))
            .set((
                datapoints::connector_id.eq(None::<i64>),
                datapoints::key_in_connector.eq(None::<String>),
            ))
            .execute(conn)?;
        diesel::delete(connector_logs::table.filter(connector_logs::connector_id.eq(id)))
            .execute(conn)?;
        diesel::delete(connectors::table.find(id)).execute(conn)?;
        Ok(gone)
    })
}

/// The site of a connector (`Some(None)`: it has none); `None` if it does not exist.
pub fn connector_site(conn: &mut DbConnection, id: i64) -> Result<Option<Option<i64>>, DbError> {
    Ok(connectors::table
        .find(id)
        .select(connectors::site_id)
        .first(conn)
        .optional()?)
}

/// Stores a heartbeat (microseconds) unless a later one is stored already (a
/// broker may deliver an old one again); `false` when no connector has that name.
pub fn connector_heartbeat_set(
    conn: &mut DbConnection,
    name: &str,
    this_at: i64,
    next_at: i64,
) -> Result<bool, DbError> {
    let changed = diesel::update(
        connectors::table.filter(connectors::name.eq(name)).filter(
            connectors::last_heartbeat_at
                .is_null()
                .or(connectors::last_heartbeat_at.le(this_at)),
        ),
    )
    .set((
        connectors::last_heartbeat_at.eq(this_at),
        connectors::next_heartbeat_at.eq(next_at),
    ))
    .execute(conn)?;
    Ok(changed > 0 || connector_by_name(conn, name)?.is_some())
}

/// Replaces the connector's available datapoints (JSON text, received at `at`);
/// `false` when no connector has that name.
pub fn connector_available_set(
    conn: &mut DbConnection,
    name: &str,
    json: &str,
    at: i64,
) -> Result<bool, DbError> {
    let changed = diesel::update(connectors::table.filter(connectors::name.eq(name)))
        .set((
            connectors::available_datapoints.eq(json),
            connectors::available_datapoints_at.eq(at),
        ))
        .execute(conn)?;
    Ok(changed > 0)
}

/// The stored available datapoints (JSON text) and when they arrived.
pub fn connector_available_get(
    conn: &mut DbConnection,
    id: i64,
) -> Result<(Option<String>, Option<i64>), DbError> {
    connectors::table
        .find(id)
        .select((
            connectors::available_datapoints,
            connectors::available_datapoints_at,
        ))
        .first(conn)
        .optional()?
        .ok_or_else(|| DbError::NotFound(format!("connector {id}")))
}

/// Adds log messages of a connector and removes all but its newest [`MAX_LOGS`];
/// `false` when no connector has that name.
pub fn connector_logs_add(
    conn: &mut DbConnection,
    name: &str,
    logs: &[ConnectorLog],
) -> Result<bool, DbError> {
    write_transaction(conn, |conn| {
        let Some(connector) = connector_by_name(conn, name)? else {
            return Ok(false);
        };
        // One statement per row: a multi-row insert differs per backend, and a
        // connector sends one log message at a time.
        for log in logs {
            diesel::insert_into(connector_logs::table)
                .values((connector_logs::connector_id.eq(connector.id), log))
                .execute(conn)?;
        }
        let oldest_kept: Option<i64> = connector_logs::table
            .filter(connector_logs::connector_id.eq(connector.id))
            .order(connector_logs::id.desc())
            .select(connector_logs::id)
            .offset(MAX_LOGS - 1)
            .first(conn)
            .optional()?;
        if let Some(oldest_kept) = oldest_kept {
            diesel::delete(
                connector_logs::table
                    .filter(connector_logs::connector_id.eq(connector.id))
                    .filter(connector_logs::id.lt(oldest_kept)),
            )
            .execute(conn)?;
        }
        Ok(true)
    })
}

/// The newest `limit` log messages of a connector, newest first.
pub fn connector_logs_list(
    conn: &mut DbConnection,
    id: i64,
    limit: i64,
) -> Result<Vec<ConnectorLog>, DbError> {
    connector_get(conn, id)?;
    Ok(connector_logs::table
        .filter(connector_logs::connector_id.eq(id))
        .order(connector_logs::id.desc())
        .limit(limit)
        .select(ConnectorLog::as_select())
        .load(conn)?)
}

/// The datapoints selected from a connector, ordered by id.
pub fn connector_datapoints(conn: &mut DbConnection, id: i64) -> Result<Vec<Datapoint>, DbError> {
    Ok(datapoints::table
        .filter(datapoints::connector_id.eq(id))
        .order(datapoints::id.asc())
        .select(Datapoint::as_select())
        .load(conn)?)
}

/// An actuator selected from a connector: where values written for it go.
#[derive(Debug, Clone, PartialEq)]
pub struct ActuatorLink {
    pub datapoint_id: i64,
    pub data_format: DataFormat,
    pub connector_name: String,
}

/// The actuators among `ids` that are selected from a connector.
pub fn actuator_links(conn: &mut DbConnection, ids: &[i64]) -> Result<Vec<ActuatorLink>, DbError> {
    let rows: Vec<(i64, DataFormat, String)> = datapoints::table
        .inner_join(connectors::table)
        .filter(datapoints::id.eq_any(ids.to_vec()))
        .filter(datapoints::type_.eq(DatapointType::Actuator))
        .select((datapoints::id, datapoints::data_format, connectors::name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(datapoint_id, data_format, connector_name)| ActuatorLink {
            datapoint_id,
            data_format,
            connector_name,
        })
        .collect())
}

/// The connectors that datapoints of a site or a device are selected from (whose
/// maps change when those datapoints are deleted).
pub fn connectors_under(
    conn: &mut DbConnection,
    site_id: Option<i64>,
    device_id: Option<i64>,
) -> Result<Vec<i64>, DbError> {
    let mut query = datapoints::table
        .inner_join(devices::table)
        .filter(datapoints::connector_id.is_not_null())
        .into_boxed();
    if let Some(site_id) = site_id {
        query = query.filter(devices::site_id.eq(site_id));
    }
    if let Some(device_id) = device_id {
        query = query.filter(devices::id.eq(device_id));
    }
    let ids: Vec<Option<i64>> = query
        .select(datapoints::connector_id)
        .distinct()
        .load(conn)?;
    Ok(ids.into_iter().flatten().collect())
}
