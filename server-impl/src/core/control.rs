//! Control of actuators: setpoints and schedules. Both are lists of items over
//! periods; they differ only in their items (see [`items`]), so each service is one
//! generic function, used for either by the item type it is given or asked for.
//! Every put stores a new version; the newest is the current one.

pub mod items;

use super::{Core, CoreError};
use crate::timestamps;
use chrono::{DateTime, Utc};
pub use items::{Item, ScheduleItem, SetpointItem};
use joule_db::queries::control::{self as q, ControlVersion};
use joule_db::DbError;

/// The most versions one history answer holds: each may carry a request body's
/// worth of items, so an answer must not grow with all that was ever stored.
pub const MAX_HISTORY: usize = 1_000;

/// A stored version of a setpoint or schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct Version<I> {
    pub datapoint_id: i64,
    pub created_at: DateTime<Utc>,
    pub items: Vec<I>,
}

fn read<I: Item>(version: ControlVersion) -> Result<Version<I>, CoreError> {
    // Written only by `control_put` from checked items; unreadable text is a bug,
    // not input.
    let items = serde_json::from_str(&version.items).map_err(|e| {
        CoreError::Internal(format!(
            "stored {} of datapoint {} is unreadable: {e}",
            I::CONTROL.name(),
            version.datapoint_id
        ))
    })?;
    Ok(Version {
        datapoint_id: version.datapoint_id,
        created_at: timestamps::to_datetime(version.created_at),
        items,
    })
}

impl Core {
    /// Checks the items against the datapoint, which must be an actuator, and
    /// stores them as its new version, all or nothing. Every broken rule is named
    /// (`[2].preferred_value`).
    pub async fn control_put<I: Item>(
        &self,
        datapoint_id: i64,
        items: Vec<I>,
    ) -> Result<Version<I>, CoreError> {
        let now = joule_db::now_micros();
        let stored = self
            .db
            .run(move |c| {
                q::control_create(c, I::CONTROL, datapoint_id, now, |dp| {
                    let items = items::check(dp, &items).map_err(DbError::Invalid)?;
                    serde_json::to_string(&items).map_err(|e| DbError::Internal(e.to_string()))
                })
            })
            .await?;
        read(stored)
    }

    /// The current version (the newest); not found when none was stored.
    pub async fn control_current<I: Item>(
        &self,
        datapoint_id: i64,
    ) -> Result<Version<I>, CoreError> {
        let current = self
            .db
            .run(move |c| q::control_current(c, I::CONTROL, datapoint_id))
            .await?;
        read(current)
    }

    /// The versions stored in `[from, to)`, oldest first (both ends open when
    /// `None`); refused when the range holds more than [`MAX_HISTORY`].
    pub async fn control_history<I: Item>(
        &self,
        datapoint_id: i64,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<Vec<Version<I>>, CoreError> {
        let (from, to) =
            timestamps::range(from, to).map_err(|(field, m)| CoreError::bad_input(field, m))?;
        // One more than answered, to tell a range that holds too many.
        let limit = MAX_HISTORY as i64 + 1;
        let versions = self
            .db
            .run(move |c| q::controls_list(c, I::CONTROL, datapoint_id, from, to, limit))
            .await?;
        if versions.len() > MAX_HISTORY {
            return Err(CoreError::bad_input(
                "to",
                format!(
                    "more than {MAX_HISTORY} versions were stored between from and to; \
                     narrow the range and read it in several requests"
                ),
            ));
        }
        versions.into_iter().map(read).collect()
    }
}
