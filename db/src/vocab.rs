//! The closed vocabularies of the registry and of access: datapoint types, data
//! formats, user roles and API-key roles. Each is an enum stored as the same TEXT
//! the columns have always held, so a stored value that names no variant is an
//! error when read, never a silently different meaning.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::expression::AsExpression;
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Text;
use std::fmt;
use std::str::FromStr;

/// A text that names no value of a vocabulary; its message is the one clients see.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} '{value}'; expected one of {expected}")]
pub struct UnknownValue {
    pub what: &'static str,
    pub value: String,
    pub expected: String,
}

/// Declares a vocabulary: the enum, its text forms, `ALL` in the order messages
/// list them, `Display`/`FromStr`, and TEXT `ToSql`/`FromSql` for every backend
/// whose `str`/`String` are TEXT (SQLite, PostgreSQL and the multi-backend).
macro_rules! vocabulary {
    (
        $(#[$doc:meta])*
        $name:ident ($what:literal) { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, AsExpression, FromSqlRow)]
        #[diesel(sql_type = Text)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;

            fn from_str(text: &str) -> Result<Self, UnknownValue> {
                match text {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownValue {
                        what: $what,
                        value: text.to_string(),
                        expected: $name::ALL
                            .iter()
                            .map(|v| v.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    }),
                }
            }
        }

        impl<DB> ToSql<Text, DB> for $name
        where
            DB: Backend,
            str: ToSql<Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
                self.as_str().to_sql(out)
            }
        }

        impl<DB> FromSql<Text, DB> for $name
        where
            DB: Backend,
            String: FromSql<Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                Ok(String::from_sql(bytes)?.parse()?)
            }
        }
    };
}

vocabulary! {
    /// What a datapoint is: a sensor is read, an actuator also takes setpoints and schedules.
    DatapointType("type") {
        Sensor = "sensor",
        Actuator = "actuator",
    }
}

vocabulary! {
    /// The kind of a datapoint's values (BEMCom's set).
    DataFormat("data format") {
        GenericNumeric = "generic_numeric",
        ContinuousNumeric = "continuous_numeric",
        DiscreteNumeric = "discrete_numeric",
        GenericText = "generic_text",
        DiscreteText = "discrete_text",
        Boolean = "boolean",
    }
}

impl DataFormat {
    /// Values are numbers (stored in `num`), and `min_value`/`max_value` apply.
    pub fn is_numeric(self) -> bool {
        match self {
            DataFormat::GenericNumeric
            | DataFormat::ContinuousNumeric
            | DataFormat::DiscreteNumeric => true,
            DataFormat::GenericText | DataFormat::DiscreteText | DataFormat::Boolean => false,
        }
    }

    /// Values are strings (stored in `txt`).
    pub fn is_text(self) -> bool {
        match self {
            DataFormat::GenericText | DataFormat::DiscreteText => true,
            DataFormat::GenericNumeric
            | DataFormat::ContinuousNumeric
            | DataFormat::DiscreteNumeric
            | DataFormat::Boolean => false,
        }
    }

    /// Values must be among `allowed_values`.
    pub fn is_discrete(self) -> bool {
        match self {
            DataFormat::DiscreteNumeric | DataFormat::DiscreteText => true,
            DataFormat::GenericNumeric
            | DataFormat::ContinuousNumeric
            | DataFormat::GenericText
            | DataFormat::Boolean => false,
        }
    }
}

vocabulary! {
    /// What a numeric datapoint's values measure: which aggregates suit it.
    DatapointKind("datapoint kind") {
        /// A level at an instant (power, temperature).
        Gauge = "gauge",
        /// A cumulative total that only rises, but for resets and rollovers (a meter).
        Counter = "counter",
    }
}

vocabulary! {
    /// A user's role; each includes what the ones after it may do.
    Role("role") {
        /// Also manages users and API keys.
        Admin = "admin",
        /// Also writes metadata and values.
        Editor = "editor",
        /// Reads.
        Viewer = "viewer",
    }
}

impl Role {
    /// Whether the role may write metadata and values.
    pub fn may_edit(self) -> bool {
        match self {
            Role::Admin | Role::Editor => true,
            Role::Viewer => false,
        }
    }
}

vocabulary! {
    /// An API key's role.
    KeyRole("role") {
        /// Reads.
        Reader = "reader",
        /// Also writes values.
        Writer = "writer",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::dsl::sql;
    use diesel::prelude::*;

    fn round_trip(conn: &mut crate::DbConnection) {
        macro_rules! each {
            ($vocab:ty) => {
                for &value in <$vocab>::ALL {
                    let back: $vocab = diesel::select(value.into_sql::<Text>())
                        .get_result(conn)
                        .unwrap();
                    assert_eq!(back, value);
                    let text: String = diesel::select(value.into_sql::<Text>())
                        .get_result(conn)
                        .unwrap();
                    assert_eq!(text, value.to_string());
                    let parsed: $vocab = diesel::select(value.as_str().into_sql::<Text>())
                        .get_result(conn)
                        .unwrap();
                    assert_eq!(parsed, value);
                }
            };
        }
        each!(DatapointType);
        each!(DataFormat);
        each!(DatapointKind);
        each!(Role);
        each!(KeyRole);
        // A stored text that names no variant is an error, not a default.
        let unknown = diesel::select(sql::<Text>("'superuser'")).get_result::<Role>(conn);
        assert!(unknown.is_err());
    }

    #[test]
    fn text_round_trips_on_sqlite() {
        round_trip(&mut crate::test_connections::sqlite_in_memory());
    }

    #[test]
    fn text_round_trips_on_postgres() {
        if let Some(mut conn) = crate::test_connections::postgres() {
            round_trip(&mut conn);
        }
    }

    #[test]
    fn text_forms_and_messages() {
        assert_eq!("discrete_text".parse(), Ok(DataFormat::DiscreteText));
        assert_eq!(
            "float".parse::<DataFormat>().unwrap_err().to_string(),
            "unknown data format 'float'; expected one of generic_numeric, continuous_numeric, \
             discrete_numeric, generic_text, discrete_text, boolean"
        );
        assert_eq!(
            "root".parse::<Role>().unwrap_err().to_string(),
            "unknown role 'root'; expected one of admin, editor, viewer"
        );
        let numeric: Vec<_> = DataFormat::ALL.iter().filter(|f| f.is_numeric()).collect();
        assert_eq!(numeric.len(), 3);
        assert!(DataFormat::ALL
            .iter()
            .all(|f| f.is_numeric() || f.is_text() || *f == DataFormat::Boolean));
        assert!(Role::Editor.may_edit() && !Role::Viewer.may_edit());
    }
}
