//! Conversions between the generated models and the domain types of the core
//! and joule-db. The rules are the core's; nothing here checks.

use crate::core::connectors::{self as connectors, AvailableEntry, AvailableView};
use crate::core::registry::{DatapointDraft, DatapointEdit};
use crate::http::vocab;
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_db::models as db;
use joule_db::JsonText;
use std::collections::HashMap;
use swagger::Nullable;

pub fn timestamp(micros: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(micros).unwrap_or_default()
}

fn nullable<T>(value: Option<T>) -> Option<Nullable<T>> {
    Some(match value {
        Some(v) => Nullable::Present(v),
        None => Nullable::Null,
    })
}

/// `None` (absent) keeps; `Some(Null)` clears; `Some(Present)` sets.
fn change<T>(value: Option<Nullable<T>>) -> Option<Option<T>> {
    value.map(|v| match v {
        Nullable::Present(v) => Some(v),
        Nullable::Null => None,
    })
}

fn flat<T>(value: Option<Nullable<T>>) -> Option<T> {
    change(value).flatten()
}

pub fn site(s: db::Site) -> models::Site {
    models::Site {
        id: s.id,
        name: s.name,
        description: nullable(s.description),
        timezone: s.timezone,
        latitude: nullable(s.latitude),
        longitude: nullable(s.longitude),
        address: nullable(s.address),
        created_at: timestamp(s.created_at),
        updated_at: timestamp(s.updated_at),
    }
}

/// A site with coordinates as a GeoJSON Point feature (RFC 7946: longitude first).
pub fn site_feature(located: db::LocatedSite) -> models::SiteFeature {
    let s = located.site;
    let coordinates = vec![
        s.longitude.unwrap_or_default(),
        s.latitude.unwrap_or_default(),
    ];
    models::SiteFeature {
        r#type: models::GeoJsonFeatureType::Feature,
        id: s.id,
        geometry: models::GeoJsonPoint {
            r#type: models::GeoJsonPointType::Point,
            coordinates,
        },
        properties: models::SiteFeatureProperties {
            id: s.id,
            name: s.name,
            timezone: s.timezone,
            address: s.address.map_or(Nullable::Null, Nullable::Present),
            device_count: located.device_count,
        },
    }
}

pub fn new_site(body: models::SiteCreate, now: i64) -> db::NewSite {
    db::NewSite {
        name: body.name,
        description: flat(body.description),
        timezone: body.timezone.unwrap_or_else(|| "UTC".to_string()),
        latitude: flat(body.latitude),
        longitude: flat(body.longitude),
        address: flat(body.address),
        created_at: now,
        updated_at: now,
    }
}

pub fn site_changes(body: models::SiteUpdate, now: i64) -> db::SiteChanges {
    db::SiteChanges {
        name: body.name,
        description: change(body.description),
        timezone: body.timezone,
        latitude: change(body.latitude),
        longitude: change(body.longitude),
        address: change(body.address),
        updated_at: Some(now),
    }
}

pub fn device(d: db::Device) -> models::Device {
    models::Device {
        id: d.id,
        site_id: d.site_id,
        name: d.name,
        kind: nullable(d.kind),
        manufacturer: nullable(d.manufacturer),
        model: nullable(d.model),
        serial_number: nullable(d.serial_number),
        description: nullable(d.description),
        ttn_device_id: nullable(d.ttn_device_id),
        ttn_mapping: nullable(d.ttn_mapping.map(|m| m.into_iter().collect())),
        created_at: timestamp(d.created_at),
        updated_at: timestamp(d.updated_at),
    }
}

/// A device's field map as stored (ordered, so answers list it the same way).
fn ttn_mapping(map: HashMap<String, String>) -> JsonText<db::TtnMapping> {
    JsonText(map.into_iter().collect())
}

pub fn new_device(body: models::DeviceCreate, now: i64) -> db::NewDevice {
    db::NewDevice {
        site_id: body.site_id,
        name: body.name,
        kind: flat(body.kind),
        manufacturer: flat(body.manufacturer),
        model: flat(body.model),
        serial_number: flat(body.serial_number),
        description: flat(body.description),
        ttn_device_id: flat(body.ttn_device_id),
        ttn_mapping: flat(body.ttn_mapping).map(ttn_mapping),
        created_at: now,
        updated_at: now,
    }
}

pub fn device_changes(body: models::DeviceUpdate, now: i64) -> db::DeviceChanges {
    db::DeviceChanges {
        site_id: body.site_id,
        name: body.name,
        kind: change(body.kind),
        manufacturer: change(body.manufacturer),
        model: change(body.model),
        serial_number: change(body.serial_number),
        description: change(body.description),
        ttn_device_id: change(body.ttn_device_id),
        ttn_mapping: change(body.ttn_mapping).map(|m| m.map(ttn_mapping)),
        updated_at: Some(now),
    }
}

