//! Energy analytics: counters (increase, delta, rate) across resets and rollovers,
//! integrals that do not move with the query window, local labels of calendar
//! buckets, `count` under fills, exact sums and function lists. Expected values are
//! computed here, independently of the server's code.

use crate::datapoints::{create_datapoint, datapoint};
use crate::devices::create_device;
use crate::support::{at, TestApp, T0};
use crate::values::write;
use hyper::Method;
use serde_json::{json, Value};

const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// A counter datapoint (kind `counter`, optionally rolling over at `max`).
async fn counter(app: &TestApp, key: &str, max: Option<f64>, device: Option<i64>) -> i64 {
    let mut new = datapoint(key, device);
    new.kind = Some("counter".into());
    new.counter_max = max.map(swagger::Nullable::Present);
    create_datapoint(app, new).await
}

/// Writes (seconds, number) points in batches.
async fn write_numbers(app: &TestApp, id: i64, points: &[(i64, f64)]) {
    for chunk in points.chunks(5_000) {
        let values: Vec<(i64, Value)> = chunk.iter().map(|(t, v)| (*t, json!(v))).collect();
        write(app, id, &values).await;
    }
}

/// `GET /datapoints/{id}/aggregate` with a query, answering the JSON body.
async fn aggregate(app: &TestApp, id: i64, query: &str) -> Value {
    let answer = app
        .raw(
            Method::GET,
            &format!("/datapoints/{id}/aggregate?{query}"),
            "",
        )
        .await;
    assert_eq!(answer.status.as_u16(), 200, "{query}: {answer:?}");
    answer.json()
}

/// (seconds after T0, first value) of each bucket.
fn buckets(body: &Value) -> Vec<(i64, Option<f64>)> {
    body["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let start = chrono::DateTime::parse_from_rfc3339(b["timestamp"].as_str().unwrap())
                .unwrap()
                .timestamp();
            (start - T0, b["value"].as_f64())
        })
        .collect()
}

fn range(from: i64, to: i64) -> String {
    format!("from={}&to={}", at(from), at(to))
}

/// The counter unwrapped into a total that only rises (a drop is a reset from 0,
/// or a rollover at `max`), then read at any instant by linear interpolation;
/// `None` outside the series (nothing is extrapolated).
fn unwrapped(points: &[(i64, f64)], max: Option<f64>) -> impl Fn(f64) -> Option<f64> + '_ {
    let mut total = vec![(points[0].0 as f64, 0.0)];
    for w in points.windows(2) {
        let (v0, v1) = (w[0].1, w[1].1);
        let rise = if v1 >= v0 {
            v1 - v0
        } else {
            match max {
                Some(m) => m - v0 + v1,
                None => v1,
            }
        };
        let last = total.last().unwrap().1;
        total.push((w[1].0 as f64, last + rise));
    }
    move |t: f64| {
        let i = total.partition_point(|(pt, _)| *pt <= t);
        if i == 0 || (i == total.len() && t > total[i - 1].0) {
            return None;
        }
        let (t0, u0) = total[i - 1];
        if i == total.len() {
            return Some(u0);
        }
        let (t1, u1) = total[i];
        Some(u0 + (u1 - u0) * (t - t0) / (t1 - t0))
    }
}

/// The reference increase over [s, e): the unwrapped total's rise over the part of
/// the window the series covers.
fn increase(points: &[(i64, f64)], max: Option<f64>, s: i64, e: i64) -> Option<f64> {
    let (first, last) = (points[0].0, points[points.len() - 1].0);
    let (a, b) = (s.max(first), e.min(last));
    if b < a || (b == a && !points.iter().any(|(t, _)| (s..e).contains(t))) {
        return None;
    }
    let u = unwrapped(points, max);
    Some(u(b as f64)? - u(a as f64)?)
}

