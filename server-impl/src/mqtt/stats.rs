//! The bridge's counters (read by whoever reports on the bridge, e.g. a metrics
//! endpoint) and a log that stays readable when a device floods bad messages.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Counters since start; each only grows.
#[derive(Debug, Default)]
pub struct Stats {
    /// Messages received on Joule's topics.
    pub received: AtomicU64,
    /// Messages whose values were committed.
    pub stored: AtomicU64,
    /// Values committed from those messages.
    pub values_stored: AtomicU64,
    /// Messages refused as bad (not stored, acknowledged, reported).
    pub refused: AtomicU64,
    /// Attempts to store a message that found the database unavailable (retried).
    pub store_retries: AtomicU64,
    /// Connections to the broker made (the first and every reconnect).
    pub connects: AtomicU64,
    /// Connection errors (each followed by a reconnect after a pause).
    pub connection_errors: AtomicU64,
    /// Refusals published to `{prefix}/errors`.
    pub errors_published: AtomicU64,
    /// Values published to `{prefix}/out/datapoints/{key}`.
    pub values_published: AtomicU64,
    /// Reports or values that could not be handed to the publishing connection
    /// (it was down with its queue full, or fell behind the commits).
    pub publish_dropped: AtomicU64,
}

/// A copy of the counters at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Snapshot {
    pub received: u64,
    pub stored: u64,
    pub values_stored: u64,
    pub refused: u64,
    pub store_retries: u64,
    pub connects: u64,
    pub connection_errors: u64,
    pub errors_published: u64,
    pub values_published: u64,
    pub publish_dropped: u64,
}

impl Stats {
    pub fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }

    pub fn snapshot(&self) -> Snapshot {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        Snapshot {
            received: get(&self.received),
            stored: get(&self.stored),
            values_stored: get(&self.values_stored),
            refused: get(&self.refused),
            store_retries: get(&self.store_retries),
            connects: get(&self.connects),
            connection_errors: get(&self.connection_errors),
            errors_published: get(&self.errors_published),
            values_published: get(&self.values_published),
            publish_dropped: get(&self.publish_dropped),
        }
    }
}

/// Lets `burst` lines through per `window`, then counts what it held back and says
/// so with the next line let through.
pub struct LimitedLog {
    burst: u32,
    window: Duration,
    state: Mutex<(Instant, u32, u64)>,
}

impl LimitedLog {
    pub fn new(burst: u32, window: Duration) -> LimitedLog {
        LimitedLog {
            burst,
            window,
            state: Mutex::new((Instant::now(), 0, 0)),
        }
    }

    /// Whether a line may be logged now; when lines were held back, how many.
    pub fn allow(&self) -> Option<u64> {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (started, used, held) = &mut *state;
        if started.elapsed() >= self.window {
            *started = Instant::now();
            *used = 0;
        }
        if *used < self.burst {
            *used += 1;
            Some(std::mem::take(held))
        } else {
            *held += 1;
            None
        }
    }

    pub fn warn(&self, message: std::fmt::Arguments<'_>) {
        match self.allow() {
            Some(0) => log::warn!(target: "joule_server::mqtt", "{message}"),
            Some(held) => {
                log::warn!(target: "joule_server::mqtt", "{message} ({held} similar lines held back)")
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_holds_back_a_flood_and_tells_how_much() {
        let log = LimitedLog::new(2, Duration::from_millis(50));
        assert_eq!(log.allow(), Some(0));
        assert_eq!(log.allow(), Some(0));
        assert_eq!(log.allow(), None);
        assert_eq!(log.allow(), None);
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(log.allow(), Some(2));
        assert_eq!(log.allow(), Some(0));
    }

    #[test]
    fn a_snapshot_copies_the_counters() {
        let stats = Stats::default();
        Stats::add(&stats.received, 3);
        Stats::add(&stats.refused, 1);
        let snap = stats.snapshot();
        assert_eq!((snap.received, snap.refused, snap.stored), (3, 1, 0));
    }
}
