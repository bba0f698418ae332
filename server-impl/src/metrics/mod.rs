//! Prometheus metrics: what the server counts, and the scrape endpoint that shows it.
//!
//! Instrumented code records through the `metrics` facade (`metrics::counter!` and
//! friends, names in [`names`]); until [`install`] sets the Prometheus recorder, every
//! record is a no-op, so a server without `[metrics] bind` pays nothing for them.
//! Requests are recorded in one place, the front door, through the fixed table of
//! [`requests::RequestMetrics`]. Gauges read from elsewhere (the pool, the process
//! memory) are refreshed when scraped ([`Scrape::render`]).

pub mod names;
pub mod requests;
pub mod serve;

use crate::core::Core;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Duration;

/// Seconds: from a fast read (a millisecond) to a slow import.
const SECONDS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];
/// Batches in one group commit of the value writer.
const BATCHES: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];
/// Rows in one group commit.
const ROWS: &[f64] = &[1.0, 10.0, 100.0, 1_000.0, 10_000.0, 100_000.0];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Sets the process-wide Prometheus recorder (once; later calls return the same
/// handle) and keeps its histograms drained, so that memory stays bounded between
/// scrapes. Call it before building the [`crate::App`]: the request table takes
/// its handles from the recorder in place then.
pub fn install() -> Result<PrometheusHandle, String> {
    if let Some(handle) = HANDLE.get() {
        return Ok(handle.clone());
    }
    let builder = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), SECONDS)
        .and_then(|b| {
            b.set_buckets_for_metric(Matcher::Full(names::WRITE_GROUP_BATCHES.into()), BATCHES)
        })
        .and_then(|b| b.set_buckets_for_metric(Matcher::Full(names::WRITE_GROUP_ROWS.into()), ROWS))
        .map_err(|e| e.to_string())?;
    let handle = builder.install_recorder().map_err(|e| e.to_string())?;
    names::describe();
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(5));
        loop {
            every.tick().await;
            upkeep.run_upkeep();
        }
    });
    Ok(HANDLE.get_or_init(|| handle).clone())
}

/// What a scrape reads: the recorder, and the core for the gauges read on demand.
#[derive(Clone)]
pub struct Scrape {
    pub handle: PrometheusHandle,
    pub core: Core,
}

impl Scrape {
    /// The text exposition format, with the pool and memory gauges read now.
    pub fn render(&self) -> String {
        let state = self.core.db.pool().state();
        let idle = f64::from(state.idle_connections);
        let in_use = f64::from(state.connections) - idle;
        metrics::gauge!(names::POOL_CONNECTIONS, "state" => "in_use").set(in_use);
        metrics::gauge!(names::POOL_CONNECTIONS, "state" => "idle").set(idle);
        metrics::gauge!(names::POOL_MAX).set(f64::from(self.core.db.pool().max_size()));
        if let Some(rss) = resident_bytes() {
            metrics::gauge!(names::RESIDENT_MEMORY).set(rss as f64);
        }
        self.handle.render()
    }
}

/// The resident set size of this process (Linux: `VmRSS` of /proc/self/status).
fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// One open live connection (WebSocket or event stream), counted while it lives.
pub struct LiveGauge(&'static str);

impl LiveGauge {
    pub fn open(kind: &'static str) -> LiveGauge {
        metrics::gauge!(names::LIVE_SUBSCRIBERS, "kind" => kind).increment(1.0);
        LiveGauge(kind)
    }
}

impl Drop for LiveGauge {
    fn drop(&mut self) {
        metrics::gauge!(names::LIVE_SUBSCRIBERS, "kind" => self.0).decrement(1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_resident_memory_is_read() {
        let rss = resident_bytes().expect("Linux has /proc/self/status");
        assert!(rss > 1024 * 1024, "{rss}");
    }
}
