//! Aggregates and tables, checked against values computed here independently.

use crate::datapoints::{create_datapoint, datapoint};
use crate::devices::create_device;
use crate::support::{at, TestApp, T0};
use crate::values::write;
use hyper::Method;
use joule_api::models::{AggregateFunction, Fill, Interval};
use joule_api::{DatapointAggregateResponse, TimeseriesResponse};
use serde_json::{json, Value};
use swagger::{Nullable, OneOf2};

fn time(seconds: i64) -> chrono::DateTime<chrono::Utc> {
    at(seconds).parse().unwrap()
}

async fn aggregate(
    app: &TestApp,
    id: i64,
    (from, to): (i64, i64),
    interval: Interval,
    function: AggregateFunction,
    fill: Fill,
) -> Vec<(i64, Option<f64>)> {
    let answer = app
        .client
        .datapoint_aggregate(
            id,
            time(from),
            time(to),
            interval,
            Some(&vec![function]),
            Some(fill),
            None,
        )
        .await
        .unwrap();
    match answer {
        DatapointAggregateResponse::Ok(result) => result
            .buckets
            .into_iter()
            .map(|b| {
                let v = match b.value {
                    Nullable::Present(v) => Some(v),
                    Nullable::Null => None,
                };
                let at = chrono::DateTime::parse_from_rfc3339(&b.timestamp).unwrap();
                (at.timestamp() - T0, v)
            })
            .collect(),
        other => panic!("{other:?}"),
    }
}

/// The test's own reference: per-bucket statistics over (seconds, value) points.
fn reference(
    points: &[(i64, f64)],
    start: i64,
    width: i64,
    buckets: i64,
    function: &str,
) -> Vec<(i64, Option<f64>)> {
    (0..buckets)
        .map(|b| {
            let (s, e) = (start + b * width, start + (b + 1) * width);
            let inside: Vec<f64> = points
                .iter()
                .filter(|(t, _)| *t >= s && *t < e)
                .map(|(_, v)| *v)
                .collect();
            let value = if function == "integral" {
                integral(points, s, e)
            } else if function == "count" {
                // An empty bucket counts 0 whatever the fill.
                Some(inside.len() as f64)
            } else if inside.is_empty() {
                None
            } else {
                Some(match function {
                    "mean" => inside.iter().sum::<f64>() / inside.len() as f64,
                    "min" => inside.iter().cloned().fold(f64::INFINITY, f64::min),
                    "max" => inside.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
                    "sum" => inside.iter().sum(),
                    "count" => inside.len() as f64,
                    "first" => inside[0],
                    "last" => inside[inside.len() - 1],
                    _ => unreachable!(),
                })
            };
            (s, value)
        })
        .collect()
}

/// ∫ of the piecewise-linear series over [s, e), in value × hours, by fine sampling
/// (a method independent of the server's trapezoid splitting).
fn integral(points: &[(i64, f64)], s: i64, e: i64) -> Option<f64> {
    let (first, last) = (points.first()?.0, points.last()?.0);
    if !points.iter().any(|(t, _)| *t >= s && *t < e) && (e <= first || s >= last) {
        return None;
    }
    let value_at = |t: f64| -> f64 {
        let i = points.partition_point(|(pt, _)| (*pt as f64) <= t);
        let (t0, v0) = points[i - 1];
        if i == points.len() {
            return v0;
        }
        let (t1, v1) = points[i];
        v0 + (v1 - v0) * (t - t0 as f64) / (t1 - t0) as f64
    };
    let (a, b) = (s.max(first) as f64, e.min(last) as f64);
    if b <= a {
        return Some(0.0);
    }
    let steps = 20_000;
    let h = (b - a) / steps as f64;
    let mut sum = 0.0;
    for k in 0..steps {
        let x = a + (k as f64 + 0.5) * h;
        sum += value_at(x) * h;
    }
    Some(sum / 3600.0)
}

