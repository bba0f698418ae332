//! Request metrics, recorded once per request by the front door: a count by
//! operationId and status, and a latency histogram by operationId.
//!
//! The handles are taken from the recorder once: a row per operation of the route
//! table (by [`Operation::index`]), and in each row a counter per common status,
//! registered on first use. Recording a request is then an index, an atomic add
//! and a histogram push, with no allocation.

use super::names;
use crate::http::routes::{Operation, RouteTable};
use metrics::{Counter, Histogram};
use std::sync::OnceLock;
use std::time::Duration;

/// The statuses Joule answers; any other is registered when it happens.
const STATUSES: [u16; 20] = [
    101, 200, 201, 204, 301, 304, 400, 401, 403, 404, 405, 406, 408, 409, 413, 415, 422, 429, 500,
    503,
];
const STATUS_TEXT: [&str; 20] = [
    "101", "200", "201", "204", "301", "304", "400", "401", "403", "404", "405", "406", "408",
    "409", "413", "415", "422", "429", "500", "503",
];

/// The operation label of a request that matched no route.
pub const UNMATCHED: &str = "unmatched";

struct Row {
    operation: String,
    latency: Histogram,
    statuses: [OnceLock<Counter>; STATUSES.len()],
}

impl Row {
    fn new(operation: &str) -> Row {
        Row {
            operation: operation.to_string(),
            latency: metrics::histogram!(names::REQUEST_DURATION, "operation" => operation.to_string()),
            statuses: Default::default(),
        }
    }

    fn count(&self, status: u16) {
        match STATUSES.iter().position(|s| *s == status) {
            Some(i) => self.statuses[i]
                .get_or_init(|| {
                    metrics::counter!(names::REQUESTS, "operation" => self.operation.clone(), "status" => STATUS_TEXT[i])
                })
                .increment(1),
            None => metrics::counter!(
                names::REQUESTS,
                "operation" => self.operation.clone(),
                "status" => status.to_string()
            )
            .increment(1),
        }
    }
}

/// One row per operation of the route table, and one for unmatched requests.
pub struct RequestMetrics {
    rows: Vec<Row>,
}

impl RequestMetrics {
    pub fn new(routes: &RouteTable) -> RequestMetrics {
        let mut rows: Vec<Row> = routes.operations().map(|o| Row::new(&o.id)).collect();
        rows.push(Row::new(UNMATCHED));
        RequestMetrics { rows }
    }

    /// Records one answered request; `operation` is `None` when no route matched.
    pub fn record(&self, operation: Option<&Operation>, status: u16, elapsed: Duration) {
        let last = self.rows.len() - 1;
        let row = &self.rows[operation.map_or(last, |o| o.index.min(last))];
        row.count(status);
        row.latency.record(elapsed.as_secs_f64());
    }
}