fn assert_close(got: &[(i64, Option<f64>)], want: &[(i64, Option<f64>)], what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: {got:?} vs {want:?}");
    for ((tg, g), (tw, w)) in got.iter().zip(want) {
        assert_eq!(tg, tw, "{what}");
        match (g, w) {
            (Some(g), Some(w)) => assert!(
                (g - w).abs() <= 1e-9 * w.abs().max(1.0),
                "{what} at {tg}: {g} vs {w}"
            ),
            (None, None) => {}
            _ => panic!("{what} at {tg}: {g:?} vs {w:?}"),
        }
    }
}

#[tokio::test]
async fn counters_increase_across_resets_and_rollovers() {
    let app = TestApp::start().await;
    let meter = counter(&app, "meter/kwh", None, None).await;
    let wrapping = counter(&app, "meter/wrapping", Some(10_000.0), None).await;
    // Irregular readings over 6 hours, starting mid-hour 0: rises, a reset to 0
    // at 02:20 and another to a small value at 04:10.
    let mut reset_points = Vec::new();
    let mut v = 500.0;
    for i in 0..170 {
        let t = 1_500 + i * 127 + (i % 5) * 11;
        v += (i % 7) as f64 * 0.75 + 0.25;
        if t >= 2 * HOUR + 1200 && reset_points.iter().all(|(pt, _)| *pt < 2 * HOUR + 1200) {
            v = 0.0;
        }
        if t >= 4 * HOUR + 600 && reset_points.iter().all(|(pt, _)| *pt < 4 * HOUR + 600) {
            v = 3.5;
        }
        reset_points.push((t, v));
    }
    write_numbers(&app, meter, &reset_points).await;
    // A meter rolling over at 10,000 twice.
    let rolling: Vec<(i64, f64)> = (0..120)
        .map(|i| (i * 180, (9_000.0 + i as f64 * 251.5) % 10_000.0))
        .collect();
    write_numbers(&app, wrapping, &rolling).await;

    for (id, points, max) in [
        (meter, &reset_points, None),
        (wrapping, &rolling, Some(10_000.0)),
    ] {
        let body = aggregate(
            &app,
            id,
            &format!(
                "{}&interval=1h&function=increase&fill=null",
                range(0, 7 * HOUR)
            ),
        )
        .await;
        let want: Vec<_> = (0..7)
            .map(|h| (h * HOUR, increase(points, max, h * HOUR, (h + 1) * HOUR)))
            .collect();
        assert_close(&buckets(&body), &want, "hourly increase");
        // The hours add up to the whole range.
        let hours: f64 = want.iter().filter_map(|(_, v)| *v).sum();
        let whole = aggregate(
            &app,
            id,
            &format!("{}&interval=1d&function=increase", range(0, 7 * HOUR)),
        )
        .await;
        let day = buckets(&whole)[0].1.unwrap();
        assert!((day - hours).abs() <= 1e-9 * hours, "{day} vs {hours}");
        // A window off the grid: the bucket is cut at `from`, by interpolation.
        let cut = aggregate(
            &app,
            id,
            &format!(
                "{}&interval=1h&function=increase",
                range(HOUR + 1000, 2 * HOUR)
            ),
        )
        .await;
        assert_close(
            &buckets(&cut),
            &[(HOUR, increase(points, max, HOUR + 1000, 2 * HOUR))],
            "cut hour",
        );
        // rate: the increase per hour of the time the series covers.
        let rate = aggregate(
            &app,
            id,
            &format!("{}&interval=15m&function=rate", range(2 * HOUR, 3 * HOUR)),
        )
        .await;
        let want: Vec<_> = (0..4)
            .map(|q| {
                let s = 2 * HOUR + q * 900;
                (s, increase(points, max, s, s + 900).map(|v| v * 4.0))
            })
            .collect();
        assert_close(&buckets(&rate), &want, "rate");
    }

    // delta: last − first inside the bucket, without reset handling.
    let delta = aggregate(
        &app,
        meter,
        &format!("{}&interval=1h&function=delta", range(2 * HOUR, 3 * HOUR)),
    )
    .await;
    let inside: Vec<f64> = reset_points
        .iter()
        .filter(|(t, _)| (2 * HOUR..3 * HOUR).contains(t))
        .map(|(_, v)| *v)
        .collect();
    assert_eq!(
        buckets(&delta),
        vec![(2 * HOUR, Some(inside[inside.len() - 1] - inside[0]))]
    );
}

