//! The vocabularies between joule-db's enums and the generated ones. Every
//! conversion is an exhaustive `match`, so a value added to the spec (or to the
//! database enums) fails to compile until it is handled here.

use joule_api::models;
use joule_db::timegrid::{Fill, Function, Interval};
use joule_db::{DataFormat, DatapointKind, DatapointType, KeyRole, Role};

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

pub fn datapoint_kind(k: DatapointKind) -> models::DatapointKind {
    match k {
        DatapointKind::Gauge => models::DatapointKind::Gauge,
        DatapointKind::Counter => models::DatapointKind::Counter,
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

/// The aggregate grid's vocabularies (query parameters, so no unknown value can
/// reach these: the generated router refuses it first).
pub fn interval_from(i: models::Interval) -> Interval {
    match i {
        models::Interval::Variant1m => Interval::Minutes(1),
        models::Interval::Variant5m => Interval::Minutes(5),
        models::Interval::Variant15m => Interval::Minutes(15),
        models::Interval::Variant30m => Interval::Minutes(30),
        models::Interval::Variant1h => Interval::Hours(1),
        models::Interval::Variant6h => Interval::Hours(6),
        models::Interval::Variant1d => Interval::Day,
        models::Interval::Variant1w => Interval::Week,
        models::Interval::Variant1mo => Interval::Month,
    }
}

pub fn function(f: Function) -> models::AggregateFunction {
    match f {
        Function::Mean => models::AggregateFunction::Mean,
        Function::Min => models::AggregateFunction::Min,
        Function::Max => models::AggregateFunction::Max,
        Function::Sum => models::AggregateFunction::Sum,
        Function::Count => models::AggregateFunction::Count,
        Function::First => models::AggregateFunction::First,
        Function::Last => models::AggregateFunction::Last,
        Function::Integral => models::AggregateFunction::Integral,
        Function::Increase => models::AggregateFunction::Increase,
        Function::Delta => models::AggregateFunction::Delta,
        Function::Rate => models::AggregateFunction::Rate,
    }
}

pub fn function_from(f: models::AggregateFunction) -> Function {
    match f {
        models::AggregateFunction::Mean => Function::Mean,
        models::AggregateFunction::Min => Function::Min,
        models::AggregateFunction::Max => Function::Max,
        models::AggregateFunction::Sum => Function::Sum,
        models::AggregateFunction::Count => Function::Count,
        models::AggregateFunction::First => Function::First,
        models::AggregateFunction::Last => Function::Last,
        models::AggregateFunction::Integral => Function::Integral,
        models::AggregateFunction::Increase => Function::Increase,
        models::AggregateFunction::Delta => Function::Delta,
        models::AggregateFunction::Rate => Function::Rate,
    }
}

pub fn fill_from(f: models::Fill) -> Fill {
    match f {
        models::Fill::None => Fill::None,
        models::Fill::Null => Fill::Null,
        models::Fill::Previous => Fill::Previous,
        models::Fill::Linear => Fill::Linear,
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
        // The grid parses the spec's text; the conversions must agree with it.
        for i in [
            models::Interval::Variant1m,
            models::Interval::Variant5m,
            models::Interval::Variant15m,
            models::Interval::Variant30m,
            models::Interval::Variant1h,
            models::Interval::Variant6h,
            models::Interval::Variant1d,
            models::Interval::Variant1w,
            models::Interval::Variant1mo,
        ] {
            assert_eq!(Interval::parse(&i.to_string()), Some(interval_from(i)));
        }
        for f in [
            models::AggregateFunction::Mean,
            models::AggregateFunction::Min,
            models::AggregateFunction::Max,
            models::AggregateFunction::Sum,
            models::AggregateFunction::Count,
            models::AggregateFunction::First,
            models::AggregateFunction::Last,
            models::AggregateFunction::Integral,
        ] {
            assert_eq!(Function::parse(&f.to_string()), Some(function_from(f)));
            assert_eq!(function(function_from(f)), f);
        }
        for f in [
            models::Fill::None,
            models::Fill::Null,
            models::Fill::Previous,
            models::Fill::Linear,
        ] {
            assert_eq!(Fill::parse(&f.to_string()), Some(fill_from(f)));
        }
    }
}
