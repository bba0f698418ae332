//! Rows as stored, and the forms used to insert and change them
//! (`X`, `NewX`, `XChanges`). Timestamps are microseconds since the epoch.

use crate::error::FieldError;
use crate::json_text::JsonText;
use crate::schema::{
    api_keys, connector_logs, connector_raw_messages, connectors, datapoints, devices, sites, users,
};
use crate::vocab::{DataFormat, DatapointKind, DatapointType, KeyRole, Role};
use diesel::prelude::*;

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = sites)]
pub struct Site {
    pub id: i64,
    pub name: String,
    pub description: Option<String>,
    pub timezone: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub address: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = sites)]
pub struct NewSite {
    pub name: String,
    pub description: Option<String>,
    pub timezone: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub address: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A site with coordinates and the number of its devices.
#[derive(Debug, Clone, PartialEq)]
pub struct LocatedSite {
    pub site: Site,
    pub device_count: i64,
}

/// `None` keeps a field; `Some(None)` clears a nullable one.
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = sites)]
pub struct SiteChanges {
    pub name: Option<String>,
    pub description: Option<Option<String>>,
    pub timezone: Option<String>,
    pub latitude: Option<Option<f64>>,
    pub longitude: Option<Option<f64>>,
    pub address: Option<Option<String>>,
    pub updated_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = devices)]
pub struct Device {
    pub id: i64,
    pub site_id: i64,
    pub name: String,
    pub kind: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub serial_number: Option<String>,
    pub description: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The device's ID in The Things Stack (unique).
    pub ttn_device_id: Option<String>,
    #[diesel(deserialize_as = JsonText<Option<TtnMapping>>)]
    pub ttn_mapping: Option<TtnMapping>,
}

/// Datapoint keys by decoded payload field path, kept as a JSON object.
pub type TtnMapping = std::collections::BTreeMap<String, String>;

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = devices)]
pub struct NewDevice {
    pub site_id: i64,
    pub name: String,
    pub kind: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub serial_number: Option<String>,
    pub description: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub ttn_device_id: Option<String>,
    pub ttn_mapping: Option<JsonText<TtnMapping>>,
}

#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = devices)]
pub struct DeviceChanges {
    pub site_id: Option<i64>,
    pub name: Option<String>,
    pub kind: Option<Option<String>>,
    pub manufacturer: Option<Option<String>>,
    pub model: Option<Option<String>>,
    pub serial_number: Option<Option<String>>,
    pub description: Option<Option<String>>,
    pub ttn_device_id: Option<Option<String>>,
    pub ttn_mapping: Option<Option<JsonText<TtnMapping>>>,
    pub updated_at: Option<i64>,
}

/// A BEMCom connector as stored, with its last heartbeat (both timestamps in
/// microseconds; `None` before the first). Its available datapoints are read apart.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = connectors)]
pub struct Connector {
    pub id: i64,
    pub name: String,
    pub description: Option<String>,
    pub site_id: Option<i64>,
    pub raw_message_to_db: bool,
    pub last_heartbeat_at: Option<i64>,
    pub next_heartbeat_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = connectors)]
pub struct NewConnector {
    pub name: String,
    pub description: Option<String>,
    pub site_id: Option<i64>,
    pub raw_message_to_db: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// `None` keeps a field; `Some(None)` clears a nullable one.
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = connectors)]
pub struct ConnectorChanges {
    pub name: Option<String>,
    pub description: Option<Option<String>>,
    pub site_id: Option<Option<i64>>,
    pub raw_message_to_db: Option<bool>,
    pub updated_at: Option<i64>,
}

/// One log message of a connector; `ts` in microseconds.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = connector_logs)]
pub struct ConnectorLog {
    pub ts: i64,
    pub level: i32,
    pub emitter: Option<String>,
    pub msg: String,
}

/// One raw device message a connector forwarded; `ts` in microseconds.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = connector_raw_messages)]
pub struct ConnectorRawMessage {
    pub ts: i64,
    pub raw_message: String,
}

/// A datapoint as stored; `allowed_values` is kept as a JSON array of strings.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = datapoints)]
pub struct Datapoint {
    pub id: i64,
    pub key: String,
    pub device_id: Option<i64>,
    /// The BEMCom connector the datapoint is selected from, with the connector's
    /// own id of it; both set or both `None`.
    pub connector_id: Option<i64>,
    pub key_in_connector: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub type_: DatapointType,
    pub data_format: DataFormat,
    pub unit: Option<String>,
    pub min_value: Option<f64>,
    pub max_value: Option<f64>,
    #[diesel(deserialize_as = JsonText<Vec<String>>)]
    pub allowed_values: Vec<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub kind: DatapointKind,
    pub counter_max: Option<f64>,
}