fn close(a: &[(i64, Option<f64>)], b: &[(i64, Option<f64>)], what: &str) {
    assert_eq!(a.len(), b.len(), "{what}: {a:?} vs {b:?}");
    for ((ta, va), (tb, vb)) in a.iter().zip(b) {
        assert_eq!(ta, tb, "{what}");
        match (va, vb) {
            (Some(x), Some(y)) => assert!(
                (x - y).abs() <= 1e-6 * y.abs().max(1.0),
                "{what} at {ta}: {x} vs {y}"
            ),
            (None, None) => {}
            _ => panic!("{what} at {ta}: {va:?} vs {vb:?}"),
        }
    }
}

#[tokio::test]
async fn every_function_matches_an_independent_computation() {
    let app = TestApp::start().await;
    let id = create_datapoint(&app, datapoint("power", None)).await;
    // Irregular points over 5 hours, with an empty hour (02:00-03:00).
    let points: Vec<(i64, f64)> = (0..300)
        .map(|i| i * 61 + (i % 7) * 3)
        .filter(|t| !(7200..10800).contains(t))
        .map(|t| (t, ((t as f64) / 500.0).sin() * 100.0 + 150.0))
        .collect();
    let json: Vec<(i64, Value)> = points.iter().map(|(t, v)| (*t, json!(v))).collect();
    write(&app, id, &json).await;
    let functions = [
        (AggregateFunction::Mean, "mean"),
        (AggregateFunction::Min, "min"),
        (AggregateFunction::Max, "max"),
        (AggregateFunction::Sum, "sum"),
        (AggregateFunction::Count, "count"),
        (AggregateFunction::First, "first"),
        (AggregateFunction::Last, "last"),
        (AggregateFunction::Integral, "integral"),
    ];
    for (function, name) in functions {
        let got = aggregate(
            &app,
            id,
            (0, 6 * 3600),
            Interval::Variant1h,
            function,
            Fill::Null,
        )
        .await;
        let want = reference(&points, 0, 3600, 6, name);
        if name == "integral" {
            // The empty hour still lies between points: the line crosses it.
            assert!(got[2].1.is_some_and(|v| v > 0.0), "{got:?}");
        }
        close(&got, &want, name);
    }
    // 15-minute buckets, `from` off the grid: the first bucket starts on the grid but
    // counts only values from `from` on.
    let got = aggregate(
        &app,
        id,
        (600, 3600),
        Interval::Variant15m,
        AggregateFunction::Count,
        Fill::None,
    )
    .await;
    let inside = |s: i64, e: i64| {
        points
            .iter()
            .filter(|(t, _)| *t >= s.max(600) && *t < e)
            .count() as f64
    };
    assert_eq!(
        got,
        vec![
            (0, Some(inside(0, 900))),
            (900, Some(inside(900, 1800))),
            (1800, Some(inside(1800, 2700))),
            (2700, Some(inside(2700, 3600)))
        ]
    );
}

#[tokio::test]
async fn fills_treat_empty_buckets_as_asked() {
    let app = TestApp::start().await;
    let id = create_datapoint(&app, datapoint("p", None)).await;
    write(
        &app,
        id,
        &[(0, json!(10)), (600, json!(20)), (3 * 3600, json!(40))],
    )
    .await;
    let range = (0, 5 * 3600);
    let mean = |fill| {
        aggregate(
            &app,
            id,
            range,
            Interval::Variant1h,
            AggregateFunction::Mean,
            fill,
        )
    };
    assert_eq!(
        mean(Fill::None).await,
        vec![(0, Some(15.0)), (10800, Some(40.0))]
    );
    assert_eq!(
        mean(Fill::Null).await,
        vec![
            (0, Some(15.0)),
            (3600, None),
            (7200, None),
            (10800, Some(40.0)),
            (14400, None)
        ]
    );
    assert_eq!(
        mean(Fill::Previous).await,
        vec![
            (0, Some(15.0)),
            (3600, Some(15.0)),
            (7200, Some(15.0)),
            (10800, Some(40.0)),
            (14400, Some(40.0))
        ]
    );
    let linear = mean(Fill::Linear).await;
    close(
        &linear,
        &[
            (0, Some(15.0)),
            (3600, Some(15.0 + 25.0 / 3.0)),
            (7200, Some(15.0 + 50.0 / 3.0)),
            (10800, Some(40.0)),
            (14400, None),
        ],
        "linear",
    );
}

