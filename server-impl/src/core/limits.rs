//! Limits on what one request may ask for, checked before the work.

use super::CoreError;
use joule_db::timegrid::{self, Interval};

/// Limits on what one request may ask for.
#[derive(Debug, Clone)]
pub struct Limits {
    /// The most values one write request may carry (413 beyond).
    pub max_batch: usize,
    /// How long a request waits for a database connection before a 503.
    pub db_wait: std::time::Duration,
    /// Threads committing value writes in groups (one suits SQLite).
    pub writer_threads: usize,
    /// The most datapoints one read may name (`datapoint_ids`).
    pub max_series: usize,
    /// The most values (buckets × series) one aggregate read may produce: what it
    /// holds in memory grows with this, so it is checked before any work.
    pub max_cells: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_batch: 100_000,
            db_wait: std::time::Duration::from_secs(5),
            writer_threads: 1,
            max_series: 100,
            max_cells: 500_000,
        }
    }
}

impl Limits {
    /// Checks the `datapoint_ids` of a read: between one and `max_series` ids,
    /// none named twice (a repeated id would repeat all of its work).
    pub fn datapoint_ids(&self, ids: &[i64]) -> Result<(), CoreError> {
        if ids.is_empty() || ids.len() > self.max_series {
            return Err(CoreError::bad_input(
                "datapoint_ids",
                format!(
                    "{} ids given; give between 1 and {} (max_series_per_request), \
                     and split larger sets over several requests",
                    ids.len(),
                    self.max_series
                ),
            ));
        }
        let mut seen = std::collections::HashSet::with_capacity(ids.len());
        if let Some(twice) = ids.iter().find(|id| !seen.insert(**id)) {
            return Err(CoreError::bad_input(
                "datapoint_ids",
                format!("datapoint {twice} is named more than once; name each datapoint once"),
            ));
        }
        Ok(())
    }

    /// Checks the size of an aggregate read of `series` datapoints on the grid of
    /// `interval` over `[from, to)`, before the grid is built or anything is read.
    /// Answers why it is too large, naming the limit and how to narrow the request.
    pub fn cells(
        &self,
        from: i64,
        to: i64,
        interval: Interval,
        series: usize,
    ) -> Result<(), String> {
        let buckets = timegrid::bucket_bound(from, to, interval);
        let series = series.max(1) as u64;
        let cells = buckets.saturating_mul(series);
        if cells <= self.max_cells as u64 {
            return Ok(());
        }
        Err(format!(
            "up to {buckets} buckets × {series} series = {cells} values, more than the \
             {} of max_cells_per_request; choose a longer interval, a shorter range \
             (at most {} buckets for {series} series) or fewer datapoints, and page \
             through a long range in several requests",
            self.max_cells,
            self.max_cells as u64 / series
        ))
    }
}