#[tokio::test]
async fn counter_functions_need_a_counter_and_kinds_are_checked() {
    let app = TestApp::start().await;
    let gauge = create_datapoint(&app, datapoint("power", None)).await;
    write_numbers(&app, gauge, &[(0, 5.0), (60, 3.0)]).await;
    for function in ["increase", "rate", "mean,rate"] {
        let p = app
            .raw(
                Method::GET,
                &format!(
                    "/datapoints/{gauge}/aggregate?{}&interval=1h&function={function}",
                    range(0, HOUR)
                ),
                "",
            )
            .await
            .problem(422);
        assert_eq!(p["errors"][0]["field"], "function", "{p}");
    }
    // delta suits both kinds.
    let delta = aggregate(
        &app,
        gauge,
        &format!("{}&interval=1h&function=delta", range(0, HOUR)),
    )
    .await;
    assert_eq!(buckets(&delta), vec![(0, Some(-2.0))]);

    let shown = app
        .raw(Method::GET, &format!("/datapoints/{gauge}"), "")
        .await;
    assert_eq!(shown.json()["kind"], "gauge", "gauge is the default");
    let bad = [
        (
            json!({"key": "k1", "type": "sensor", "data_format": "continuous_numeric", "kind": "meter"}),
            "kind",
        ),
        (
            json!({"key": "k2", "type": "sensor", "data_format": "continuous_numeric", "counter_max": 100}),
            "counter_max",
        ),
        (
            json!({"key": "k3", "type": "sensor", "data_format": "continuous_numeric", "kind": "counter", "counter_max": -1}),
            "counter_max",
        ),
        (
            json!({"key": "k4", "type": "sensor", "data_format": "generic_text", "kind": "counter"}),
            "kind",
        ),
    ];
    for (body, field) in bad {
        let p = app
            .raw(Method::POST, "/datapoints", body.to_string())
            .await
            .problem(422);
        assert_eq!(p["errors"][0]["field"], field, "{p}");
    }
    let meter = counter(&app, "meter", Some(1e6), None).await;
    let shown = app
        .raw(Method::GET, &format!("/datapoints/{meter}"), "")
        .await
        .json();
    assert_eq!(
        (shown["kind"].clone(), shown["counter_max"].clone()),
        (json!("counter"), json!(1e6))
    );
    let changed = app
        .raw(
            Method::PATCH,
            &format!("/datapoints/{gauge}"),
            json!({"kind": "counter"}).to_string(),
        )
        .await;
    assert_eq!(changed.json()["kind"], "counter", "{changed:?}");
    let increase = aggregate(
        &app,
        gauge,
        &format!("{}&interval=1h&function=increase", range(0, HOUR)),
    )
    .await;
    assert_eq!(
        buckets(&increase),
        vec![(0, Some(3.0))],
        "5 → 3 is a reset: rose by 3"
    );
}

