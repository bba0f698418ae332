//! The latest value of each datapoint, kept in memory so that a latest read needs
//! no query once its datapoint has been read once.
//!
//! An entry is *filled* when a read found the datapoint in the store (its data
//! format, and its latest row if it has one); from then on it answers alone. Committed
//! points update an entry whichever comes first: a point replaces the cached one only
//! if its timestamp is not older, so a late point never hides a newer one, and the
//! order in which a read and a commit reach the cache does not matter. Points for a
//! datapoint not yet filled are kept as a hint that the next read merges with what it
//! finds in the store (a commit may land between that read's query and its fill).
//!
//! Deletions go the other way (the latest may move back), so they evict, and every
//! eviction advances an epoch: a fill or a write that began before an eviction does
//! not install what it saw, as it may be what was deleted. The cache holds at most one
//! entry per datapoint; deleted datapoints are evicted, and a hint whose datapoint
//! turns out unknown on its next read is dropped.

use joule_db::committed::{Change, Point};
use joule_db::queries::values::ValueRow;
use joule_db::DataFormat;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// Independent locks, so that reads and commits of different datapoints rarely meet.
const SHARDS: usize = 32;

/// The stored form of one value: a timestamp and the `num`/`txt` columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Top {
    pub ts: i64,
    pub num: Option<f64>,
    pub txt: Option<String>,
}

impl Top {
    fn of_point(point: &Point) -> Top {
        Top {
            ts: point.ts,
            num: point.num,
            txt: point.txt.clone(),
        }
    }

    fn of_row(row: ValueRow) -> Top {
        Top {
            ts: row.ts,
            num: row.num,
            txt: row.txt,
        }
    }
}

/// What a filled entry knows: the datapoint's format and its latest value, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Known {
    pub format: DataFormat,
    pub top: Option<Top>,
}

#[derive(Debug, Default)]
struct Entry {
    /// `None` until a read filled the entry from the store: only a hint till then.
    format: Option<DataFormat>,
    top: Option<Top>,
}

impl Entry {
    fn offer(&mut self, top: Top) {
        if self.top.as_ref().is_none_or(|held| top.ts >= held.ts) {
            self.top = Some(top);
        }
    }
}

/// The latest-value cache; cheap to clone (one shared map).
#[derive(Clone, Default)]
pub struct LatestCache {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    shards: [RwLock<HashMap<i64, Entry>>; SHARDS],
    epoch: AtomicU64,
}

/// The epoch at the start of a read or a write; see [`LatestCache::fill`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Epoch(u64);

impl LatestCache {
    pub fn new() -> LatestCache {
        LatestCache::default()
    }

    fn shard(&self, id: i64) -> usize {
        (id.unsigned_abs() % SHARDS as u64) as usize
    }

