//! Setpoint and schedule items (BEMCom's format): the rules they follow against the
//! datapoint they steer, and the form they are stored in. Errors name the item,
//! as `[2].preferred_value`.

use crate::core::{timestamps, value_rules};
use chrono::{DateTime, Utc};
use joule_db::models::Datapoint;
use joule_db::queries::control::Control;
use joule_db::{DataFormat, FieldError};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One period of a setpoint: what the actuator should take from `from_timestamp`
/// (`None`: from now on) to `to_timestamp` (`None`: open-ended). Serialized, it is
/// the stored form: both period ends written out (null when open), the optional
/// fields left out when empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetpointItem {
    #[serde(default)]
    pub from_timestamp: Option<DateTime<Utc>>,
    #[serde(default)]
    pub to_timestamp: Option<DateTime<Utc>>,
    /// As the datapoint's data_format requires; may be null.
    pub preferred_value: Value,
    /// Discrete formats only: the values that are also acceptable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptable_values: Option<Vec<Value>>,
    /// Numeric formats only: the lowest acceptable value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_value: Option<f64>,
    /// Numeric formats only: the highest acceptable value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_value: Option<f64>,
}

impl SetpointItem {
    /// An item for ever, from now on, with no acceptable values or limits.
    pub fn new(preferred_value: Value) -> Self {
        SetpointItem {
            from_timestamp: None,
            to_timestamp: None,
            preferred_value,
            acceptable_values: None,
            min_value: None,
            max_value: None,
        }
    }
}

/// One period of a schedule: the value the actuator should take; the period ends
/// as in [`SetpointItem`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScheduleItem {
    #[serde(default)]
    pub from_timestamp: Option<DateTime<Utc>>,
    #[serde(default)]
    pub to_timestamp: Option<DateTime<Utc>>,
    /// As the datapoint's data_format requires; may be null.
    pub value: Value,
}

impl ScheduleItem {
    /// An item for ever, from now on.
    pub fn new(value: Value) -> Self {
        ScheduleItem {
            from_timestamp: None,
            to_timestamp: None,
            value,
        }
    }
}

/// What setpoint and schedule items share: a period, and values that must suit
/// the datapoint.
pub trait Item: Clone + Serialize + DeserializeOwned + Send + 'static {
    const CONTROL: Control;

    fn period(&self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

    /// Pushes the broken rules of the item's values, fields named within the item.
    fn check_values(&self, dp: &Datapoint, errors: &mut Vec<FieldError>);

    /// The item with its period as checked (whole microseconds).
    fn with_period(self, period: Period) -> Self;
}

/// An item's period in microseconds; `None` is open (from now, or for ever).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Option<i64>,
    pub to: Option<i64>,
}

impl Period {
    fn ends(self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        (
            self.from.map(timestamps::to_datetime),
            self.to.map(timestamps::to_datetime),
        )
    }
}

/// Checks every item and their order; answers the items in their stored form, or
/// every broken rule.
pub fn check<I: Item>(dp: &Datapoint, items: &[I]) -> Result<Vec<I>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut periods = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let mut item_errors = Vec::new();
        let (from, to) = item.period();
        let period = period(from, to).map_err(|e| item_errors.extend(e)).ok();
        item.check_values(dp, &mut item_errors);
        errors.extend(item_errors.into_iter().map(|e| e.at_index(i)));
        periods.push(period);
    }
    errors.extend(order_errors(&periods));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(items
        .iter()
        .zip(periods.into_iter().flatten())
        .map(|(item, period)| item.clone().with_period(period))
        .collect())
}

fn period(
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
) -> Result<Period, Vec<FieldError>> {
    let micros = |field: &str, at: Option<DateTime<Utc>>| {
        at.map(timestamps::from_datetime)
            .transpose()
            .map_err(|message| FieldError::new(field, message))
    };
    match (micros("from_timestamp", from), micros("to_timestamp", to)) {
        (Ok(from), Ok(to)) => match (from, to) {
            (Some(f), Some(t)) if f >= t => Err(vec![FieldError::new(
                "to_timestamp",
                "must be after from_timestamp",
            )]),
            _ => Ok(Period { from, to }),
        },
        (from, to) => Err(from.err().into_iter().chain(to.err()).collect()),
    }
}