#[tokio::test]
async fn daily_buckets_follow_the_site_timezone_across_dst() {
    let app = TestApp::start().await;
    let site = match app
        .client
        .site_create({
            let mut s = crate::sites::site("Berlin");
            s.timezone = Some("Europe/Berlin".into());
            s
        })
        .await
        .unwrap()
    {
        joule_api::SiteCreateResponse::Created { body, .. } => body.id,
        other => panic!("{other:?}"),
    };
    let device = create_device(&app, site, "Meter").await;
    let id = create_datapoint(&app, datapoint("berlin/energy", Some(device))).await;
    let utc = create_datapoint(&app, datapoint("loose/energy", None)).await;
    // Hourly values of 1 from 2026-03-27 00:00Z to 2026-03-31 00:00Z; Berlin moves
    // from UTC+1 to UTC+2 on 2026-03-29 at 02:00 local.
    let start = 1_774_569_600 - T0; // 2026-03-27T00:00:00Z
    let hourly: Vec<(i64, Value)> = (0..96).map(|h| (start + h * 3600, json!(1))).collect();
    write(&app, id, &hourly).await;
    write(&app, utc, &hourly).await;

    let from = start + 23 * 3600; // 2026-03-27T23:00Z = 28 March 00:00 Berlin
    let to = start + 94 * 3600; // 2026-03-30T22:00Z = 31 March 00:00 Berlin
    let days = aggregate(
        &app,
        id,
        (from, to),
        Interval::Variant1d,
        AggregateFunction::Sum,
        Fill::None,
    )
    .await;
    let tz: chrono_tz::Tz = "Europe/Berlin".parse().unwrap();
    let local_midnight = |d: u32| {
        use chrono::TimeZone;
        tz.with_ymd_and_hms(2026, 3, d, 0, 0, 0)
            .unwrap()
            .timestamp()
            - T0
    };
    assert_eq!(
        days,
        vec![
            (local_midnight(28), Some(24.0)),
            (local_midnight(29), Some(23.0)),
            (local_midnight(30), Some(24.0)),
        ],
        "the DST day has 23 hours"
    );
    let answer = app
        .raw(
            Method::GET,
            &format!(
                "/datapoints/{id}/aggregate?from={}&to={}&interval=1d&function=sum",
                at(from),
                at(to)
            ),
            "",
        )
        .await;
    assert_eq!(answer.json()["timezone"], "Europe/Berlin");
    // A datapoint without a site aggregates days in UTC.
    let utc_days = aggregate(
        &app,
        utc,
        (start, start + 72 * 3600),
        Interval::Variant1d,
        AggregateFunction::Sum,
        Fill::None,
    )
    .await;
    assert_eq!(
        utc_days,
        vec![
            (start, Some(24.0)),
            (start + 86400, Some(24.0)),
            (start + 2 * 86400, Some(24.0))
        ]
    );
    let weeks = aggregate(
        &app,
        utc,
        (start, start + 96 * 3600),
        Interval::Variant1w,
        AggregateFunction::Count,
        Fill::None,
    )
    .await;
    assert_eq!(
        weeks,
        vec![
            (start - 4 * 86400, Some(72.0)),
            (start + 3 * 86400, Some(24.0))
        ],
        "weeks start on Monday"
    );
    let months = aggregate(
        &app,
        utc,
        (start, start + 96 * 3600),
        Interval::Variant1mo,
        AggregateFunction::Count,
        Fill::None,
    )
    .await;
    assert_eq!(
        months,
        vec![(1_772_323_200 - T0, Some(96.0))],
        "calendar month from 1 March"
    );
}

