//! Setpoints and schedules of actuators. Each put stores a new version, so the
//! history stays readable; the newest version is the current one. The items are
//! JSON text that the caller checks against the datapoint, opaque to this module.

use super::datapoints::datapoint_get;
use super::write_transaction;
use crate::connection::DbConnection;
use crate::error::DbError;
use crate::models::Datapoint;
use crate::vocab::DatapointType;
use diesel::prelude::*;

/// Which of the two kinds of plan; they live in tables of the same shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    Setpoint,
    Schedule,
}

impl Control {
    pub fn name(self) -> &'static str {
        match self {
            Control::Setpoint => "setpoint",
            Control::Schedule => "schedule",
        }
    }
}

/// One stored version; `created_at` in microseconds, `items` a JSON array.
#[derive(Debug, Clone, PartialEq, Queryable)]
pub struct ControlVersion {
    pub datapoint_id: i64,
    pub created_at: i64,
    pub items: String,
}

/// Evaluates `$body` with `$t` naming the table of `$control`. The tables have the
/// same columns, so each query is written once and compiled for both.
macro_rules! on_table {
    ($control:expr, $t:ident => $body:expr) => {
        match $control {
            Control::Setpoint => {
                use crate::schema::setpoints as $t;
                $body
            }
            Control::Schedule => {
                use crate::schema::schedules as $t;
                $body
            }
        }
    };
}

/// Stores a new version for an actuator. `items` checks the new items against the
/// datapoint and answers their JSON text; it runs inside the write transaction, so
/// the datapoint cannot change between the check and the insert.
pub fn control_create(
    conn: &mut DbConnection,
    control: Control,
    datapoint_id: i64,
    now: i64,
    items: impl FnOnce(&Datapoint) -> Result<String, DbError>,
) -> Result<ControlVersion, DbError> {
    write_transaction(conn, |conn| {
        let datapoint = datapoint_get(conn, datapoint_id)?;
        if datapoint.type_ != DatapointType::Actuator {
            return Err(DbError::invalid(
                "datapoint_id",
                format!(
                    "{}s apply only to actuators; datapoint {datapoint_id} is a {}",
                    control.name(),
                    datapoint.type_
                ),
            ));
        }
        let items = items(&datapoint)?;
        on_table!(control, t => diesel::insert_into(t::table)
            .values((
                t::datapoint_id.eq(datapoint_id),
                t::created_at.eq(now),
                t::items.eq(&items),
            ))
            .execute(conn))?;
        Ok(ControlVersion {
            datapoint_id,
            created_at: now,
            items,
        })
    })
}

/// The newest version. Ties in `created_at` go to the later insert, so the current
/// version is always the last one of the history.
pub fn control_current(
    conn: &mut DbConnection,
    control: Control,
    datapoint_id: i64,
) -> Result<ControlVersion, DbError> {
    let newest = on_table!(control, t => t::table
        .filter(t::datapoint_id.eq(datapoint_id))
        .order((t::created_at.desc(), t::id.desc()))
        .select((t::datapoint_id, t::created_at, t::items))
        .first::<ControlVersion>(conn)
        .optional())?;
    match newest {
        Some(version) => Ok(version),
        None => {
            // An unknown datapoint is reported as such, not as a missing plan.
            datapoint_get(conn, datapoint_id)?;
            Err(DbError::NotFound(format!(
                "{} of datapoint {datapoint_id}",
                control.name()
            )))
        }
    }
}

/// The first `limit` versions stored in `[from, to)` (microseconds), oldest first.
pub fn controls_list(
    conn: &mut DbConnection,
    control: Control,
    datapoint_id: i64,
    from: i64,
    to: i64,
    limit: i64,
) -> Result<Vec<ControlVersion>, DbError> {
    datapoint_get(conn, datapoint_id)?;
    Ok(on_table!(control, t => t::table
        .filter(t::datapoint_id.eq(datapoint_id))
        .filter(t::created_at.ge(from))
        .filter(t::created_at.lt(to))
        .order((t::created_at.asc(), t::id.asc()))
        .limit(limit)
        .select((t::datapoint_id, t::created_at, t::items))
        .load::<ControlVersion>(conn))?)
}
