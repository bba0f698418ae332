//! What instances on one PostgreSQL database tell each other: notifications on a
//! channel (`pg_notify`, sent on a pooled connection) heard on a dedicated
//! connection, and the committed values a notification points to. SQLite has a
//! single instance and nothing here applies to it.

use crate::committed::Point;
use crate::connection::DbConnection;
use crate::error::DbError;
use crate::schema::datapoint_values as dv;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::prelude::*;
use diesel::sql_types::{Array, Text};

/// PostgreSQL refuses a notification payload of 8,000 bytes or more.
pub const MAX_PAYLOAD: usize = 7_999;

/// Sends `payloads` on `channel` in one round trip, in order. Nothing happens on
/// SQLite.
pub fn changes_notify(
    conn: &mut DbConnection,
    channel: &str,
    payloads: &[String],
) -> Result<(), DbError> {
    let DbConnection::Pg(pg) = conn else {
        return Ok(());
    };
    diesel::sql_query(
        "SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS n(p, i) ORDER BY i",
    )
    .bind::<Text, _>(channel)
    .bind::<Array<Text>, _>(payloads)
    .execute(pg)?;
    Ok(())
}

/// The stored values of datapoint `id` with `from <= ts <= to`, in time order.
pub fn values_between(
    conn: &mut DbConnection,
    id: i64,
    from: i64,
    to: i64,
) -> Result<Vec<Point>, DbError> {
    Ok(dv::table
        .filter(dv::datapoint_id.eq(id))
        .filter(dv::ts.ge(from))
        .filter(dv::ts.le(to))
        .order(dv::ts.asc())
        .select((dv::datapoint_id, dv::ts, dv::num, dv::txt))
        .load::<(i64, i64, Option<f64>, Option<String>)>(conn)?
        .into_iter()
        .map(|(datapoint_id, ts, num, txt)| Point {
            datapoint_id,
            ts,
            num,
            txt,
        })
        .collect())
}

/// A dedicated connection listening on one channel.
pub struct ChangeListener {
    conn: PgConnection,
}

impl ChangeListener {
    /// Connects to `url` (PostgreSQL) and listens on `channel` (a plain identifier).
    pub fn connect(url: &str, channel: &str) -> Result<ChangeListener, DbError> {
        if !channel
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Err(DbError::Internal(format!(
                "{channel:?} is not a channel name"
            )));
        }
        let mut conn = PgConnection::establish(url)
            .map_err(|e| DbError::Unavailable(format!("cannot connect to listen: {e}")))?;
        conn.batch_execute(&format!("LISTEN {channel}"))?;
        Ok(ChangeListener { conn })
    }

    /// The payloads received since the last call, without waiting. An error means
    /// the connection is lost.
    pub fn received(&mut self) -> Result<Vec<String>, DbError> {
        self.conn
            .notifications_iter()
            .map(|n| n.map(|n| n.payload).map_err(DbError::from))
            .collect()
    }

    /// A round trip, to notice a connection that died without a word.
    pub fn ping(&mut self) -> Result<(), DbError> {
        self.conn.batch_execute("SELECT 1")?;
        Ok(())
    }
}
