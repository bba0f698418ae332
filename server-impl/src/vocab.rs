//! The vocabularies between joule-db's enums and the generated ones. Every
//! conversion is an exhaustive `match`, so a value added to the spec (or to the
//! database enums) fails to compile until it is handled here.

use joule_api::models;
use joule_db::vocab::UnknownValue;
use joule_db::{DataFormat, DatapointType, FieldError, KeyRole, Role};
use std::str::FromStr;

/// Reads a vocabulary value that the spec gives as a plain string (request
/// bodies), naming `field` in the 422 when it is unknown.
pub fn parse<T: FromStr<Err = UnknownValue>>(field: &str, text: &str) -> Result<T, FieldError> {
    text.parse()
        .map_err(|e: UnknownValue| FieldError::new(field, e.to_string()))
}

/// [`parse`] while a body's errors are collected: an unknown value is pushed to
/// `errors` and answers `None`.
pub fn parse_into<T: FromStr<Err = UnknownValue>>(
    field: &str,
    text: &str,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    parse(field, text).map_err(|e| errors.push(e)).ok()
}

/// [`parse_into`] for a field a change may leave out.
pub fn parse_change<T: FromStr<Err = UnknownValue>>(
    field: &str,
    text: Option<String>,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    parse_into(field, &text?, errors)
}

pub fn datapoint_type(t: DatapointType) -> models::DatapointType {
    match t {
        DatapointType::Sensor => models::DatapointType::Sensor,
        DatapointType::Actuator => models::DatapointType::Actuator,
    }
}

pub fn datapoint_type_from(t: models::DatapointType) -> DatapointType {
    match t {
        models::DatapointType::Sensor => DatapointType::Sensor,
        models::DatapointType::Actuator => DatapointType::Actuator,
    }
}

pub fn data_format(f: DataFormat) -> models::DataFormat {
    match f {
        DataFormat::GenericNumeric => models::DataFormat::GenericNumeric,
        DataFormat::ContinuousNumeric => models::DataFormat::ContinuousNumeric,
        DataFormat::DiscreteNumeric => models::DataFormat::DiscreteNumeric,
        DataFormat::GenericText => models::DataFormat::GenericText,
        DataFormat::DiscreteText => models::DataFormat::DiscreteText,
        DataFormat::Boolean => models::DataFormat::Boolean,
    }
}

pub fn data_format_from(f: models::DataFormat) -> DataFormat {
    match f {
        models::DataFormat::GenericNumeric => DataFormat::GenericNumeric,
        models::DataFormat::ContinuousNumeric => DataFormat::ContinuousNumeric,
        models::DataFormat::DiscreteNumeric => DataFormat::DiscreteNumeric,
        models::DataFormat::GenericText => DataFormat::GenericText,
        models::DataFormat::DiscreteText => DataFormat::DiscreteText,
        models::DataFormat::Boolean => DataFormat::Boolean,
    }
}

pub fn role(r: Role) -> models::Role {
    match r {
        Role::Admin => models::Role::Admin,
        Role::Editor => models::Role::Editor,
        Role::Viewer => models::Role::Viewer,
    }
}

pub fn role_from(r: models::Role) -> Role {
    match r {
        models::Role::Admin => Role::Admin,
        models::Role::Editor => Role::Editor,
        models::Role::Viewer => Role::Viewer,
    }
}

pub fn key_role(r: KeyRole) -> models::ApiKeyRole {
    match r {
        KeyRole::Reader => models::ApiKeyRole::Reader,
        KeyRole::Writer => models::ApiKeyRole::Writer,
    }
}

pub fn key_role_from(r: models::ApiKeyRole) -> KeyRole {
    match r {
        models::ApiKeyRole::Reader => KeyRole::Reader,
        models::ApiKeyRole::Writer => KeyRole::Writer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both sides name each value by the same text, and the conversions invert.
    #[test]
    fn conversions_agree_with_the_spec_text() {
        for &t in DatapointType::ALL {
            assert_eq!(datapoint_type(t).to_string(), t.as_str());
            assert_eq!(datapoint_type_from(datapoint_type(t)), t);
        }
        for &f in DataFormat::ALL {
            assert_eq!(data_format(f).to_string(), f.as_str());
            assert_eq!(data_format_from(data_format(f)), f);
        }
        for &r in Role::ALL {
            assert_eq!(role(r).to_string(), r.as_str());
            assert_eq!(role_from(role(r)), r);
        }
        for &r in KeyRole::ALL {
            assert_eq!(key_role(r).to_string(), r.as_str());
            assert_eq!(key_role_from(key_role(r)), r);
        }
        assert_eq!(
            parse::<Role>("role", "root").unwrap_err(),
            FieldError::new(
                "role",
                "unknown role 'root'; expected one of admin, editor, viewer"
            )
        );
    }
}
