//! Queries, named `<resource>_<verb>`. Each takes a connection from the pool;
//! callers run them inside `spawn_blocking`.

pub mod auth;
pub mod connectors;
pub mod control;
pub mod datapoints;
pub mod devices;
pub mod peers;
pub mod sites;
pub mod values;

use crate::connection::DbConnection;
use crate::error::DbError;
use crate::raw_transaction::RawTransaction;

/// Runs `f` in a write transaction (see [`RawTransaction`] for why it is begun by
/// hand): on SQLite it takes the write lock up front.
pub fn write_transaction<T>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, DbError>,
) -> Result<T, DbError> {
    let mut transaction = RawTransaction::begin(conn)?;
    let value = f(transaction.conn())?;
    transaction.commit()?;
    Ok(value)
}

/// `limit + 1`, the row count fetched to know whether another page follows.
pub(crate) fn overfetch(limit: i64) -> i64 {
    limit.saturating_add(1)
}

/// Escapes `%`, `_` and `\` so user text matches literally inside a LIKE pattern.
pub(crate) fn like_pattern(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('%');
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_pattern_escapes_wildcards() {
        assert_eq!(super::like_pattern("Room_1 50%"), "%room\\_1 50\\%%");
    }
}