/// Everything a datapoint's metadata holds, as given by a client.
#[derive(Debug, Clone, PartialEq)]
pub struct DatapointSpec {
    pub key: String,
    pub device_id: Option<i64>,
    /// The BEMCom connector the datapoint is selected from, with the connector's
    /// own id of it; both set or both `None`.
    pub connector_id: Option<i64>,
    pub key_in_connector: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub type_: DatapointType,
    pub data_format: DataFormat,
    pub unit: Option<String>,
    pub min_value: Option<f64>,
    pub max_value: Option<f64>,
    pub allowed_values: Vec<String>,
    pub kind: DatapointKind,
    /// Counters only: the value at which the counter rolls over to 0.
    pub counter_max: Option<f64>,
}

/// The rule for a datapoint's key.
pub fn key_rule(key: &str) -> Option<FieldError> {
    if key.trim().is_empty() {
        Some(FieldError::new("key", "must not be empty"))
    } else if key.len() > 500 {
        Some(FieldError::new("key", "must be at most 500 bytes"))
    } else {
        None
    }
}

/// The rule for a datapoint's link to a connector: `connector_id` and
/// `key_in_connector` are set together, and the key follows the rules of keys.
pub fn connector_pair_rule(
    connector_id: Option<i64>,
    key_in_connector: Option<&str>,
) -> Option<FieldError> {
    match (connector_id, key_in_connector) {
        (None, None) => None,
        (Some(_), None) => Some(FieldError::new(
            "key_in_connector",
            "is required with connector_id",
        )),
        (None, Some(_)) => Some(FieldError::new(
            "connector_id",
            "is required with key_in_connector",
        )),
        (Some(id), Some(_)) if id <= 0 => {
            Some(FieldError::new("connector_id", "must be a positive id"))
        }
        (Some(_), Some(key)) => {
            key_rule(key).map(|e| FieldError::new("key_in_connector", e.message))
        }
    }
}

