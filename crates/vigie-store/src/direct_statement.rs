//! Statements whose text values are bound without copies, for the rows a
//! batch writes by the million. `rusqlite` binds every string as
//! `SQLITE_TRANSIENT`, so SQLite allocates a buffer and copies each one
//! before the row is built (and copies it again into the row): on a bulk
//! load that was a tenth of the writer's time. Here strings are bound as
//! `SQLITE_STATIC`, which SQLite documents as valid while the buffer
//! outlives every use of the binding; each call binds, steps, resets and
//! clears its bindings while it borrows the values, so no pointer to them
//! is left in the statement once it returns. Everything else (reading rows,
//! rare statements) goes through `rusqlite`.

use std::ffi::{c_int, CStr};
use std::marker::PhantomData;
use std::ptr::NonNull;

use rusqlite::{ffi, Connection};

/// A value bound to a parameter; text borrowed for the call only.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Param<'v> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'v str),
}

impl<'v> Param<'v> {
    /// A value borrowed for `'v` (a row gathered by [`RowInserts`]).
    pub(crate) fn of<T: AsParam + ?Sized>(value: &'v T) -> Param<'v> {
        value.as_param()
    }

    /// A number computed by the caller (nothing borrowed); `None` is NULL.
    pub(crate) fn int(value: Option<i64>) -> Param<'static> {
        value.map_or(Param::Null, Param::Int)
    }

    pub(crate) fn real(value: Option<f64>) -> Param<'static> {
        value.map_or(Param::Null, Param::Real)
    }

    pub(crate) fn text(value: Option<&'v str>) -> Param<'v> {
        value.map_or(Param::Null, Param::Text)
    }
}

/// What can be bound: numbers, booleans, text, and options of them (`None` is NULL).
pub(crate) trait AsParam {
    fn as_param(&self) -> Param<'_>;
}

impl AsParam for i64 {
    fn as_param(&self) -> Param<'_> {
        Param::Int(*self)
    }
}

impl AsParam for u8 {
    fn as_param(&self) -> Param<'_> {
        Param::Int(*self as i64)
    }
}

impl AsParam for bool {
    fn as_param(&self) -> Param<'_> {
        Param::Int(*self as i64)
    }
}

impl AsParam for f64 {
    fn as_param(&self) -> Param<'_> {
        Param::Real(*self)
    }
}

impl AsParam for str {
    fn as_param(&self) -> Param<'_> {
        Param::Text(self)
    }
}

impl AsParam for String {
    fn as_param(&self) -> Param<'_> {
        Param::Text(self)
    }
}

impl<T: AsParam + ?Sized> AsParam for &T {
    fn as_param(&self) -> Param<'_> {
        (**self).as_param()
    }
}

impl<T: AsParam> AsParam for Option<T> {
    fn as_param(&self) -> Param<'_> {
        self.as_ref().map_or(Param::Null, AsParam::as_param)
    }
}

/// The parameters of one call, converted in place: `params![…]`-like.
macro_rules! direct_params {
    ($($value:expr),* $(,)?) => {
        [$($crate::direct_statement::AsParam::as_param(&$value)),*]
    };
}
pub(crate) use direct_params;

/// A prepared statement of the connection `'c` borrows, finalized on drop.
pub(crate) struct DirectStatement<'c> {
    stmt: NonNull<ffi::sqlite3_stmt>,
    db: *mut ffi::sqlite3,
    parameters: usize,
    _connection: PhantomData<&'c Connection>,
}

/// SQLite's error for `code`, with the connection's message when it is
/// about that code.
fn error(db: *mut ffi::sqlite3, code: c_int) -> rusqlite::Error {
    // SAFETY: `db` is an open connection (borrowed by the statement's
    // lifetime); the message is copied before any other call.
    let message = unsafe {
        (ffi::sqlite3_errcode(db) == code)
            .then(|| ffi::sqlite3_errmsg(db))
            .filter(|m| !m.is_null())
            .map(|m| CStr::from_ptr(m).to_string_lossy().into_owned())
    };
    rusqlite::Error::SqliteFailure(ffi::Error::new(code), message)
}

