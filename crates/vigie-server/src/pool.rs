//! Store connections for async handlers. A SQLite connection is used by one
//! thread at a time and its calls block, so every store call runs on
//! tokio's blocking pool: readers borrow one of a few connections (opened on
//! demand, kept for reuse, their number bounded by a semaphore), and all
//! writes go through the single writer connection, one batch at a time. WAL
//! mode lets readers go on while a batch is written, and they never see half
//! of one.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use tokio::sync::Semaphore;
use vigie_store::Store;

use crate::error::ApiError;

pub struct StorePool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    readers: Semaphore,
    writer: Mutex<Option<Store>>,
    /// Batches this server wrote.
    writes: AtomicU64,
}

/// What the store files look like: size and modification time of the
/// database and its WAL, and this server's write count. Any commit changes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    files: [Option<(u64, Option<SystemTime>)>; 2],
    writes: u64,
}

fn file_stamp(path: &Path) -> Option<(u64, Option<SystemTime>)> {
    std::fs::metadata(path)
        .ok()
        .map(|m| (m.len(), m.modified().ok()))
}

impl StorePool {
    pub fn new(path: PathBuf, max_readers: usize) -> StorePool {
        StorePool {
            path,
            idle: Mutex::new(Vec::new()),
            readers: Semaphore::new(max_readers.max(1)),
            writer: Mutex::new(None),
            writes: AtomicU64::new(0),
        }
    }

    /// The store's current [`Stamp`] (two `stat` calls).
    pub fn stamp(&self) -> Stamp {
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        Stamp {
            files: [file_stamp(&self.path), file_stamp(Path::new(&wal))],
            writes: self.writes.load(Ordering::SeqCst),
        }
    }

    /// Runs `f` on a read connection, off the async threads.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let _permit = self
            .readers
            .acquire()
            .await
            .map_err(|_| ApiError::internal("the store is closing"))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let store = match pool.idle.lock().unwrap_or_else(|p| p.into_inner()).pop() {
                Some(s) => s,
                None => Store::open(&pool.path)?,
            };
            let result = f(&store);
            pool.idle
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(store);
            result
        })
        .await
        .map_err(|e| ApiError::internal(format!("a store read failed: {e}")))?
    }

    /// Runs `f` on the writer connection, off the async threads; writes are
    /// serialised (one batch at a time in this process).
    pub async fn write<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, ApiError> + Send + 'static,
    {
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut guard = pool.writer.lock().unwrap_or_else(|p| p.into_inner());
            if guard.is_none() {
                *guard = Some(Store::open(&pool.path)?);
            }
            let store = guard
                .as_mut()
                .ok_or_else(|| ApiError::internal("no writer connection"))?;
            let result = f(store);
            pool.writes.fetch_add(1, Ordering::SeqCst);
            result
        })
        .await
        .map_err(|e| ApiError::internal(format!("a store write failed: {e}")))?
    }
}