impl DatapointSpec {
    /// The rules a datapoint's metadata must follow, each broken one named.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut errors: Vec<FieldError> = key_rule(&self.key).into_iter().collect();
        errors.extend(connector_pair_rule(
            self.connector_id,
            self.key_in_connector.as_deref(),
        ));
        for (field, v) in [("min_value", self.min_value), ("max_value", self.max_value)] {
            if v.is_some_and(|v| !v.is_finite()) {
                errors.push(FieldError::new(field, "must be a finite number"));
            }
        }
        if let (Some(min), Some(max)) = (self.min_value, self.max_value) {
            if min > max {
                errors.push(FieldError::new(
                    "min_value",
                    format!("min_value ({min}) must not be greater than max_value ({max})"),
                ));
            }
        }
        if !self.data_format.is_numeric() && (self.min_value.is_some() || self.max_value.is_some())
        {
            let field = if self.min_value.is_some() {
                "min_value"
            } else {
                "max_value"
            };
            errors.push(FieldError::new(
                field,
                "limits apply only to numeric data formats",
            ));
        }
        if self.kind == DatapointKind::Counter && !self.data_format.is_numeric() {
            errors.push(FieldError::new(
                "kind",
                "a counter must have a numeric data format",
            ));
        }
        if let Some(max) = self.counter_max {
            if self.kind != DatapointKind::Counter {
                errors.push(FieldError::new(
                    "counter_max",
                    "applies only to kind counter",
                ));
            } else if !(max.is_finite() && max > 0.0) {
                errors.push(FieldError::new(
                    "counter_max",
                    "must be a finite number greater than 0",
                ));
            }
        }
        if self.data_format == DataFormat::DiscreteNumeric {
            for (i, v) in self.allowed_values.iter().enumerate() {
                if !v.trim().parse::<f64>().is_ok_and(f64::is_finite) {
                    errors.push(FieldError::new(
                        format!("allowed_values[{i}]"),
                        format!("'{v}' is not a number, as discrete_numeric requires"),
                    ));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = datapoints)]
pub(crate) struct DatapointWrite {
    pub key: String,
    #[diesel(treat_none_as_null = true)]
    pub device_id: Option<i64>,
    #[diesel(treat_none_as_null = true)]
    pub connector_id: Option<i64>,
    #[diesel(treat_none_as_null = true)]
    pub key_in_connector: Option<String>,
    #[diesel(treat_none_as_null = true)]
    pub name: Option<String>,
    #[diesel(treat_none_as_null = true)]
    pub description: Option<String>,
    pub type_: DatapointType,
    pub data_format: DataFormat,
    #[diesel(treat_none_as_null = true)]
    pub unit: Option<String>,
    #[diesel(treat_none_as_null = true)]
    pub min_value: Option<f64>,
    #[diesel(treat_none_as_null = true)]
    pub max_value: Option<f64>,
    #[diesel(serialize_as = JsonText<Vec<String>>)]
    pub allowed_values: Vec<String>,
    pub kind: DatapointKind,
    #[diesel(treat_none_as_null = true)]
    pub counter_max: Option<f64>,
    pub updated_at: i64,
}

impl DatapointWrite {
    pub(crate) fn from_spec(spec: &DatapointSpec, now: i64) -> Self {
        DatapointWrite {
            key: spec.key.clone(),
            device_id: spec.device_id,
            connector_id: spec.connector_id,
            key_in_connector: spec.key_in_connector.clone(),
            name: spec.name.clone(),
            description: spec.description.clone(),
            type_: spec.type_,
            data_format: spec.data_format,
            unit: spec.unit.clone(),
            min_value: spec.min_value,
            max_value: spec.max_value,
            allowed_values: spec.allowed_values.clone(),
            kind: spec.kind,
            counter_max: spec.counter_max,
            updated_at: now,
        }
    }
}

/// A partial change of a datapoint: `None` keeps, `Some(None)` clears.
#[derive(Debug, Clone, Default)]
pub struct DatapointChanges {
    pub key: Option<String>,
    pub device_id: Option<Option<i64>>,
    pub connector_id: Option<Option<i64>>,
    pub key_in_connector: Option<Option<String>>,
    pub name: Option<Option<String>>,
    pub description: Option<Option<String>>,
    pub type_: Option<DatapointType>,
    pub data_format: Option<DataFormat>,
    pub unit: Option<Option<String>>,
    pub min_value: Option<Option<f64>>,
    pub max_value: Option<Option<f64>>,
    pub allowed_values: Option<Vec<String>>,
    pub kind: Option<DatapointKind>,
    pub counter_max: Option<Option<f64>>,
}

impl DatapointChanges {
    /// The datapoint as it would be after the change.
    pub fn apply_to(self, d: &Datapoint) -> DatapointSpec {
        DatapointSpec {
            key: self.key.unwrap_or_else(|| d.key.clone()),
            device_id: self.device_id.unwrap_or(d.device_id),
            connector_id: self.connector_id.unwrap_or(d.connector_id),
            key_in_connector: self
                .key_in_connector
                .unwrap_or_else(|| d.key_in_connector.clone()),
            name: self.name.unwrap_or_else(|| d.name.clone()),
            description: self.description.unwrap_or_else(|| d.description.clone()),
            type_: self.type_.unwrap_or(d.type_),
            data_format: self.data_format.unwrap_or(d.data_format),
            unit: self.unit.unwrap_or_else(|| d.unit.clone()),
            min_value: self.min_value.unwrap_or(d.min_value),
            max_value: self.max_value.unwrap_or(d.max_value),
            allowed_values: self
                .allowed_values
                .unwrap_or_else(|| d.allowed_values.clone()),
            kind: self.kind.unwrap_or(d.kind),
            counter_max: self.counter_max.unwrap_or(d.counter_max),
        }
    }
}

/// A page of rows and the id to continue after, if there may be more.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_after: Option<i64>,
}

/// Where a page starts and how long it is.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest {
    pub after: Option<i64>,
    pub limit: i64,
}

impl<T> Page<T> {
    /// Builds a page from `limit + 1` fetched rows: the extra row only signals "more".
    pub(crate) fn from_overfetch(mut rows: Vec<T>, limit: i64, id: impl Fn(&T) -> i64) -> Self {
        let more = rows.len() as i64 > limit;
        rows.truncate(limit.max(0) as usize);
        let next_after = if more { rows.last().map(&id) } else { None };
        Page {
            items: rows,
            next_after,
        }
    }
}

/// A value as stored: numbers and booleans (0/1) in `num`, text in `txt`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StoredValue {
    pub num: Option<f64>,
    pub txt: Option<String>,
}

/// A user as stored; `password_hash` is an argon2id PHC string.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub password_hash: String,
    pub role: Role,
    pub active: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser {
    pub username: String,
    pub password_hash: String,
    pub role: Role,
    pub active: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = users)]
pub struct UserChanges {
    pub role: Option<Role>,
    pub active: Option<bool>,
    pub password_hash: Option<String>,
    pub updated_at: Option<i64>,
}

/// An API key as stored (never its secret); `site_ids: None` means every site,
/// kept as a JSON array of ids.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = api_keys)]
pub struct ApiKey {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub role: KeyRole,
    #[diesel(deserialize_as = JsonText<Option<Vec<i64>>>)]
    pub site_ids: Option<Vec<i64>>,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// A key to store: the hash of its secret, never the secret.
#[derive(Debug, Clone)]
pub struct NewApiKey {
    pub name: String,
    pub prefix: String,
    pub key_hash: String,
    pub role: KeyRole,
    pub site_ids: Option<Vec<i64>>,
    pub created_by: Option<i64>,
    pub created_at: i64,
}