#[tokio::test]
async fn a_constant_kilowatt_integrates_to_a_kilowatt_hour_in_any_window() {
    let app = TestApp::start().await;
    let power = create_datapoint(&app, datapoint("power", None)).await;
    let meter = counter(&app, "meter", None, None).await;
    // 1,000 W every minute for two days; a counter rising by 1 every minute.
    let minutes: Vec<i64> = (0..2 * 24 * 60).map(|m| m * 60).collect();
    let constant: Vec<(i64, f64)> = minutes.iter().map(|t| (*t, 1000.0)).collect();
    let rising: Vec<(i64, f64)> = minutes.iter().map(|t| (*t, (*t / 60) as f64)).collect();
    write_numbers(&app, power, &constant).await;
    write_numbers(&app, meter, &rising).await;
    let noon = DAY + 12 * HOUR;
    // The 12:00 hour asked alone, from a day query, and the day itself.
    let alone = aggregate(
        &app,
        power,
        &format!("{}&interval=1h&function=integral", range(noon, noon + HOUR)),
    )
    .await;
    assert_eq!(buckets(&alone), vec![(noon, Some(1000.0))]);
    let day = aggregate(
        &app,
        power,
        &format!("{}&interval=1h&function=integral", range(DAY, 2 * DAY)),
    )
    .await;
    let hours = buckets(&day);
    assert_eq!(hours.len(), 24);
    // The last hour ends with the series (no extrapolation past the last point).
    for (t, v) in &hours[..23] {
        assert_eq!(*v, Some(1000.0), "hour at {t}");
    }
    assert_eq!(
        hours[23].1,
        Some(1000.0 * 59.0 / 60.0),
        "the series ends at 23:59"
    );
    let whole = aggregate(
        &app,
        power,
        &format!("{}&interval=1d&function=integral", range(0, DAY)),
    )
    .await;
    assert_eq!(buckets(&whole), vec![(0, Some(24_000.0))]);
    let wider = aggregate(
        &app,
        power,
        &format!("{}&interval=1d&function=integral", range(-DAY, DAY)),
    )
    .await;
    assert_eq!(
        buckets(&wider),
        vec![(0, Some(24_000.0))],
        "the same day in a wider query"
    );
    // The same edge rule for increase: 60 an hour whatever the window.
    let alone = aggregate(
        &app,
        meter,
        &format!("{}&interval=1h&function=increase", range(noon, noon + HOUR)),
    )
    .await;
    assert_eq!(buckets(&alone), vec![(noon, Some(60.0))]);
    let day = aggregate(
        &app,
        meter,
        &format!("{}&interval=1d&function=increase", range(DAY, 2 * DAY)),
    )
    .await;
    assert_eq!(buckets(&day), vec![(DAY, Some(24.0 * 60.0 - 1.0))]);
}

/// A site in `zone` with a datapoint holding a value every hour of `[from, to)`.
async fn zoned(app: &TestApp, zone: &str, from: i64, to: i64) -> i64 {
    let body = json!({"name": format!("Site in {zone}"), "timezone": zone});
    let site = app
        .raw(Method::POST, "/sites", body.to_string())
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let device = create_device(app, site, "Meter").await;
    let id = create_datapoint(app, datapoint(&format!("{zone}/p"), Some(device))).await;
    let hourly: Vec<(i64, f64)> = (from / HOUR..to / HOUR).map(|h| (h * HOUR, 1.0)).collect();
    write_numbers(app, id, &hourly).await;
    id
}

/// Seconds after T0 of an RFC 3339 instant.
fn secs(text: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(text)
        .unwrap()
        .timestamp()
        - T0
}