impl<'c> DirectStatement<'c> {
    /// Prepares one statement (`sql` holds exactly one).
    pub(crate) fn prepare(conn: &'c Connection, sql: &str) -> rusqlite::Result<DirectStatement<'c>> {
        // SAFETY: the handle is used only through this statement, which
        // cannot outlive the borrow of `conn` (its lifetime), and only on
        // the thread that holds `conn` (the statement is neither Send nor
        // Sync, by its raw pointers).
        let db = unsafe { conn.handle() };
        let len = c_int::try_from(sql.len()).map_err(|_| rusqlite::Error::SqliteFailure(ffi::Error::new(ffi::SQLITE_TOOBIG), None))?;
        let mut stmt: *mut ffi::sqlite3_stmt = std::ptr::null_mut();
        let mut tail: *const std::ffi::c_char = std::ptr::null();
        // SAFETY: `sql` is valid for `len` bytes; SQLite writes the two out pointers.
        let rc = unsafe { ffi::sqlite3_prepare_v3(db, sql.as_ptr().cast(), len, ffi::SQLITE_PREPARE_PERSISTENT, &mut stmt, &mut tail) };
        if rc != ffi::SQLITE_OK {
            return Err(error(db, rc));
        }
        let Some(stmt) = NonNull::new(stmt) else {
            return Err(rusqlite::Error::InvalidQuery);
        };
        let mut statement = DirectStatement { stmt, db, parameters: 0, _connection: PhantomData };
        // SAFETY: `tail` points into `sql` (or is its end).
        let rest = unsafe { tail.offset_from(sql.as_ptr().cast()) } as usize;
        if !sql.get(rest..).unwrap_or("").trim().is_empty() {
            return Err(rusqlite::Error::MultipleStatement);
        }
        // SAFETY: a valid statement.
        statement.parameters = unsafe { ffi::sqlite3_bind_parameter_count(statement.stmt.as_ptr()) } as usize;
        Ok(statement)
    }

    /// Runs the statement with `params` (all its parameters, in order) and
    /// returns the rowid of the last row inserted on the connection.
    pub(crate) fn insert(&mut self, params: &[Param]) -> rusqlite::Result<i64> {
        self.execute(params)?;
        // SAFETY: an open connection.
        Ok(unsafe { ffi::sqlite3_last_insert_rowid(self.db) })
    }

    /// How many rows the last statement run on the connection changed.
    pub(crate) fn changes(&self) -> u64 {
        // SAFETY: an open connection.
        unsafe { ffi::sqlite3_changes64(self.db) as u64 }
    }

    /// Runs the statement with `params` (all its parameters, in order); it
    /// must return no rows.
    pub(crate) fn execute(&mut self, params: &[Param]) -> rusqlite::Result<()> {
        if params.len() != self.parameters {
            return Err(rusqlite::Error::InvalidParameterCount(params.len(), self.parameters));
        }
        let stmt = self.stmt.as_ptr();
        let mut outcome = Ok(());
        for (i, param) in params.iter().enumerate() {
            let index = i as c_int + 1;
            // SAFETY: `stmt` is valid; a text's bytes outlive this call, and
            // the bindings are cleared before it returns (below), so SQLite
            // holds no pointer to them afterwards (`SQLITE_STATIC`'s rule).
            let rc = unsafe {
                match *param {
                    // Every parameter is NULL here already: a statement
                    // starts so, and each call clears its bindings.
                    Param::Null => ffi::SQLITE_OK,
                    Param::Int(n) => ffi::sqlite3_bind_int64(stmt, index, n),
                    Param::Real(x) => ffi::sqlite3_bind_double(stmt, index, x),
                    Param::Text(s) => {
                        ffi::sqlite3_bind_text64(stmt, index, s.as_ptr().cast(), s.len() as u64, ffi::SQLITE_STATIC(), ffi::SQLITE_UTF8 as u8)
                    }
                }
            };
            if rc != ffi::SQLITE_OK {
                outcome = Err(error(self.db, rc));
                break;
            }
        }
        if outcome.is_ok() {
            // SAFETY: every parameter is bound to live values.
            outcome = match unsafe { ffi::sqlite3_step(stmt) } {
                ffi::SQLITE_DONE => Ok(()),
                ffi::SQLITE_ROW => Err(rusqlite::Error::ExecuteReturnedResults),
                rc => Err(error(self.db, rc)),
            };
        }
        // SAFETY: `stmt` is valid. Reset ends the step (its error is the
        // step's, already taken); clearing drops every pointer bound above.
        unsafe {
            ffi::sqlite3_reset(stmt);
            ffi::sqlite3_clear_bindings(stmt);
        }
        outcome
    }
}

/// Rows of one table gathered and inserted several per statement
/// (`INSERT … VALUES (…), (…), …`). Run once per row, an insert opens a
/// cursor, descends the table's B-tree (and each index's) from the root,
/// starts and halts the statement and clears its bindings; run once for
/// many rows written in the order of the key, the cursor stays on the last
/// cell and each row is appended there. Each number of rows is a statement
/// of its own to prepare: small batches keep to few rows per statement.
/// The rows' values borrow the caller's data (`'v`) until
/// [`RowInserts::flush`] writes them (the caller flushes when
/// [`RowInserts::is_full`], after any rows they refer to, and before
/// reading the table). Nothing is written on drop: a caller that stops
/// early (an error) rolls back its transaction anyway.
pub(crate) struct RowInserts<'c, 'v> {
    conn: &'c Connection,
    head: String,
    row: String,
    tail: String,
    values_per_row: usize,
    /// The most rows one statement inserts (a power of two).
    max_rows: usize,
    /// `by_size[k]` inserts 2^k rows, prepared when first needed: a flush
    /// of 13 rows runs the statements of 8, 4 and 1.
    by_size: Vec<Option<DirectStatement<'c>>>,
    pending: Vec<Param<'v>>,
}

impl<'c, 'v> RowInserts<'c, 'v> {
    /// `head` is the statement up to `VALUES`, `row` one row's values, as
    /// anonymous parameters (`?`) and constants, e.g. `(?, ?, 1)`, `tail`
    /// what follows the values (an upsert clause, or nothing); at most
    /// `max_rows` rows per statement (rounded down to a power of two).
    pub(crate) fn new(conn: &'c Connection, head: &str, row: &str, tail: &str, max_rows: usize) -> RowInserts<'c, 'v> {
        let values_per_row = row.matches('?').count();
        let sizes = max_rows.max(1).ilog2() as usize + 1;
        let max_rows = 1 << (sizes - 1);
        RowInserts {
            conn,
            head: head.to_string(),
            row: row.to_string(),
            tail: tail.to_string(),
            values_per_row,
            max_rows,
            by_size: (0..sizes).map(|_| None).collect(),
            pending: Vec::with_capacity(max_rows * values_per_row),
        }
    }