/// Each item must start at or after the end of the one before; only the first may
/// start now (null). Items whose own period is broken are not compared.
fn order_errors(periods: &[Option<Period>]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (before, pair) in periods.windows(2).enumerate() {
        let (Some(prev), Some(this)) = (pair[0], pair[1]) else {
            continue;
        };
        let message = match (this.from, prev.from, prev.to) {
            (None, _, _) => {
                "only the first item may have a null from_timestamp (from now on)".to_string()
            }
            (Some(from), Some(prev_from), _) if from < prev_from => format!(
                "items must be ordered by from_timestamp; this one starts before item {before}"
            ),
            (Some(_), _, None) => {
                format!("overlaps item {before}, which is open-ended (null to_timestamp)")
            }
            (Some(from), _, Some(prev_to)) if from < prev_to => format!(
                "overlaps item {before}, which ends at {}",
                timestamps::to_datetime(prev_to).to_rfc3339()
            ),
            _ => continue,
        };
        errors.push(FieldError::new("from_timestamp", message).at_index(before + 1));
    }
    errors
}

impl Item for ScheduleItem {
    const CONTROL: Control = Control::Schedule;

    fn period(&self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        (self.from_timestamp, self.to_timestamp)
    }

    fn check_values(&self, dp: &Datapoint, errors: &mut Vec<FieldError>) {
        if let Err(message) = value_rules::check(dp, &self.value) {
            errors.push(FieldError::new("value", message));
        }
    }

    fn with_period(self, period: Period) -> Self {
        let (from_timestamp, to_timestamp) = period.ends();
        ScheduleItem {
            from_timestamp,
            to_timestamp,
            ..self
        }
    }
}

impl Item for SetpointItem {
    const CONTROL: Control = Control::Setpoint;

    fn period(&self) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        (self.from_timestamp, self.to_timestamp)
    }

    fn check_values(&self, dp: &Datapoint, errors: &mut Vec<FieldError>) {
        let preferred = &self.preferred_value;
        let preferred_ok = match value_rules::check(dp, preferred) {
            Ok(_) => true,
            Err(message) => {
                errors.push(FieldError::new("preferred_value", message));
                false
            }
        };
        if let Some(values) = &self.acceptable_values {
            check_acceptable(dp, values, errors);
        }
        let (min, max) = (self.min_value, self.max_value);
        if check_limits(dp, min, max, errors) && preferred_ok {
            if let Some(p) = preferred.as_f64() {
                if min.is_some_and(|min| p < min) || max.is_some_and(|max| p > max) {
                    errors.push(FieldError::new(
                        "preferred_value",
                        format!("{p} lies outside the setpoint's min_value and max_value"),
                    ));
                }
            }
        }
    }

    fn with_period(self, period: Period) -> Self {
        let (from_timestamp, to_timestamp) = period.ends();
        SetpointItem {
            from_timestamp,
            to_timestamp,
            ..self
        }
    }
}

/// Only discrete formats have a list of values to accept from; each must suit the
/// datapoint like the preferred value does.
fn check_acceptable(dp: &Datapoint, values: &[Value], errors: &mut Vec<FieldError>) {
    let format = dp.data_format;
    if !format.is_discrete() {
        // The data formats whose values come from a list.
        let discrete: Vec<_> = DataFormat::ALL
            .iter()
            .filter(|f| f.is_discrete())
            .map(|f| f.as_str())
            .collect();
        errors.push(FieldError::new(
            "acceptable_values",
            format!(
                "apply only to discrete data formats ({}), not {format}",
                discrete.join(", ")
            ),
        ));
        return;
    }
    for (j, value) in values.iter().enumerate() {
        let outcome = match value {
            Value::Null => Err("must not be null".to_string()),
            v => value_rules::check(dp, v).map(drop),
        };
        if let Err(message) = outcome {
            errors.push(FieldError::new(format!("acceptable_values[{j}]"), message));
        }
    }
}

