//! Answers that cost a pass over the store (the counts, the actors, the
//! places, the datasets of the whole-store analyses), kept while the store
//! does not change. A change is seen from the store file and its WAL (size
//! and modification time: any commit, from this server or another process,
//! changes them) and from this server's own write counter; reading them
//! costs a `stat`, not a query. One computation per key at a time: requests
//! arriving meanwhile wait for its answer instead of scanning again.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use vigie_store::Store;

use crate::error::ApiError;
use crate::pool::{Stamp, StorePool};

/// At most this many answers are kept; whole-store datasets at most `MAX_DATASETS`.
const MAX_ENTRIES: usize = 64;
const MAX_DATASETS: usize = 3;
/// Keys of whole-store datasets start with this.
pub const DATASET_PREFIX: &str = "dataset:";

type Value = Arc<dyn Any + Send + Sync>;

#[derive(Default)]
struct Inner {
    stamp: Option<Stamp>,
    values: HashMap<String, Value>,
    flights: HashMap<String, Arc<tokio::sync::Mutex<()>>>,
}

#[derive(Default)]
pub struct Cache {
    inner: Mutex<Inner>,
}

impl Cache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The cached value of `key` for the store as it is now, if any.
    fn lookup<T: Send + Sync + 'static>(&self, now: &Stamp, key: &str) -> Option<Arc<T>> {
        let mut inner = self.lock();
        if inner.stamp.as_ref() != Some(now) {
            inner.stamp = Some(now.clone());
            inner.values.clear();
            return None;
        }
        inner
            .values
            .get(key)
            .cloned()
            .and_then(|v| v.downcast::<T>().ok())
    }

    fn flight(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        Arc::clone(self.lock().flights.entry(key.to_string()).or_default())
    }

    fn keep(&self, computed_at: &Stamp, key: String, value: Value) {
        let mut inner = self.lock();
        // A write during the computation: the answer is already stale.
        if inner.stamp.as_ref() != Some(computed_at) {
            return;
        }
        if key.starts_with(DATASET_PREFIX) {
            let datasets: Vec<String> = inner
                .values
                .keys()
                .filter(|k| k.starts_with(DATASET_PREFIX))
                .cloned()
                .collect();
            if datasets.len() >= MAX_DATASETS {
                for k in datasets {
                    inner.values.remove(&k);
                }
            }
        }
        if inner.values.len() >= MAX_ENTRIES {
            inner.values.clear();
        }
        inner.values.insert(key, value);
    }

    /// The value of `key`, computed by `compute` on a read connection when
    /// the store changed since it was last computed (or it never was).
    pub async fn get<T, F>(
        &self,
        pool: &Arc<StorePool>,
        key: String,
        compute: F,
    ) -> Result<Arc<T>, ApiError>
    where
        T: Send + Sync + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let now = pool.stamp();
        if let Some(hit) = self.lookup::<T>(&now, &key) {
            return Ok(hit);
        }
        let flight = self.flight(&key);
        let _only_one = flight.lock().await;
        // Computed by the request this one waited for?
        let now = pool.stamp();
        if let Some(hit) = self.lookup::<T>(&now, &key) {
            return Ok(hit);
        }
        let value = Arc::new(pool.read(compute).await?);
        self.keep(&now, key, Arc::clone(&value) as Value);
        Ok(value)
    }
}