#[tokio::test]
async fn calendar_buckets_carry_local_labels_across_dst() {
    let app = TestApp::start().await;
    let (from, to) = (secs("2026-03-27T00:00:00Z"), secs("2026-10-28T00:00:00Z"));
    let berlin = zoned(&app, "Europe/Berlin", from, to).await;
    let labels = |body: &Value| -> Vec<(String, f64)> {
        body["buckets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| {
                (
                    b["timestamp"].as_str().unwrap().to_string(),
                    b["value"].as_f64().unwrap(),
                )
            })
            .collect()
    };
    // Spring: 29 March has 23 hours; autumn: 25 October has 25.
    for (from, to, want) in [
        (
            "2026-03-27T23:00:00Z",
            "2026-03-30T22:00:00Z",
            [
                ("2026-03-28T00:00:00+01:00", 24.0),
                ("2026-03-29T00:00:00+01:00", 23.0),
                ("2026-03-30T00:00:00+02:00", 24.0),
            ],
        ),
        (
            "2026-10-23T22:00:00Z",
            "2026-10-26T23:00:00Z",
            [
                ("2026-10-24T00:00:00+02:00", 24.0),
                ("2026-10-25T00:00:00+02:00", 25.0),
                ("2026-10-26T00:00:00+01:00", 24.0),
            ],
        ),
    ] {
        let body = aggregate(
            &app,
            berlin,
            &format!("{}&interval=1d&function=count", range(secs(from), secs(to))),
        )
        .await;
        let want: Vec<(String, f64)> = want.iter().map(|(l, v)| (l.to_string(), *v)).collect();
        assert_eq!(labels(&body), want);
    }
    // Weeks and months too; hours stay in UTC.
    let weeks = aggregate(
        &app,
        berlin,
        &format!(
            "{}&interval=1w&function=count",
            range(secs("2026-03-30T00:00:00Z"), secs("2026-04-06T00:00:00Z"))
        ),
    )
    .await;
    assert_eq!(labels(&weeks)[0].0, "2026-03-30T00:00:00+02:00");
    let months = aggregate(
        &app,
        berlin,
        &format!(
            "{}&interval=1mo&function=count",
            range(secs("2026-04-15T00:00:00Z"), secs("2026-05-15T00:00:00Z"))
        ),
    )
    .await;
    assert_eq!(labels(&months)[0].0, "2026-04-01T00:00:00+02:00");
    let hours = aggregate(
        &app,
        berlin,
        &format!(
            "{}&interval=1h&function=count",
            range(secs("2026-04-15T00:00:00Z"), secs("2026-04-15T02:00:00Z"))
        ),
    )
    .await;
    assert_eq!(labels(&hours)[0].0, "2026-04-15T00:00:00Z");

    // A zone with a 30-minute offset, asked with `tz`: its days start at 18:30 UTC.
    let india = aggregate(
        &app,
        berlin,
        &format!(
            "{}&interval=1d&function=count&tz=Asia/Kolkata",
            range(secs("2026-05-01T18:30:00Z"), secs("2026-05-03T18:30:00Z"))
        ),
    )
    .await;
    assert_eq!(india["timezone"], "Asia/Kolkata");
    assert_eq!(
        labels(&india),
        vec![
            ("2026-05-02T00:00:00+05:30".to_string(), 24.0),
            ("2026-05-03T00:00:00+05:30".to_string(), 24.0)
        ]
    );
    // Adelaide (+09:30, +10:30 in summer) leaves DST on 5 April 2026: a 25-hour day.
    let adelaide = zoned(
        &app,
        "Australia/Adelaide",
        secs("2026-04-01T00:00:00Z"),
        secs("2026-04-08T00:00:00Z"),
    )
    .await;
    let body = aggregate(
        &app,
        adelaide,
        &format!(
            "{}&interval=1d&function=count",
            range(secs("2026-04-03T13:30:00Z"), secs("2026-04-06T14:30:00Z"))
        ),
    )
    .await;
    assert_eq!(
        labels(&body),
        vec![
            ("2026-04-04T00:00:00+10:30".to_string(), 24.0),
            ("2026-04-05T00:00:00+10:30".to_string(), 25.0),
            ("2026-04-06T00:00:00+09:30".to_string(), 24.0)
        ]
    );
    // CSV labels the same way.
    let url = format!(
        "/timeseries?datapoint_ids={berlin}&{}&interval=1d&function=count",
        range(secs("2026-03-28T23:00:00Z"), secs("2026-03-30T22:00:00Z"))
    );
    let csv = crate::support::raw(
        Method::GET,
        &app.url(&url),
        bytes::Bytes::new(),
        &[("accept", "text/csv")],
    )
    .await;
    assert_eq!(
        String::from_utf8_lossy(&csv.body),
        "timestamp,Europe/Berlin/p\n\
         2026-03-29T00:00:00+01:00,23\n\
         2026-03-30T00:00:00+02:00,24\n"
    );
    let unknown = app
        .raw(
            Method::GET,
            &format!(
                "/datapoints/{berlin}/aggregate?{}&interval=1d&tz=Mars/Olympus",
                range(from, from + DAY)
            ),
            "",
        )
        .await
        .problem(422);
    assert_eq!(unknown["errors"][0]["field"], "tz");
}

