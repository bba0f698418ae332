//! The field rules the registry applies to what it stores: names, free text,
//! ranges, time zones, ids. Each broken rule names its field.

use super::CoreError;
use joule_db::FieldError;

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
