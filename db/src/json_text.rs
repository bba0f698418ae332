//! JSON kept in a TEXT column (`allowed_values`, an API key's `site_ids`): both
//! backends store it as text, so one type serves both. A stored text that does
//! not decode is an error when read, never a silent default.

use crate::connection::MultiBackend;
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::expression::AsExpression;
use diesel::pg::Pg;
use diesel::serialize::{self, IsNull, Output, ToSql};
use diesel::sql_types::{Nullable, Text};
use diesel::sqlite::Sqlite;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;

/// `T` as JSON text. Used through `serialize_as`/`deserialize_as`, so the models
/// hold plain `T`.
#[derive(Debug, Clone, PartialEq, AsExpression, FromSqlRow)]
#[diesel(sql_type = Text)]
pub struct JsonText<T>(pub T);

impl<T> From<T> for JsonText<T> {
    fn from(value: T) -> Self {
        JsonText(value)
    }
}

impl<T> JsonText<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T: Serialize + fmt::Debug> ToSql<Text, Sqlite> for JsonText<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
        out.set_value(serde_json::to_string(&self.0)?);
        Ok(IsNull::No)
    }
}

impl<T: Serialize + fmt::Debug> ToSql<Text, Pg> for JsonText<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
        serde_json::to_writer(out, &self.0)?;
        Ok(IsNull::No)
    }
}

impl<T: Serialize + fmt::Debug + Send + Sync + 'static> ToSql<Text, MultiBackend> for JsonText<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
        out.set_value((Text, self));
        Ok(IsNull::No)
    }
}

impl<T, DB> FromSql<Text, DB> for JsonText<T>
where
    T: DeserializeOwned,
    DB: Backend,
    String: FromSql<Text, DB>,
{
    fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
        let text = String::from_sql(bytes)?;
        serde_json::from_str(&text)
            .map(JsonText)
            .map_err(|e| format!("stored JSON does not decode ({e}): {text:.80}").into())
    }
}

/// A nullable column: SQL NULL is `None`, a stored text decodes as `Some`.
impl<T, DB> FromSql<Nullable<Text>, DB> for JsonText<Option<T>>
where
    T: DeserializeOwned,
    DB: Backend,
    String: FromSql<Text, DB>,
{
    fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
        let JsonText(value) = <JsonText<T> as FromSql<Text, DB>>::from_sql(bytes)?;
        Ok(JsonText(Some(value)))
    }

    fn from_nullable_sql(bytes: Option<DB::RawValue<'_>>) -> deserialize::Result<Self> {
        match bytes {
            Some(bytes) => <Self as FromSql<Nullable<Text>, DB>>::from_sql(bytes),
            None => Ok(JsonText(None)),
        }
    }
}

// What `deserialize_as` needs; a blanket `From<JsonText<T>> for T` is not allowed.
impl From<JsonText<Vec<String>>> for Vec<String> {
    fn from(json: JsonText<Vec<String>>) -> Self {
        json.0
    }
}

impl From<JsonText<Option<Vec<i64>>>> for Option<Vec<i64>> {
    fn from(json: JsonText<Option<Vec<i64>>>) -> Self {
        json.0
    }
}

impl From<JsonText<Option<crate::models::TtnMapping>>> for Option<crate::models::TtnMapping> {
    fn from(json: JsonText<Option<crate::models::TtnMapping>>) -> Self {
        json.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DbConnection;
    use diesel::dsl::sql;
    use diesel::prelude::*;

    fn round_trip(conn: &mut DbConnection) {
        let values = vec!["a".to_string(), "b \"c\"".to_string()];
        let back: JsonText<Vec<String>> =
            diesel::select(JsonText(values.clone()).into_sql::<Text>())
                .get_result(conn)
                .unwrap();
        assert_eq!(back.0, values);
        let none: JsonText<Option<Vec<i64>>> = diesel::select(sql::<Nullable<Text>>("NULL"))
            .get_result(conn)
            .unwrap();
        assert_eq!(none.0, None);
        let some: JsonText<Option<Vec<i64>>> = diesel::select(sql::<Nullable<Text>>("'[1,2]'"))
            .get_result(conn)
            .unwrap();
        assert_eq!(some.0, Some(vec![1, 2]));
        // Corrupt text is an error (a 500 to clients), not an empty list.
        let corrupt = diesel::select(sql::<Text>("'[\"a\",'"))
            .get_result::<JsonText<Vec<String>>>(conn)
            .map_err(crate::DbError::from);
        assert!(
            matches!(corrupt, Err(crate::DbError::Internal(_))),
            "{corrupt:?}"
        );
    }

    #[test]
    fn json_text_round_trips_on_sqlite() {
        round_trip(&mut crate::test_connections::sqlite_in_memory());
    }

    #[test]
    fn json_text_round_trips_on_postgres() {
        if let Some(mut conn) = crate::test_connections::postgres() {
            round_trip(&mut conn);
        }
    }
}