/// The setpoint's own limits: numeric formats only, finite, in order. Answers
/// whether they are usable to check the preferred value against.
fn check_limits(
    dp: &Datapoint,
    min: Option<f64>,
    max: Option<f64>,
    errors: &mut Vec<FieldError>,
) -> bool {
    if min.is_none() && max.is_none() {
        return true;
    }
    if !dp.data_format.is_numeric() {
        let field = if min.is_some() {
            "min_value"
        } else {
            "max_value"
        };
        errors.push(FieldError::new(
            field,
            format!(
                "limits apply only to numeric data formats, not {}",
                dp.data_format
            ),
        ));
        return false;
    }
    let before = errors.len();
    for (field, v) in [("min_value", min), ("max_value", max)] {
        if v.is_some_and(|v| !v.is_finite()) {
            errors.push(FieldError::new(field, "must be a finite number"));
        }
    }
    if let (Some(min), Some(max)) = (min, max) {
        if min > max {
            errors.push(FieldError::new(
                "min_value",
                format!("min_value ({min}) must not be greater than max_value ({max})"),
            ));
        }
    }
    errors.len() == before
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn dp(format: DataFormat) -> Datapoint {
        Datapoint {
            id: 1,
            key: "k".into(),
            device_id: None,
            connector_id: None,
            key_in_connector: None,
            name: None,
            description: None,
            type_: joule_db::DatapointType::Actuator,
            data_format: format,
            unit: None,
            min_value: None,
            max_value: None,
            allowed_values: vec!["1".into(), "2".into()],
            created_at: 0,
            updated_at: 0,
            kind: joule_db::DatapointKind::Gauge,
            counter_max: None,
        }
    }

    fn setpoint(value: Value) -> SetpointItem {
        SetpointItem::new(value)
    }

    fn fields(errors: Vec<FieldError>) -> Vec<String> {
        errors.into_iter().map(|e| e.field).collect()
    }

    fn at(s: &str) -> Option<DateTime<Utc>> {
        Some(s.parse::<DateTime<Utc>>().unwrap())
    }

    #[test]
    fn limits_must_be_finite() {
        let mut item = setpoint(json!(20));
        item.min_value = Some(f64::NAN);
        item.max_value = Some(f64::INFINITY);
        let errors = check(&dp(DataFormat::ContinuousNumeric), &[item]).unwrap_err();
        assert_eq!(fields(errors), ["[0].min_value", "[0].max_value"]);
    }

    #[test]
    fn stored_form_writes_out_period_ends_and_drops_empty_fields() {
        let stored = check(&dp(DataFormat::DiscreteNumeric), &[setpoint(json!(1))]).unwrap();
        assert_eq!(
            serde_json::to_value(&stored).unwrap(),
            json!([{"from_timestamp": null, "to_timestamp": null, "preferred_value": 1}])
        );
        let text = serde_json::to_string(&stored).unwrap();
        assert_eq!(
            serde_json::from_str::<Vec<SetpointItem>>(&text).unwrap(),
            stored
        );
    }

    #[test]
    fn stored_periods_are_whole_microseconds() {
        let mut item = ScheduleItem::new(json!(1));
        item.from_timestamp = at("2026-01-01T00:00:00.0000019Z");
        let stored = check(&dp(DataFormat::ContinuousNumeric), &[item]).unwrap();
        assert_eq!(stored[0].from_timestamp, at("2026-01-01T00:00:00.000001Z"));
    }

    #[test]
    fn a_broken_period_is_not_compared_with_its_neighbours() {
        let mut a = ScheduleItem::new(json!(1));
        a.from_timestamp = at("2026-01-01T02:00:00Z");
        a.to_timestamp = at("2026-01-01T01:00:00Z");
        let mut b = ScheduleItem::new(json!(1));
        b.from_timestamp = at("2026-01-01T00:00:00Z");
        let errors = check(&dp(DataFormat::ContinuousNumeric), &[a, b]).unwrap_err();
        assert_eq!(fields(errors), ["[0].to_timestamp"]);
    }
}