pub fn datapoint(d: db::Datapoint) -> models::Datapoint {
    models::Datapoint {
        id: d.id,
        key: d.key,
        device_id: nullable(d.device_id),
        connector_id: nullable(d.connector_id),
        key_in_connector: nullable(d.key_in_connector),
        name: nullable(d.name),
        description: nullable(d.description),
        r#type: vocab::datapoint_type(d.type_),
        data_format: vocab::data_format(d.data_format),
        unit: nullable(d.unit),
        min_value: nullable(d.min_value),
        max_value: nullable(d.max_value),
        allowed_values: d.allowed_values,
        kind: Some(vocab::datapoint_kind(d.kind)),
        counter_max: nullable(d.counter_max),
        created_at: timestamp(d.created_at),
        updated_at: timestamp(d.updated_at),
    }
}

/// A datapoint as a client sent it; the registry checks it.
pub fn datapoint_draft(body: models::DatapointCreate) -> DatapointDraft {
    DatapointDraft {
        key: body.key,
        device_id: flat(body.device_id),
        connector_id: flat(body.connector_id),
        key_in_connector: flat(body.key_in_connector),
        name: flat(body.name),
        description: flat(body.description),
        type_: body.r#type,
        data_format: body.data_format,
        unit: flat(body.unit),
        min_value: flat(body.min_value),
        max_value: flat(body.max_value),
        allowed_values: flat(body.allowed_values).unwrap_or_default(),
        kind: body.kind,
        counter_max: flat(body.counter_max),
    }
}

/// A partial change of a datapoint as a client sent it.
pub fn datapoint_edit(body: models::DatapointUpdate) -> DatapointEdit {
    DatapointEdit {
        key: body.key,
        device_id: change(body.device_id),
        connector_id: change(body.connector_id),
        key_in_connector: change(body.key_in_connector),
        name: change(body.name),
        description: change(body.description),
        type_: body.r#type,
        data_format: body.data_format,
        unit: change(body.unit),
        min_value: change(body.min_value),
        max_value: change(body.max_value),
        allowed_values: change(body.allowed_values).map(Option::unwrap_or_default),
        kind: body.kind,
        counter_max: change(body.counter_max),
    }
}

/// A connector as the API shows it; `now` (microseconds) decides `alive`.
pub fn connector(c: db::Connector, now: i64) -> models::Connector {
    models::Connector {
        alive: connectors::alive(&c, now),
        id: c.id,
        name: c.name,
        description: nullable(c.description),
        site_id: nullable(c.site_id),
        raw_message_to_db: c.raw_message_to_db,
        last_heartbeat_at: nullable(c.last_heartbeat_at.map(timestamp)),
        next_heartbeat_at: nullable(c.next_heartbeat_at.map(timestamp)),
        created_at: timestamp(c.created_at),
        updated_at: timestamp(c.updated_at),
    }
}

pub fn new_connector(body: models::ConnectorCreate, now: i64) -> db::NewConnector {
    db::NewConnector {
        name: body.name,
        description: flat(body.description),
        site_id: flat(body.site_id),
        raw_message_to_db: body.raw_message_to_db.unwrap_or(false),
        created_at: now,
        updated_at: now,
    }
}

pub fn connector_changes(body: models::ConnectorUpdate, now: i64) -> db::ConnectorChanges {
    db::ConnectorChanges {
        name: body.name,
        description: change(body.description),
        site_id: change(body.site_id),
        raw_message_to_db: body.raw_message_to_db,
        updated_at: Some(now),
    }
}

pub fn connector_log(l: db::ConnectorLog) -> models::ConnectorLog {
    models::ConnectorLog {
        timestamp: timestamp(l.ts),
        level: l.level,
        emitter: nullable(l.emitter),
        msg: l.msg,
    }
}

pub fn connector_raw_message(m: db::ConnectorRawMessage) -> models::ConnectorRawMessage {
    models::ConnectorRawMessage {
        timestamp: timestamp(m.ts),
        raw_message: m.raw_message,
    }
}

fn available_entry(e: AvailableEntry) -> models::AvailableDatapoint {
    models::AvailableDatapoint {
        key_in_connector: e.key_in_connector,
        example_value: match e.example_value {
            serde_json::Value::Null => Nullable::Null,
            v => Nullable::Present(v),
        },
        datapoint_id: match e.datapoint_id {
            Some(id) => Nullable::Present(id),
            None => Nullable::Null,
        },
    }
}

pub fn available(v: AvailableView) -> models::AvailableDatapoints {
    models::AvailableDatapoints {
        received_at: match v.received_at {
            Some(at) => Nullable::Present(timestamp(at)),
            None => Nullable::Null,
        },
        sensor: v.sensor.into_iter().map(available_entry).collect(),
        actuator: v.actuator.into_iter().map(available_entry).collect(),
    }
}
