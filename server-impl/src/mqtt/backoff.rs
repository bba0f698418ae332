//! Pauses between reconnects: doubling from 100 ms up to 5 s, back to the start once
//! connected.

use std::time::Duration;

pub const FIRST: Duration = Duration::from_millis(100);
pub const CAP: Duration = Duration::from_secs(5);

#[derive(Debug)]
pub struct Backoff {
    next: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff { next: FIRST }
    }
}

impl Backoff {
    /// The pause to take now; the following one is twice as long, up to the cap.
    pub fn next(&mut self) -> Duration {
        let now = self.next;
        self.next = (self.next * 2).min(CAP);
        now
    }

    pub fn reset(&mut self) {
        self.next = FIRST;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_double_up_to_the_cap_and_reset() {
        let mut b = Backoff::default();
        let pauses: Vec<u128> = (0..8).map(|_| b.next().as_millis()).collect();
        assert_eq!(pauses, [100, 200, 400, 800, 1600, 3200, 5000, 5000]);
        b.reset();
        assert_eq!(b.next(), FIRST);
    }
}