#[tokio::test]
async fn tables_align_several_datapoints_as_json_and_csv() {
    let app = TestApp::start().await;
    let a = create_datapoint(&app, datapoint("room/temp", None)).await;
    let b = create_datapoint(&app, datapoint("room,co2", None)).await;
    write(
        &app,
        a,
        &[(0, json!(20)), (1800, json!(22)), (7200, json!(25))],
    )
    .await;
    write(&app, b, &[(3600, json!(400)), (3700, json!(500))]).await;
    let answer = app
        .client
        .timeseries(
            &vec![a, b],
            time(0),
            time(4 * 3600),
            Interval::Variant1h,
            None,
            None,
            None,
        )
        .await
        .unwrap();
    let TimeseriesResponse::Ok(OneOf2::A(table)) = answer else {
        panic!("{answer:?}")
    };
    let stamps: Vec<_> = table
        .timestamps
        .iter()
        .map(|t| chrono::DateTime::parse_from_rfc3339(t).unwrap().timestamp() - T0)
        .collect();
    assert_eq!(
        stamps,
        [0, 3600, 7200],
        "rows where every series is empty are left out"
    );
    assert_eq!(table.series[0].key, "room/temp");
    assert_eq!(
        table.series[0].values,
        vec![
            Nullable::Present(json!(21.0)),
            Nullable::Null,
            Nullable::Present(json!(25.0))
        ]
    );
    assert_eq!(
        table.series[1].values,
        vec![
            Nullable::Null,
            Nullable::Present(json!(450.0)),
            Nullable::Null
        ]
    );

    let url = format!(
        "/timeseries?datapoint_ids={a},{b}&from={}&to={}&interval=1h&fill=previous",
        at(0),
        at(4 * 3600)
    );
    let csv = crate::support::raw(
        Method::GET,
        &app.url(&url),
        bytes::Bytes::new(),
        &[("accept", "text/csv")],
    )
    .await;
    assert_eq!(csv.status.as_u16(), 200);
    assert!(csv.content_type().starts_with("text/csv"));
    assert_eq!(
        String::from_utf8_lossy(&csv.body),
        "timestamp,room/temp,\"room,co2\"\n\
         2026-01-01T00:00:00Z,21,\n\
         2026-01-01T01:00:00Z,21,450\n\
         2026-01-01T02:00:00Z,25,450\n\
         2026-01-01T03:00:00Z,25,450\n"
    );
    let json = app.raw(Method::GET, &url, "").await;
    assert_eq!(json.content_type(), "application/json");
    assert_eq!(json.json()["timestamps"].as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn bad_aggregate_requests_are_4xx_problems() {
    let app = TestApp::start().await;
    let id = create_datapoint(&app, datapoint("p", None)).await;
    let path = |q: &str| format!("/datapoints/{id}/aggregate?{q}");
    let (f, t) = (at(0), at(3600));
    app.raw(
        Method::GET,
        &path(&format!("from={t}&to={f}&interval=1h")),
        "",
    )
    .await
    .problem(422);
    app.raw(
        Method::GET,
        &path(&format!("from={f}&to={f}&interval=1h")),
        "",
    )
    .await
    .problem(422);
    app.raw(
        Method::GET,
        &path(&format!("from={f}&to={t}&interval=2h")),
        "",
    )
    .await
    .problem(400);
    app.raw(
        Method::GET,
        &path(&format!("from={f}&to={t}&interval=1h&function=median")),
        "",
    )
    .await
    .problem(400);
    app.raw(
        Method::GET,
        &path(&format!("from={f}&to={t}&interval=1h&fill=zero")),
        "",
    )
    .await
    .problem(400);
    app.raw(Method::GET, &path(&format!("from={f}&interval=1h")), "")
        .await
        .problem(400);
    let huge = app
        .raw(
            Method::GET,
            &path("from=1970-01-01T00:00:00Z&to=9999-01-01T00:00:00Z&interval=1m"),
            "",
        )
        .await
        .problem(422);
    assert!(
        huge["detail"].as_str().unwrap().contains("buckets"),
        "{huge}"
    );
    app.raw(
        Method::GET,
        &format!("/datapoints/999/aggregate?from={f}&to={t}&interval=1h"),
        "",
    )
    .await
    .problem(404);
    app.raw(
        Method::GET,
        &format!("/timeseries?datapoint_ids={id},999&from={f}&to={t}&interval=1h"),
        "",
    )
    .await
    .problem(404);
}
