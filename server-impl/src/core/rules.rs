//! The field rules the registry applies to what it stores: names, free text,
//! ranges, time zones, ids. Each broken rule names its field.

use super::CoreError;
use joule_db::vocab::UnknownValue;
use joule_db::FieldError;
use std::str::FromStr;

pub const MAX_NAME_LEN: usize = 200;
pub const MAX_TEXT_LEN: usize = 10_000;

/// Collects field errors while a request body is checked.
#[derive(Default)]
pub struct Checks(pub Vec<FieldError>);

impl Checks {
    pub fn name(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.0.push(FieldError::new(field, "must not be empty"));
        } else if value.chars().count() > MAX_NAME_LEN {
            self.0.push(FieldError::new(
                field,
                format!("must be at most {MAX_NAME_LEN} characters"),
            ));
        }
    }

    pub fn text(&mut self, field: &str, value: Option<&String>) {
        if value.is_some_and(|v| v.chars().count() > MAX_TEXT_LEN) {
            self.0.push(FieldError::new(
                field,
                format!("must be at most {MAX_TEXT_LEN} characters"),
            ));
        }
    }

    pub fn range(&mut self, field: &str, value: Option<f64>, min: f64, max: f64) {
        if let Some(v) = value {
            if !(v.is_finite() && (min..=max).contains(&v)) {
                self.0.push(FieldError::new(
                    field,
                    format!("must be between {min} and {max}"),
                ));
            }
        }
    }

    pub fn timezone(&mut self, value: &str) {
        if value.parse::<chrono_tz::Tz>().is_err() {
            self.0.push(FieldError::new(
                "timezone",
                format!("'{value}' is not an IANA time zone name (e.g. Europe/Berlin)"),
            ));
        }
    }

    pub fn id(&mut self, field: &str, value: Option<i64>) {
        if value.is_some_and(|v| v <= 0) {
            self.0.push(FieldError::new(field, "must be a positive id"));
        }
    }

    pub fn done(self) -> Result<(), CoreError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(CoreError::invalid(self.0))
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use joule_db::Role;

    #[test]
    fn an_unknown_vocabulary_value_names_its_field_and_the_choices() {
        assert_eq!(
            parse::<Role>("role", "root").unwrap_err(),
            FieldError::new(
                "role",
                "unknown role 'root'; expected one of admin, editor, viewer"
            )
        );
        assert_eq!(parse::<Role>("role", "admin"), Ok(Role::Admin));
    }
}
