//! Whether a JSON value suits a datapoint: its kind follows `data_format`, numbers
//! lie within the limits, discrete values are among `allowed_values`.

use joule_db::models::{Datapoint, StoredValue};
use joule_db::DataFormat;
use serde_json::Value;

/// The longest text value stored.
pub const MAX_TEXT: usize = 10_000;

/// Checks `value` against the datapoint's metadata and answers its stored form,
/// or a message saying what is wrong.
pub fn check(dp: &Datapoint, value: &Value) -> Result<StoredValue, String> {
    let format = dp.data_format;
    match value {
        Value::Null => Ok(StoredValue {
            num: None,
            txt: None,
        }),
        Value::Number(n) if format.is_numeric() => {
            let v = n
                .as_f64()
                .filter(|v| v.is_finite())
                .ok_or("is not a finite number")?;
            if let Some(min) = dp.min_value.filter(|min| v < *min) {
                return Err(format!("{v} is below min_value {min}"));
            }
            if let Some(max) = dp.max_value.filter(|max| v > *max) {
                return Err(format!("{v} is above max_value {max}"));
            }
            if format.is_discrete() && !allowed_number(dp, v) {
                return Err(format!(
                    "{v} is not one of allowed_values {:?}",
                    dp.allowed_values
                ));
            }
            Ok(StoredValue {
                num: Some(v),
                txt: None,
            })
        }
        Value::Bool(b) if format == DataFormat::Boolean => Ok(StoredValue {
            num: Some(if *b { 1.0 } else { 0.0 }),
            txt: None,
        }),
        Value::String(s) if format.is_text() => {
            if s.chars().count() > MAX_TEXT {
                return Err(format!("is longer than {MAX_TEXT} characters"));
            }
            if format.is_discrete() && !dp.allowed_values.iter().any(|a| a == s) {
                return Err(format!(
                    "'{s}' is not one of allowed_values {:?}",
                    dp.allowed_values
                ));
            }
            Ok(StoredValue {
                num: None,
                txt: Some(s.clone()),
            })
        }
        other => Err(format!(
            "a {} does not suit data_format {format}",
            kind(other)
        )),
    }
}

fn allowed_number(dp: &Datapoint, v: f64) -> bool {
    dp.allowed_values
        .iter()
        .any(|a| a.trim().parse::<f64>().is_ok_and(|a| a == v))
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

/// The JSON form of a stored value, as the datapoint's format reads it.
pub fn to_json(data_format: DataFormat, num: Option<f64>, txt: Option<String>) -> Value {
    match (data_format, num, txt) {
        (DataFormat::Boolean, Some(n), _) => Value::Bool(n != 0.0),
        (_, Some(n), _) => serde_json::Number::from_f64(n)
            .map(Value::Number)
            .unwrap_or(Value::Null),
        (_, None, Some(t)) => Value::String(t),
        _ => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn dp(format: DataFormat, min: Option<f64>, max: Option<f64>, allowed: &[&str]) -> Datapoint {
        Datapoint {
            id: 1,
            key: "k".into(),
            device_id: None,
            connector_id: None,
            key_in_connector: None,
            name: None,
            description: None,
            type_: joule_db::DatapointType::Sensor,
            data_format: format,
            unit: None,
            min_value: min,
            max_value: max,
            allowed_values: allowed.iter().map(|s| s.to_string()).collect(),
            created_at: 0,
            updated_at: 0,
            kind: joule_db::DatapointKind::Gauge,
            counter_max: None,
        }
    }

    #[test]
    fn kinds_limits_and_allowed_values() {
        let power = dp(DataFormat::ContinuousNumeric, Some(0.0), Some(10.0), &[]);
        assert_eq!(check(&power, &json!(5)).unwrap().num, Some(5.0));
        assert!(check(&power, &json!(11)).unwrap_err().contains("max_value"));
        assert!(check(&power, &json!(-1)).unwrap_err().contains("min_value"));
        assert!(check(&power, &json!("5")).is_err());
        assert!(check(&power, &json!(true)).is_err());
        assert_eq!(
            check(&power, &Value::Null).unwrap(),
            StoredValue {
                num: None,
                txt: None
            }
        );
        let level = dp(DataFormat::DiscreteNumeric, None, None, &["1", "2.5"]);
        assert!(check(&level, &json!(2.5)).is_ok());
        assert!(check(&level, &json!(3)).is_err());
        let on = dp(DataFormat::Boolean, None, None, &[]);
        assert_eq!(check(&on, &json!(true)).unwrap().num, Some(1.0));
        assert!(check(&on, &json!(1)).is_err());
        let state = dp(DataFormat::DiscreteText, None, None, &["ok", "fault"]);
        assert!(check(&state, &json!("ok")).is_ok());
        assert!(check(&state, &json!("meh")).is_err());
        let note = dp(DataFormat::GenericText, None, None, &[]);
        assert_eq!(check(&note, &json!("x")).unwrap().txt.as_deref(), Some("x"));
        assert!(check(&note, &json!({"a": 1})).is_err());
        assert_eq!(to_json(DataFormat::Boolean, Some(1.0), None), json!(true));
        assert_eq!(
            to_json(DataFormat::GenericText, None, Some("x".into())),
            json!("x")
        );
        assert_eq!(
            to_json(DataFormat::ContinuousNumeric, Some(2.5), None),
            json!(2.5)
        );
    }
}