#[tokio::test]
async fn count_is_zero_in_empty_buckets_and_sums_are_exact() {
    let app = TestApp::start().await;
    let id = create_datapoint(&app, datapoint("p", None)).await;
    // Ten 0.1s in hour 0, none in hour 1, one value in hour 2.
    let mut points: Vec<(i64, f64)> = (0..10).map(|i| (i * 60, 0.1)).collect();
    points.push((2 * HOUR, 999.9));
    write_numbers(&app, id, &points).await;
    for fill in ["null", "previous", "linear"] {
        let body = aggregate(
            &app,
            id,
            &format!(
                "{}&interval=1h&function=count&fill={fill}",
                range(0, 3 * HOUR)
            ),
        )
        .await;
        assert_eq!(
            buckets(&body),
            vec![(0, Some(10.0)), (HOUR, Some(0.0)), (2 * HOUR, Some(1.0))],
            "fill {fill}"
        );
    }
    let none = aggregate(
        &app,
        id,
        &format!(
            "{}&interval=1h&function=count&fill=none",
            range(0, 3 * HOUR)
        ),
    )
    .await;
    assert_eq!(buckets(&none), vec![(0, Some(10.0)), (2 * HOUR, Some(1.0))]);
    let sums = aggregate(
        &app,
        id,
        &format!("{}&interval=1h&function=sum", range(0, 3 * HOUR)),
    )
    .await;
    assert_eq!(
        buckets(&sums),
        vec![(0, Some(1.0)), (2 * HOUR, Some(999.9))],
        "ten 0.1s are exactly 1"
    );
}

#[tokio::test]
async fn function_lists_answer_one_column_per_function() {
    let app = TestApp::start().await;
    let a = create_datapoint(&app, datapoint("a", None)).await;
    let b = create_datapoint(&app, datapoint("b", None)).await;
    write_numbers(&app, a, &[(0, 1.0), (600, 5.0), (1200, 3.0), (HOUR, 7.0)]).await;
    write_numbers(&app, b, &[(HOUR + 60, 10.0)]).await;
    let body = aggregate(
        &app,
        a,
        &format!("{}&interval=1h&function=min,max,mean", range(0, 2 * HOUR)),
    )
    .await;
    assert_eq!(body["function"], "min");
    assert_eq!(body["functions"], json!(["min", "max", "mean"]));
    assert_eq!(body["buckets"][0]["values"], json!([1.0, 5.0, 3.0]));
    assert_eq!(body["buckets"][0]["value"], json!(1.0));
    assert_eq!(body["buckets"][1]["values"], json!([7.0, 7.0, 7.0]));

    let url = format!(
        "/timeseries?datapoint_ids={a},{b}&{}&interval=1h&function=max,count",
        range(0, 2 * HOUR)
    );
    let table = app.raw(Method::GET, &url, "").await.json();
    let heads: Vec<(Value, Value)> = table["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["key"].clone(), c["function"].clone()))
        .collect();
    assert_eq!(
        heads,
        vec![
            (json!("a"), json!("max")),
            (json!("a"), json!("count")),
            (json!("b"), json!("max")),
            (json!("b"), json!("count"))
        ]
    );
    assert_eq!(table["series"][3]["values"], json!([0.0, 1.0]));
    assert_eq!(table["series"][2]["values"], json!([null, 10.0]));
    let csv = crate::support::raw(
        Method::GET,
        &app.url(&url),
        bytes::Bytes::new(),
        &[("accept", "text/csv")],
    )
    .await;
    assert_eq!(
        String::from_utf8_lossy(&csv.body),
        "timestamp,a:max,a:count,b:max,b:count\n\
         2026-01-01T00:00:00Z,5,3,,0\n\
         2026-01-01T01:00:00Z,7,1,10,1\n"
    );
    for bad in ["min,min", "min,median", ""] {
        let p = app
            .raw(
                Method::GET,
                &format!(
                    "/datapoints/{a}/aggregate?{}&interval=1h&function={bad}",
                    range(0, HOUR)
                ),
                "",
            )
            .await
            .problem(400);
        assert!(p["detail"].as_str().unwrap().contains("function"), "{p}");
    }
}
