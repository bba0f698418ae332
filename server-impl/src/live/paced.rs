//! Committed changes for one live connection, taken in bursts.
//!
//! A connection woken for every committed batch costs a task wake-up and a socket
//! write per batch: with a thousand subscribers and a thousand single-value writes
//! a second, a million of each. After a burst, a connection rests for a short
//! window (`[stream] coalesce_ms`) without listening; what is committed meanwhile
//! waits in the hub's buffer and goes out together at the end of the window, in
//! one wake-up and one write. A quiet connection is not delayed: the first change
//! after a rest is taken at once.

use joule_db::committed::Change;
use std::time::Duration;
use tokio::sync::broadcast::error::{RecvError, TryRecvError};
use tokio::sync::broadcast::Receiver;
use tokio::time::Instant;

pub struct Paced {
    changes: Receiver<Change>,
    window: Duration,
    resting_until: Option<Instant>,
}

impl Paced {
    pub fn new(changes: Receiver<Change>, window: Duration) -> Paced {
        Paced {
            changes,
            window,
            resting_until: None,
        }
    }

    /// Waits for the end of the rest, then for a change, and returns it with every
    /// change already waiting behind it, in order. Cancel-safe: dropped while
    /// waiting, it loses nothing and keeps its rest.
    pub async fn burst(&mut self) -> Vec<Result<Change, RecvError>> {
        if let Some(until) = self.resting_until {
            tokio::time::sleep_until(until).await;
            self.resting_until = None;
        }
        let first = self.changes.recv().await;
        let mut burst = vec![first];
        loop {
            match self.changes.try_recv() {
                Ok(change) => burst.push(Ok(change)),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Lagged(n)) => burst.push(Err(RecvError::Lagged(n))),
                Err(TryRecvError::Closed) => {
                    burst.push(Err(RecvError::Closed));
                    break;
                }
            }
        }
        if !self.window.is_zero() {
            self.resting_until = Some(Instant::now() + self.window);
        }
        burst
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::sync::broadcast;

    fn deleted(id: i64) -> Change {
        Change::Deleted {
            origin: joule_db::committed::Origin::Local,
            datapoint_ids: vec![id].into(),
        }
    }

    fn ids(burst: &[Result<Change, RecvError>]) -> Vec<i64> {
        burst
            .iter()
            .map(|c| match c {
                Ok(Change::Deleted { datapoint_ids, .. }) => datapoint_ids[0],
                other => panic!("unexpected {other:?}"),
            })
            .collect()
    }

    #[tokio::test(start_paused = true)]
    async fn a_quiet_connection_takes_a_change_at_once_and_later_ones_after_its_rest() {
        let (hub, rx) = broadcast::channel(16);
        let mut paced = Paced::new(rx, Duration::from_millis(10));
        hub.send(deleted(1)).unwrap();
        let start = Instant::now();
        assert_eq!(ids(&paced.burst().await), [1]);
        assert_eq!(start.elapsed(), Duration::ZERO);
        // Committed during the rest: taken together when it ends, in order.
        hub.send(deleted(2)).unwrap();
        hub.send(deleted(3)).unwrap();
        assert_eq!(ids(&paced.burst().await), [2, 3]);
        assert_eq!(start.elapsed(), Duration::from_millis(10));
        // After a quiet spell longer than the rest, no wait.
        tokio::time::sleep(Duration::from_millis(50)).await;
        hub.send(deleted(4)).unwrap();
        let before = Instant::now();
        assert_eq!(ids(&paced.burst().await), [4]);
        assert_eq!(before.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn a_burst_dropped_during_its_rest_loses_nothing() {
        let (hub, rx) = broadcast::channel(16);
        let mut paced = Paced::new(rx, Duration::from_millis(10));
        hub.send(deleted(1)).unwrap();
        paced.burst().await;
        hub.send(deleted(2)).unwrap();
        let cut = tokio::time::timeout(Duration::from_millis(5), paced.burst()).await;
        assert!(cut.is_err(), "still resting after 5 ms");
        assert_eq!(ids(&paced.burst().await), [2]);
    }

    #[tokio::test]
    async fn a_closed_hub_ends_the_burst() {
        let (hub, rx) = broadcast::channel(16);
        let mut paced = Paced::new(rx, Duration::ZERO);
        hub.send(deleted(1)).unwrap();
        drop(hub);
        let burst = paced.burst().await;
        assert!(matches!(burst.last(), Some(Err(RecvError::Closed))));
    }
}