    fn read(&self, id: i64) -> RwLockReadGuard<'_, HashMap<i64, Entry>> {
        let shard = &self.inner.shards[self.shard(id)];
        // A panic while holding the lock cannot leave a map half-changed here.
        shard
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self, id: i64) -> RwLockWriteGuard<'_, HashMap<i64, Entry>> {
        let shard = &self.inner.shards[self.shard(id)];
        shard
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Take this before reading the store or writing values; pass it to
    /// [`LatestCache::fill`] or [`LatestCache::offer_since`].
    pub fn epoch(&self) -> Epoch {
        Epoch(self.inner.epoch.load(Ordering::SeqCst))
    }

    /// A filled entry's knowledge; `None` when the store must be read.
    pub fn get(&self, id: i64) -> Option<Known> {
        let map = self.read(id);
        let entry = map.get(&id)?;
        Some(Known {
            format: entry.format?,
            top: entry.top.clone(),
        })
    }

    /// Installs what a read found in the store (`row`: its latest value, if any),
    /// merged with what commits brought meanwhile; answers the merged knowledge.
    /// Nothing is installed when an eviction happened since `since` was taken.
    pub fn fill(&self, id: i64, format: DataFormat, row: Option<ValueRow>, since: Epoch) -> Known {
        let read = row.map(Top::of_row);
        let mut map = self.write(id);
        if self.epoch() != since {
            return Known { format, top: read };
        }
        let entry = map.entry(id).or_default();
        entry.format = Some(format);
        if let Some(top) = read {
            entry.offer(top);
        }
        Known {
            format,
            top: entry.top.clone(),
        }
    }

    /// Forgets a hint whose datapoint a read did not find.
    pub fn forget_unknown(&self, id: i64) {
        let mut map = self.write(id);
        if map.get(&id).is_some_and(|e| e.format.is_none()) {
            map.remove(&id);
        }
    }

    /// Applies committed points (any order; several per datapoint allowed).
    pub fn offer(&self, points: &[Point]) {
        for point in points {
            self.write(point.datapoint_id)
                .entry(point.datapoint_id)
                .or_default()
                .offer(Top::of_point(point));
        }
    }

    /// [`LatestCache::offer`] for a write that began at `since`; skipped when an
    /// eviction happened since (the change hub applies the write in commit order).
    pub fn offer_since(&self, points: &[Point], since: Epoch) {
        for point in points {
            let mut map = self.write(point.datapoint_id);
            if self.epoch() != since {
                return;
            }
            map.entry(point.datapoint_id)
                .or_default()
                .offer(Top::of_point(point));
        }
    }

    /// Drops what is held of these datapoints; their next read goes to the store.
    pub fn evict(&self, ids: &[i64]) {
        for &id in ids {
            let mut map = self.write(id);
            self.inner.epoch.fetch_add(1, Ordering::SeqCst);
            map.remove(&id);
        }
    }

    /// Drops everything (changes may have been missed).
    pub fn clear(&self) {
        self.inner.epoch.fetch_add(1, Ordering::SeqCst);
        for shard in &self.inner.shards {
            shard
                .write()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .clear();
        }
    }

    /// Entries held (filled or hints).
    pub fn len(&self) -> usize {
        self.inner
            .shards
            .iter()
            .map(|s| s.read().unwrap_or_else(|p| p.into_inner()).len())
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Applies one change from the hub.
    pub fn apply(&self, change: &Change) {
        match change {
            Change::Values { batch, .. } => self.offer(&tops(&batch.points)),
            Change::Deleted { datapoint_ids, .. } | Change::Redefined { datapoint_ids, .. } => {
                self.evict(datapoint_ids)
            }
            Change::Control { .. } | Change::ConnectorMap { .. } => {}
        }
    }
}

/// The newest point of each datapoint in `points` (the last of equal timestamps, as
/// the store keeps it); one entry per datapoint, without copying the batch.
pub fn tops(points: &[Point]) -> Vec<Point> {
    let mut tops: Vec<Point> = Vec::new();
    let mut slot: HashMap<i64, usize> = HashMap::new();
    for point in points {
        // Batches usually hold one datapoint or runs of one: check the last first.
        let at = match tops.last() {
            Some(last) if last.datapoint_id == point.datapoint_id => Some(tops.len() - 1),
            _ => slot.get(&point.datapoint_id).copied(),
        };
        match at {
            Some(i) if point.ts >= tops[i].ts => tops[i] = point.clone(),
            Some(_) => {}
            None => {
                slot.insert(point.datapoint_id, tops.len());
                tops.push(point.clone());
            }
        }
    }
    tops
}

