//! Conversions between the generated models and joule-db's types, with the
//! checks that belong to the HTTP contract (field lengths, ranges, time zones).

use crate::core::rules::Checks;
use crate::problem::Failure;
use crate::vocab;
use chrono::{DateTime, Utc};
use joule_api::models;
use joule_db::models as db;
use joule_db::FieldError;
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
        created_at: timestamp(d.created_at),
        updated_at: timestamp(d.updated_at),
    }
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
        updated_at: Some(now),
    }
}

pub fn datapoint(d: db::Datapoint) -> models::Datapoint {
    models::Datapoint {
        id: d.id,
        key: d.key,
        device_id: nullable(d.device_id),
        name: nullable(d.name),
        description: nullable(d.description),
        r#type: vocab::datapoint_type(d.type_),
        data_format: vocab::data_format(d.data_format),
        unit: nullable(d.unit),
        min_value: nullable(d.min_value),
        max_value: nullable(d.max_value),
        allowed_values: d.allowed_values,
        created_at: timestamp(d.created_at),
        updated_at: timestamp(d.updated_at),
    }
}

/// A datapoint as given by a client, with every rule checked. An unknown type or
/// data format is named after the text and key checks; the rules that depend on
/// the format are then left out.
pub fn datapoint_spec(body: models::DatapointCreate) -> Result<db::DatapointSpec, Vec<FieldError>> {
    let name = flat(body.name);
    let description = flat(body.description);
    let unit = flat(body.unit);
    let device_id = flat(body.device_id);
    let mut checks = Checks::default();
    if let Some(name) = &name {
        checks.name("name", name);
    }
    checks.text("description", description.as_ref());
    checks.text("unit", unit.as_ref());
    checks.id("device_id", device_id);
    let mut errors = checks.0;
    let vocabulary = (
        vocab::parse("type", &body.r#type),
        vocab::parse("data_format", &body.data_format),
    );
    let (type_, data_format) = match vocabulary {
        (Ok(type_), Ok(data_format)) => (type_, data_format),
        (type_, data_format) => {
            errors.extend(db::key_rule(&body.key));
            errors.extend(type_.err());
            errors.extend(data_format.err());
            return Err(errors);
        }
    };
    let spec = db::DatapointSpec {
        key: body.key,
        device_id,
        name,
        description,
        type_,
        data_format,
        unit,
        min_value: flat(body.min_value),
        max_value: flat(body.max_value),
        allowed_values: flat(body.allowed_values).unwrap_or_default(),
    };
    if let Err(rules) = spec.check() {
        errors.extend(rules);
    }
    if errors.is_empty() {
        Ok(spec)
    } else {
        Err(errors)
    }
}

/// A partial change of a datapoint. The rules that need the stored datapoint are
/// checked by joule-db; an unknown type or data format cannot wait for them.
pub fn datapoint_changes(body: models::DatapointUpdate) -> Result<db::DatapointChanges, Failure> {
    let mut unknown = Vec::new();
    let type_ = vocab::parse_change("type", body.r#type, &mut unknown);
    let data_format = vocab::parse_change("data_format", body.data_format, &mut unknown);
    let changes = db::DatapointChanges {
        key: body.key,
        device_id: change(body.device_id),
        name: change(body.name),
        description: change(body.description),
        type_,
        data_format,
        unit: change(body.unit),
        min_value: change(body.min_value),
        max_value: change(body.max_value),
        allowed_values: change(body.allowed_values).map(Option::unwrap_or_default),
    };
    let mut checks = Checks::default();
    if let Some(Some(name)) = &changes.name {
        checks.name("name", name);
    }
    checks.text(
        "description",
        changes.description.as_ref().and_then(Option::as_ref),
    );
    checks.text("unit", changes.unit.as_ref().and_then(Option::as_ref));
    checks.id("device_id", changes.device_id.flatten());
    checks.0.extend(unknown);
    checks.done()?;
    Ok(changes)
}
