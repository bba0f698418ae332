//! Rows 10 and 11: the energy analytics reads. Daily `increase` over a year of
//! 1-minute counter data, and a `/timeseries` table of 10 datapoints over a month
//! at 15 minutes.

use crate::{
    describe, rfc3339, send_batches, thousands, values_body, Conn, Errors, Plan, Row, Selection,
    Target, API, BATCH, INGEST_CONNECTIONS, YEAR_END, YEAR_START,
};
use anyhow::Result;
use bytes::Bytes;
use hyper::Method;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

/// Requests timed per row; the median is reported.
const RUNS: usize = 10;
/// Datapoints of the table row.
const TABLE_SERIES: usize = 10;
/// The month of the table row: December 2025.
const MONTH_START: i64 = YEAR_END - 31 * 86_400;

/// Creates a numeric datapoint of `kind`; answers its id.
async fn create(conn: &mut Conn, key: &str, kind: &str) -> Result<i64> {
    super::create_datapoint_of_kind(conn, key, kind).await
}

/// Writes `points` (unix seconds, value) to datapoint `id` in batches.
async fn write(
    addr: SocketAddr,
    id: i64,
    points: impl Iterator<Item = (i64, f64)>,
) -> Result<Errors> {
    let points: Vec<(i64, f64)> = points.collect();
    let batches: Vec<(String, Bytes)> = points
        .chunks(BATCH)
        .map(|chunk| {
            (
                format!("{API}/datapoints/{id}/values"),
                values_body(chunk.iter().copied()),
            )
        })
        .collect();
    let (_, errors) = send_batches(addr, Arc::new(batches), INGEST_CONNECTIONS).await?;
    Ok(errors)
}

/// GETs `path` [`RUNS`] times one after another; checks the first answer with
/// `check`; answers the sorted times in milliseconds.
async fn timed(
    conn: &mut Conn,
    path: &str,
    errors: &mut Errors,
    check: impl Fn(&serde_json::Value) -> Result<(), String>,
) -> Vec<f64> {
    let mut times = Vec::with_capacity(RUNS);
    for i in 0..RUNS {
        let sent = Instant::now();
        let result = conn.get(path).await;
        let took = sent.elapsed();
        if let Some(answer) = errors.check(&Method::GET, path, &[], result) {
            times.push(took.as_secs_f64() * 1000.0);
            if i == 0 {
                let checked = serde_json::from_slice::<serde_json::Value>(&answer)
                    .map_err(|e| e.to_string())
                    .and_then(|json| check(&json));
                if let Err(why) = checked {
                    errors.record(describe(&Method::GET, path, &[]), why);
                }
            }
        }
    }
    times.sort_by(f64::total_cmp);
    times
}

/// The median of sorted times, and the result text with the extremes.
pub(crate) fn median(times: &[f64]) -> (f64, String) {
    let median = if times.is_empty() {
        f64::NAN
    } else if times.len() % 2 == 1 {
        times[times.len() / 2]
    } else {
        (times[times.len() / 2 - 1] + times[times.len() / 2]) / 2.0
    };
    let text = format!(
        "{median:.1} ms (min {:.1}, max {:.1})",
        times.first().copied().unwrap_or(f64::NAN),
        times.last().copied().unwrap_or(f64::NAN)
    );
    (median, text)
}

/// Row 10: a meter's counter, a reading a minute for a year (reset once, in July),
/// then daily `increase` over the year.
pub(crate) async fn daily_increase(conn: &mut Conn, addr: SocketAddr, plan: &Plan) -> Result<Row> {
    let points = plan.year_points;
    eprintln!("10. writing {points} 1-minute counter readings");
    let id = create(conn, "bench/meter", "counter").await?;
    let reset = points / 2;
    let readings = (0..points).map(|k| {
        let kwh = if k < reset { k } else { k - reset };
        (YEAR_START + 60 * k as i64, kwh as f64 * 0.25)
    });
    let mut errors = write(addr, id, readings).await?;
    let days = points.div_ceil(1440);
    let path = format!(
        "{API}/datapoints/{id}/aggregate?from={}&to={}&interval=1d&function=increase",
        rfc3339(YEAR_START),
        rfc3339(YEAR_END)
    );
    eprintln!("    aggregating {RUNS} times");
    let times = timed(conn, &path, &mut errors, |json| {
        let got = json["buckets"].as_array().map(Vec::len);
        (got == Some(days))
            .then_some(())
            .ok_or(format!("expected {days} buckets, got {got:?}"))
    })
    .await;
    let (figure, result) = median(&times);
    Ok(Row {
        number: Selection::number("increase"),
        what: format!(
            "daily increase over a year of 1-minute counter data ({} points → {days} buckets), median of {RUNS}",
            thousands(points as f64)
        ),
        result,
        figure,
        target: Some((Target::AtMost(25.0), "≤ 25 ms")),
        errors,
    })
}

/// Row 11: 10 datapoints with a value a minute for a month, read as one
/// `/timeseries` table of 15-minute means.
pub(crate) async fn month_table(conn: &mut Conn, addr: SocketAddr, plan: &Plan) -> Result<Row> {
    let minutes = (plan.year_points * 31 / 365).max(60);
    eprintln!("11. writing {TABLE_SERIES} × {minutes} 1-minute points");
    let mut ids = Vec::with_capacity(TABLE_SERIES);
    let mut errors = Errors::default();
    for n in 0..TABLE_SERIES {
        let id = create(conn, &format!("bench/table/{n}"), "gauge").await?;
        let values = (0..minutes).map(|k| (MONTH_START + 60 * k as i64, crate::sample_value(n, k)));
        errors.merge(write(addr, id, values).await?);
        ids.push(id.to_string());
    }
    let rows = minutes.div_ceil(15);
    let end = MONTH_START + 60 * minutes as i64;
    let path = format!(
        "{API}/timeseries?datapoint_ids={}&from={}&to={}&interval=15m&function=mean",
        ids.join(","),
        rfc3339(MONTH_START),
        rfc3339(end)
    );
    eprintln!("    reading the table {RUNS} times");
    let times = timed(conn, &path, &mut errors, |json| {
        let got = json["timestamps"].as_array().map(Vec::len);
        (got == Some(rows))
            .then_some(())
            .ok_or(format!("expected {rows} rows, got {got:?}"))
    })
    .await;
    let (figure, result) = median(&times);
    Ok(Row {
        number: Selection::number("table"),
        what: format!(
            "timeseries of {TABLE_SERIES} datapoints × {} 1-minute points at 15 minutes ({} rows), median of {RUNS}",
            thousands(minutes as f64),
            thousands(rows as f64)
        ),
        result,
        figure,
        target: None,
        errors,
    })
}