    /// Adds a row (its values in the order of `row`'s parameters).
    pub(crate) fn push(&mut self, values: &[Param<'v>]) -> rusqlite::Result<()> {
        if values.len() != self.values_per_row {
            return Err(rusqlite::Error::InvalidParameterCount(values.len(), self.values_per_row));
        }
        self.pending.extend_from_slice(values);
        Ok(())
    }

    /// Whether a statement's most rows are gathered: time to flush (the
    /// caller does, after what they depend on).
    pub(crate) fn is_full(&self) -> bool {
        self.pending.len() >= self.max_rows * self.values_per_row
    }

    /// Rows gathered and not written yet.
    pub(crate) fn pending_rows(&self) -> usize {
        self.pending.len() / self.values_per_row.max(1)
    }

    /// Writes every row gathered, in the order they came; returns the
    /// rowid of the last row inserted on the connection.
    pub(crate) fn flush(&mut self) -> rusqlite::Result<i64> {
        let rows = self.pending_rows();
        let mut start = 0;
        let mut outcome = Ok(());
        for size in (0..self.by_size.len()).rev() {
            let n = 1usize << size;
            if rows & n == 0 {
                continue;
            }
            let statement = match &mut self.by_size[size] {
                Some(statement) => statement,
                empty => {
                    let values = vec![self.row.as_str(); n].join(", ");
                    match DirectStatement::prepare(self.conn, &format!("{}{values}{}", self.head, self.tail)) {
                        Ok(prepared) => empty.insert(prepared),
                        Err(e) => {
                            outcome = Err(e);
                            break;
                        }
                    }
                }
            };
            let end = start + n * self.values_per_row;
            if let Err(e) = statement.execute(&self.pending[start..end]) {
                outcome = Err(e);
                break;
            }
            start = end;
        }
        self.pending.clear();
        // SAFETY: an open connection.
        outcome.map(|()| unsafe { ffi::sqlite3_last_insert_rowid(self.conn.handle()) })
    }
}

impl Drop for DirectStatement<'_> {
    fn drop(&mut self) {
        // SAFETY: the statement is valid and finalized once, here.
        unsafe {
            ffi::sqlite3_finalize(self.stmt.as_ptr());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, n INTEGER, x REAL)").unwrap();
        conn
    }

