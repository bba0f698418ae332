//! A write transaction begun by hand, rolled back unless committed.
//!
//! Why not diesel's transaction manager: SQLite needs `BEGIN IMMEDIATE` to take the
//! write lock up front, so that a read-then-write cannot fail half-way with
//! SQLITE_BUSY when another writer got in between, and diesel's manager on the
//! backend-generic connection only issues a plain `BEGIN`. The price: diesel does not
//! know about this transaction, so code inside it must not call `conn.transaction()`
//! (use savepoints), and nothing but this guard may end it. The guard rolls back on
//! every path that does not commit (an error, an early return, a panic), so a
//! connection never goes back to the pool with a transaction open.

use crate::connection::DbConnection;
use crate::error::DbError;
use diesel::connection::SimpleConnection;

pub struct RawTransaction<'c> {
    conn: &'c mut DbConnection,
    open: bool,
}

impl<'c> RawTransaction<'c> {
    /// `BEGIN IMMEDIATE` on SQLite, `BEGIN` on PostgreSQL.
    pub fn begin(conn: &'c mut DbConnection) -> Result<Self, DbError> {
        let begin = match conn {
            DbConnection::Sqlite(_) => "BEGIN IMMEDIATE",
            DbConnection::Pg(_) => "BEGIN",
        };
        conn.batch_execute(begin)?;
        Ok(RawTransaction { conn, open: true })
    }

    /// The connection, to work inside the transaction.
    pub fn conn(&mut self) -> &mut DbConnection {
        self.conn
    }

    /// Commits; on failure the transaction is rolled back (by the drop).
    pub fn commit(mut self) -> Result<(), DbError> {
        self.conn.batch_execute("COMMIT")?;
        self.open = false;
        Ok(())
    }
}

impl Drop for RawTransaction<'_> {
    fn drop(&mut self) {
        if self.open {
            // A failed rollback means a broken connection; the pool tests it on checkout.
            let _ = self.conn.batch_execute("ROLLBACK");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connection::{connect, migrate, PoolOptions};
    use diesel::{QueryDsl as _, RunQueryDsl as _};

    #[test]
    fn an_uncommitted_transaction_is_rolled_back_on_drop() {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}", dir.path().join("joule.db").display());
        let pool = connect(&url, &PoolOptions::default()).expect("pool");
        migrate(&pool).expect("migrations");
        let mut conn = pool.get().expect("connection");
        let insert =
            "INSERT INTO sites (name, timezone, created_at, updated_at) VALUES ('s', 'UTC', 0, 0)";
        let sites = |conn: &mut DbConnection| -> i64 {
            crate::schema::sites::table
                .count()
                .get_result(conn)
                .expect("count")
        };
        {
            let mut transaction = RawTransaction::begin(&mut conn).expect("begin");
            transaction.conn().batch_execute(insert).expect("insert");
        }
        assert_eq!(sites(&mut conn), 0);
        let mut transaction = RawTransaction::begin(&mut conn).expect("a new transaction");
        transaction.conn().batch_execute(insert).expect("insert");
        transaction.commit().expect("commit");
        assert_eq!(sites(&mut conn), 1);
    }
}
