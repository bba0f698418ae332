//! The metric names, each described once; docs/production.md lists them, and
//! docker/grafana-dashboard.json plots them.

use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};

pub const REQUESTS: &str = "joule_http_requests_total";
pub const REQUEST_DURATION: &str = "joule_http_request_duration_seconds";
pub const VALUES_WRITTEN: &str = "joule_values_written_total";
pub const BATCHES_REJECTED: &str = "joule_batches_rejected_total";
// Recorded by the value writer of joule-db.
pub const WRITE_GROUP_BATCHES: &str = joule_db::writer::GROUP_BATCHES_METRIC;
pub const WRITE_GROUP_ROWS: &str = joule_db::writer::GROUP_ROWS_METRIC;
pub const COMMIT_DURATION: &str = joule_db::writer::COMMIT_DURATION_METRIC;
pub const POOL_CONNECTIONS: &str = "joule_db_pool_connections";
pub const POOL_MAX: &str = "joule_db_pool_max_connections";
pub const POOL_WAITS: &str = "joule_db_pool_waits_total";
pub const POOL_TIMEOUTS: &str = "joule_db_pool_timeouts_total";
pub const LOGIN_FAILURES: &str = "joule_login_failures_total";
pub const LOGIN_THROTTLED: &str = "joule_login_throttled_total";
pub const LIVE_SUBSCRIBERS: &str = "joule_live_subscribers";
pub const RESIDENT_MEMORY: &str = "process_resident_memory_bytes";

pub(super) fn describe() {
    describe_counter!(
        REQUESTS,
        "HTTP requests answered, by operationId and status"
    );
    describe_histogram!(
        REQUEST_DURATION,
        Unit::Seconds,
        "Time to answer an HTTP request (to the response head), by operationId"
    );
    describe_counter!(
        VALUES_WRITTEN,
        "Values committed, by source (http, mqtt, webhook, import)"
    );
    describe_counter!(
        BATCHES_REJECTED,
        "Value batches refused as a whole, by source"
    );
    describe_histogram!(
        WRITE_GROUP_BATCHES,
        "Batches committed together by the value writer"
    );
    describe_histogram!(
        WRITE_GROUP_ROWS,
        "Rows committed together by the value writer"
    );
    describe_histogram!(
        COMMIT_DURATION,
        Unit::Seconds,
        "Time to write and commit one group of value batches"
    );
    describe_gauge!(
        POOL_CONNECTIONS,
        "Database connections of the pool, by state (in_use, idle)"
    );
    describe_gauge!(POOL_MAX, "Database connections the pool may open");
    describe_counter!(
        POOL_WAITS,
        "Database work that had to wait for a free connection"
    );
    describe_counter!(
        POOL_TIMEOUTS,
        "Database work refused (503) because no connection was free in time"
    );
    describe_counter!(
        LOGIN_FAILURES,
        "Sign-ins refused for a wrong name or password"
    );
    describe_counter!(
        LOGIN_THROTTLED,
        "Sign-ins refused after too many failures (429)"
    );
    describe_gauge!(
        LIVE_SUBSCRIBERS,
        "Open live connections, by kind (websocket, sse)"
    );
    describe_gauge!(
        RESIDENT_MEMORY,
        Unit::Bytes,
        "Resident memory of the process"
    );
}

/// The `source` label of values written and batches rejected.
pub fn source_label(source: joule_db::committed::Source) -> &'static str {
    use joule_db::committed::Source;
    match source {
        Source::Http => "http",
        Source::Mqtt => "mqtt",
        Source::Webhook => "webhook",
        Source::Import => "import",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [&str; 15] = [
        REQUESTS,
        REQUEST_DURATION,
        VALUES_WRITTEN,
        BATCHES_REJECTED,
        WRITE_GROUP_BATCHES,
        WRITE_GROUP_ROWS,
        COMMIT_DURATION,
        POOL_CONNECTIONS,
        POOL_MAX,
        POOL_WAITS,
        POOL_TIMEOUTS,
        LOGIN_FAILURES,
        LOGIN_THROTTLED,
        LIVE_SUBSCRIBERS,
        RESIDENT_MEMORY,
    ];

    /// The metric names a text mentions (`joule_…`), histogram series reduced to
    /// their metric.
    fn mentioned(text: &str) -> Vec<String> {
        let mut names: Vec<String> = text
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| w.starts_with("joule_") && w.len() > "joule_".len())
            .map(|w| {
                let w = ["_bucket", "_sum", "_count"]
                    .iter()
                    .find_map(|s| w.strip_suffix(s))
                    .unwrap_or(w);
                w.to_string()
            })
            .collect();
        names.sort();
        names.dedup();
        names
    }

    #[test]
    fn the_dashboard_and_the_docs_name_only_metrics_that_exist() {
        let dashboard = include_str!("../../../docker/grafana-dashboard.json");
        let production = include_str!("../../../docs/production.md");
        let section = production
            .split("\n## Metrics\n")
            .nth(1)
            .expect("a Metrics section");
        let docs = section.split("\n## ").next().unwrap_or(section);
        for name in mentioned(dashboard).iter().chain(&mentioned(docs)) {
            assert!(ALL.contains(&name.as_str()), "{name} is not a metric");
        }
        for name in ALL {
            assert!(
                docs.contains(name),
                "docs/production.md does not list {name}"
            );
        }
    }
}