    #[test]
    fn text_bound_without_copy_is_stored_whole_after_its_buffer_changes() {
        let conn = table();
        let mut insert = DirectStatement::prepare(&conn, "INSERT INTO t (name, n, x) VALUES (?1, ?2, ?3)").unwrap();
        let mut buffer = String::from("première");
        let first = insert.insert(&direct_params![buffer.as_str(), 7i64, 0.5]).unwrap();
        // The buffer is reused and dropped: the stored row must not follow it.
        buffer.clear();
        buffer.push_str("second");
        let second = insert.insert(&direct_params![&buffer, None::<i64>, None::<f64>]).unwrap();
        drop(buffer);
        assert_eq!((first, second), (1, 2));
        let rows: Vec<(i64, String, Option<i64>, Option<f64>)> = conn
            .prepare("SELECT id, name, n, x FROM t ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows, vec![(1, "première".to_string(), Some(7), Some(0.5)), (2, "second".to_string(), None, None)]);
        // An empty string is stored as text, not NULL.
        insert.execute(&direct_params!["", Some(true), 1.0]).unwrap();
        let empty: (String, i64) = conn.query_row("SELECT name, n FROM t WHERE id = 3", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        assert_eq!(empty, (String::new(), 1));
    }

    fn rows(conn: &Connection) -> Vec<(i64, String, Option<i64>, Option<f64>)> {
        conn.prepare("SELECT id, name, n, x FROM t ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn rows_gathered_are_inserted_in_order_whatever_their_number() {
        let conn = table();
        let names: Vec<String> = (0..29).map(|i| format!("name {i}")).collect();
        let expected: Vec<(i64, String, Option<i64>, Option<f64>)> = names
            .iter()
            .enumerate()
            .map(|(i, name)| (i as i64 + 1, name.clone(), (i % 3 != 0).then_some(i as i64), (i % 2 == 0).then_some(i as f64 / 2.0)))
            .collect();
        // At most 8 rows per statement (6 is rounded down to 4).
        for (max_rows, per_statement) in [(8, 8), (6, 4)] {
            conn.execute("DELETE FROM t", []).unwrap();
            let mut inserts = RowInserts::new(&conn, "INSERT INTO t (name, n, x) VALUES ", "(?, ?, ?)", "", max_rows);
            let mut last = 0;
            for (i, (_, name, n, x)) in expected.iter().enumerate() {
                // A NULL after a value in the same place of an earlier row stays NULL.
                inserts.push(&[Param::Text(name), Param::int(*n), Param::real(*x)]).unwrap();
                assert_eq!(inserts.is_full(), (i + 1) % per_statement == 0, "row {i}");
                if inserts.is_full() {
                    last = inserts.flush().unwrap();
                    assert_eq!(last, i as i64 + 1);
                }
            }
            // 29 rows: 3 full statements of 8 then 5 = 4 + 1 (or 7 of 4, then 1).
            assert_eq!(inserts.pending_rows(), 29 % per_statement);
            assert_ne!(last, 29);
            assert_eq!(inserts.flush().unwrap(), 29);
            assert_eq!(inserts.pending_rows(), 0);
            assert_eq!(rows(&conn), expected, "{max_rows} rows per statement");
        }
    }

    #[test]
    fn rows_gathered_take_a_tail_and_their_errors_leave_them_usable() {
        let conn = table();
        let mut upsert = RowInserts::new(&conn, "INSERT INTO t (name, n) VALUES ", "(?, ?)", " ON CONFLICT (name) DO UPDATE SET n = n + excluded.n", 4);
        for (name, n) in [("a", 1), ("b", 2), ("a", 10)] {
            upsert.push(&[Param::Text(name), Param::Int(n)]).unwrap();
        }
        upsert.flush().unwrap();
        assert_eq!(rows(&conn), vec![(1, "a".into(), Some(11), None), (2, "b".into(), Some(2), None)]);
        assert!(matches!(upsert.push(&[Param::Text("c")]), Err(rusqlite::Error::InvalidParameterCount(1, 2))));
        let mut insert = RowInserts::new(&conn, "INSERT INTO t (name) VALUES ", "(?)", "", 4);
        for name in ["c", "a", "d"] {
            insert.push(&[Param::Text(name)]).unwrap();
        }
        match insert.flush() {
            Err(rusqlite::Error::SqliteFailure(e, _)) => assert_eq!(e.code, rusqlite::ErrorCode::ConstraintViolation),
            other => panic!("expected a constraint violation, got {other:?}"),
        }
        assert_eq!(insert.pending_rows(), 0, "the failed rows are dropped");
        insert.push(&[Param::Text("e")]).unwrap();
        insert.flush().unwrap();
        let names: Vec<String> = rows(&conn).into_iter().map(|r| r.1).collect();
        assert_eq!(names, ["a", "b", "e"], "the failed statement wrote nothing");
    }

    #[test]
    fn errors_are_returned_and_the_statement_stays_usable() {
        let conn = table();
        let mut insert = DirectStatement::prepare(&conn, "INSERT INTO t (name) VALUES (?1)").unwrap();
        insert.execute(&direct_params!["a"]).unwrap();
        match insert.execute(&direct_params!["a"]) {
            Err(rusqlite::Error::SqliteFailure(e, Some(message))) => {
                assert_eq!(e.code, rusqlite::ErrorCode::ConstraintViolation);
                assert!(message.contains("UNIQUE"), "{message}");
            }
            other => panic!("expected a constraint violation, got {other:?}"),
        }
        assert!(matches!(insert.execute(&[]), Err(rusqlite::Error::InvalidParameterCount(0, 1))));
        insert.execute(&direct_params!["b"]).unwrap();
        let n: i64 = conn.query_row("SELECT COUNT(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 2);
        let mut select = DirectStatement::prepare(&conn, "SELECT name FROM t").unwrap();
        assert!(matches!(select.execute(&[]), Err(rusqlite::Error::ExecuteReturnedResults)));
        assert!(DirectStatement::prepare(&conn, "INSERT INTO nowhere VALUES (1)").is_err());
        assert!(matches!(
            DirectStatement::prepare(&conn, "DELETE FROM t; DELETE FROM t"),
            Err(rusqlite::Error::MultipleStatement)
        ));
    }
}
