//! Control of actuators: setpoints and schedules. Both are lists of items over
//! periods; they differ only in their items (see [`items`]), so each service is one
//! generic function, used for either by the item type it is given or asked for.
//! Every put stores a new version; the newest is the current one.

pub mod items;

use super::{Core, CoreError};
use crate::core::timestamps;
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
        self.announce_control(datapoint_id, I::CONTROL);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::{Auth, AuthConfig};
    use joule_db::connection::{connect, migrate};
    use joule_db::models::DatapointSpec;
    use joule_db::queries::datapoints::datapoint_create;
    use joule_db::{DataFormat, DatapointType, FieldError, PoolOptions};
    use serde_json::json;
    use std::sync::Arc;
    use std::time::Duration;

    /// The services on a fresh SQLite database, and the file to remove after.
    fn core() -> (Core, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!(
            "joule-core-control-{}-{}.db",
            std::process::id(),
            joule_db::now_micros()
        ));
        let pool = connect(
            &format!("sqlite://{}", path.display()),
            &PoolOptions::default(),
        )
        .expect("pool");
        migrate(&pool).expect("migrations");
        let auth = Auth::new(&AuthConfig {
            signing_key: b"test signing key".to_vec(),
            access_ttl: Duration::from_secs(60),
            refresh_ttl: Duration::from_secs(60),
        })
        .expect("auth");
        (Core::new(pool, Default::default(), Arc::new(auth)), path)
    }

    async fn datapoint(core: &Core, key: &str, type_: DatapointType) -> i64 {
        let spec = DatapointSpec {
            key: key.into(),
            device_id: None,
            connector_id: None,
            key_in_connector: None,
            name: None,
            description: None,
            type_,
            data_format: DataFormat::ContinuousNumeric,
            unit: None,
            min_value: Some(0.0),
            max_value: Some(30.0),
            allowed_values: Vec::new(),
            kind: joule_db::DatapointKind::Gauge,
            counter_max: None,
        };
        let now = joule_db::now_micros();
        let created = core.db.run(move |c| datapoint_create(c, &spec, now)).await;
        created.expect("datapoint").id
    }

    #[tokio::test]
    async fn plans_are_checked_stored_and_read_back_by_any_door() {
        let (core, path) = core();
        let actuator = datapoint(&core, "valve", DatapointType::Actuator).await;
        let sensor = datapoint(&core, "temp", DatapointType::Sensor).await;

        let refused = core
            .control_put(sensor, vec![ScheduleItem::new(json!(20))])
            .await;
        assert_eq!(
            refused,
            Err(CoreError::invalid_field(
                "datapoint_id",
                format!("schedules apply only to actuators; datapoint {sensor} is a sensor")
            ))
        );
        let too_high = core
            .control_put(actuator, vec![SetpointItem::new(json!(31))])
            .await;
        assert_eq!(
            too_high,
            Err(CoreError::invalid(vec![FieldError::new(
                "[0].preferred_value",
                "31 is above max_value 30"
            )]))
        );
        assert_eq!(
            core.control_current::<SetpointItem>(actuator).await,
            Err(CoreError::NotFound(format!(
                "setpoint of datapoint {actuator} does not exist"
            )))
        );

        let stored = core
            .control_put(actuator, vec![SetpointItem::new(json!(21))])
            .await
            .expect("stored");
        assert_eq!(stored.items, [SetpointItem::new(json!(21))]);
        let current = core.control_current::<SetpointItem>(actuator).await;
        assert_eq!(current.as_ref(), Ok(&stored));
        let history = core.control_history::<SetpointItem>(actuator, None, None);
        assert_eq!(history.await, Ok(vec![stored]));
        let schedules = core.control_history::<ScheduleItem>(actuator, None, None);
        assert_eq!(schedules.await, Ok(Vec::new()));

        let (from, to) = (Some(Utc::now()), Some(Utc::now() - Duration::from_secs(1)));
        let backwards = core.control_history::<SetpointItem>(actuator, from, to);
        assert_eq!(
            backwards.await,
            Err(CoreError::bad_input("to", "must not be before from"))
        );
        drop(core);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
}
