//! A bounded queue in front of one connection's socket. Values are offered
//! without waiting: when the reader is too slow and the queue is full, the value
//! message is dropped and counted, and the next one that fits is preceded by a
//! "lagged" notice with the count. The connection's memory stays bounded whatever
//! the reader does, and a write never waits for it.

use tokio::sync::mpsc;

/// The sending side; the connection's writer task holds the receiver.
pub struct Outbox<T> {
    tx: mpsc::Sender<T>,
    /// Value messages dropped since the last notice.
    dropped: u64,
}

/// The receiver ended: the connection is gone.
#[derive(Debug, PartialEq, Eq)]
pub struct Closed;

impl<T> Outbox<T> {
    /// A queue of `capacity` messages (at least 2: a notice and a value).
    pub fn new(capacity: usize) -> (Outbox<T>, mpsc::Receiver<T>) {
        let (tx, rx) = mpsc::channel(capacity.max(2));
        (Outbox { tx, dropped: 0 }, rx)
    }

    /// Counts `n` value messages as lost elsewhere (the change feed overran).
    pub fn lost(&mut self, n: u64) {
        self.dropped = self.dropped.saturating_add(n);
    }

    /// Queues a value message if there is room, after the notice of what was
    /// dropped before it (made by `notice`); otherwise drops and counts it.
    pub fn offer(&mut self, message: T, notice: impl FnOnce(u64) -> T) -> Result<(), Closed> {
        if self.dropped > 0 {
            // The notice and the value need two places; keep order by waiting for both.
            if self.tx.capacity() < 2 {
                self.dropped += 1;
                return if self.tx.is_closed() {
                    Err(Closed)
                } else {
                    Ok(())
                };
            }
            self.push(notice(self.dropped))?;
            self.dropped = 0;
        }
        match self.tx.try_send(message) {
            Ok(()) => Ok(()),
            Err(mpsc::error::TrySendError::Full(_)) => {
                self.dropped += 1;
                Ok(())
            }
            Err(mpsc::error::TrySendError::Closed(_)) => Err(Closed),
        }
    }

    /// Queues a message that may not be lost (a reply, an error), waiting for room.
    pub async fn send(&mut self, message: T) -> Result<(), Closed> {
        self.tx.send(message).await.map_err(|_| Closed)
    }

    /// Queues a message if there is room (a ping: a later one will do).
    pub fn try_send(&mut self, message: T) -> Result<(), Closed> {
        match self.tx.try_send(message) {
            Ok(()) | Err(mpsc::error::TrySendError::Full(_)) => Ok(()),
            Err(mpsc::error::TrySendError::Closed(_)) => Err(Closed),
        }
    }

    fn push(&mut self, message: T) -> Result<(), Closed> {
        match self.tx.try_send(message) {
            Ok(()) => Ok(()),
            Err(mpsc::error::TrySendError::Full(_)) => Ok(()),
            Err(mpsc::error::TrySendError::Closed(_)) => Err(Closed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_full_queue_drops_values_and_then_says_how_many() {
        let (mut out, mut rx) = Outbox::<String>::new(3);
        for i in 0..10 {
            out.offer(format!("v{i}"), |n| format!("lagged {n}"))
                .unwrap();
        }
        let mut got = Vec::new();
        while let Ok(m) = rx.try_recv() {
            got.push(m);
        }
        assert_eq!(got, ["v0", "v1", "v2"]);
        out.offer("v10".into(), |n| format!("lagged {n}")).unwrap();
        // v3..v9 dropped (7), then v10 arrives after the notice.
        assert_eq!(rx.try_recv().as_deref(), Ok("lagged 7"));
        // Batches the change feed lost count too.
        out.lost(2);
        out.offer("v11".into(), |n| format!("lagged {n}")).unwrap();
        // With one place left, a value and its notice do not fit: the value is counted.
        out.lost(1);
        out.offer("v12".into(), |n| format!("lagged {n}")).unwrap();
        let rest: Vec<String> = std::iter::from_fn(|| rx.try_recv().ok()).collect();
        assert_eq!(rest, ["v10", "lagged 2", "v11"]);
        out.offer("v13".into(), |n| format!("lagged {n}")).unwrap();
        let rest: Vec<String> = std::iter::from_fn(|| rx.try_recv().ok()).collect();
        assert_eq!(rest, ["lagged 2", "v13"]);
        drop(rx);
        assert_eq!(out.offer("x".into(), |n| format!("{n}")), Err(Closed));
    }
}