/// Keeps `cache` following the hub until the hub closes. Subscribed by the caller
/// (before any write can be answered), so no change is missed; a lag clears the
/// cache, which is then filled again from the store.
pub async fn follow(cache: LatestCache, mut changes: tokio::sync::broadcast::Receiver<Change>) {
    use tokio::sync::broadcast::error::RecvError;
    loop {
        match changes.recv().await {
            Ok(change) => cache.apply(&change),
            Err(RecvError::Lagged(missed)) => {
                log::warn!("the latest-value cache missed {missed} change(s); cleared");
                cache.clear();
            }
            Err(RecvError::Closed) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(datapoint_id: i64, ts: i64, value: f64) -> Point {
        Point {
            datapoint_id,
            ts,
            num: Some(value),
            txt: None,
        }
    }

    fn row(ts: i64, value: f64) -> ValueRow {
        ValueRow {
            ts,
            num: Some(value),
            txt: None,
        }
    }

    fn top_of(known: Option<Known>) -> Option<(i64, Option<f64>)> {
        known.and_then(|k| k.top).map(|t| (t.ts, t.num))
    }

    #[test]
    fn an_older_point_never_replaces_a_newer_one() {
        let cache = LatestCache::new();
        let epoch = cache.epoch();
        cache.fill(1, DataFormat::GenericNumeric, Some(row(20, 2.0)), epoch);
        cache.offer(&[point(1, 10, 1.0)]);
        assert_eq!(top_of(cache.get(1)), Some((20, Some(2.0))));
        // The same timestamp again is a rewrite: it replaces.
        cache.offer(&[point(1, 20, 3.0), point(1, 30, 4.0), point(1, 25, 5.0)]);
        assert_eq!(top_of(cache.get(1)), Some((30, Some(4.0))));
    }

    #[test]
    fn a_fill_keeps_a_newer_commit_that_arrived_during_its_read() {
        let cache = LatestCache::new();
        let epoch = cache.epoch();
        // The read's query saw ts 10; a commit of ts 20 reached the cache first.
        cache.offer(&[point(1, 20, 2.0)]);
        assert_eq!(cache.get(1), None, "a hint alone does not answer");
        let known = cache.fill(1, DataFormat::GenericNumeric, Some(row(10, 1.0)), epoch);
        assert_eq!(known.top.map(|t| t.ts), Some(20));
        assert_eq!(top_of(cache.get(1)), Some((20, Some(2.0))));
        // And a store newer than the hint wins.
        cache.offer(&[point(2, 5, 0.5)]);
        cache.fill(
            2,
            DataFormat::GenericNumeric,
            Some(row(7, 0.7)),
            cache.epoch(),
        );
        assert_eq!(top_of(cache.get(2)), Some((7, Some(0.7))));
    }

    #[test]
    fn a_fill_or_write_that_began_before_an_eviction_installs_nothing() {
        let cache = LatestCache::new();
        let before = cache.epoch();
        cache.evict(&[1]);
        let known = cache.fill(1, DataFormat::GenericNumeric, Some(row(10, 1.0)), before);
        assert_eq!(known.top.map(|t| t.ts), Some(10), "the read still answers");
        assert_eq!(cache.get(1), None);
        cache.offer_since(&[point(1, 10, 1.0)], before);
        assert!(cache.is_empty());
        cache.offer_since(&[point(1, 10, 1.0)], cache.epoch());
        assert_eq!(cache.len(), 1);
    }

    #[test]
    fn evictions_and_clears_send_reads_back_to_the_store() {
        let cache = LatestCache::new();
        for id in 1..=3 {
            cache.fill(id, DataFormat::GenericNumeric, None, cache.epoch());
        }
        assert_eq!(
            cache.get(2),
            Some(Known {
                format: DataFormat::GenericNumeric,
                top: None
            })
        );
        cache.evict(&[2]);
        assert_eq!(cache.get(2), None);
        assert!(cache.get(1).is_some());
        cache.clear();
        assert!(cache.is_empty());
        cache.offer(&[point(9, 1, 1.0)]);
        cache.forget_unknown(9);
        assert!(cache.is_empty());
    }

    #[test]
    fn tops_keep_the_newest_point_of_each_datapoint() {
        let points = [
            point(1, 10, 1.0),
            point(2, 5, 2.0),
            point(1, 30, 3.0),
            point(1, 30, 4.0),
            point(1, 20, 5.0),
            point(2, 1, 6.0),
        ];
        assert_eq!(tops(&points), vec![point(1, 30, 4.0), point(2, 5, 2.0)]);
        assert!(tops(&[]).is_empty());
    }
}
