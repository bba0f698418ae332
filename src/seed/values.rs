//! Three weeks of demo values every 15 minutes, shaped like the real thing, so a new
//! server has something to plot and aggregate: power with a working-day shape and
//! PV with the sun, energy counters that only grow, room and outdoor temperatures,
//! CO2 that follows occupancy, and a day/night schedule for each numeric actuator.
//! Deterministic: the same estate gets the same values for the same moment.

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Tz;
use joule_db::committed::Source;
use joule_db::models::Datapoint;
use joule_db::{DataFormat, DatapointType};
use joule_server::core::control::items::ScheduleItem;
use joule_server::core::ingest::{Batch, Reading};
use joule_server::core::{Core, CoreError};
use serde_json::{json, Value};

const STEP_SECS: i64 = 15 * 60;
const DAYS: i64 = 21;

/// What a moment looks like at a site: the local hour (fractional) and whether it
/// is a working day.
struct Moment {
    hour: f64,
    workday: bool,
    /// Days since the start of the series, for slow drifts.
    day: f64,
}

fn moment(at: DateTime<Utc>, zone: Tz, start: i64) -> Moment {
    let local = at.with_timezone(&zone);
    Moment {
        hour: f64::from(local.hour()) + f64::from(local.minute()) / 60.0,
        workday: local.weekday().number_from_monday() <= 5,
        day: (at.timestamp() - start) as f64 / 86_400.0,
    }
}

/// A repeatable noise in [-1, 1] for a datapoint and a step.
fn noise(id: i64, step: i64) -> f64 {
    let mut x = (id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (step as u64);
    x ^= x >> 33;
    x = x.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    x ^= x >> 33;
    (x % 2001) as f64 / 1000.0 - 1.0
}

fn sun(hour: f64) -> f64 {
    // Daylight from 6 to 18 local time, highest at noon.
    if (6.0..18.0).contains(&hour) {
        ((hour - 6.0) / 12.0 * std::f64::consts::PI).sin()
    } else {
        0.0
    }
}

fn occupied(m: &Moment) -> bool {
    m.workday && (8.0..18.0).contains(&m.hour)
}

fn daily(m: &Moment) -> f64 {
    ((m.hour - 15.0) / 24.0 * std::f64::consts::TAU).cos()
}

/// Power in W of what a key names: PV follows the sun, a charger charges in
/// blocks, anything else draws more while the building is in use.
fn power(key: &str, m: &Moment, n: f64) -> f64 {
    if key.contains("pv") || key.contains("export") {
        8_000.0 * sun(m.hour) * (0.75 + 0.2 * (m.day * 0.9).sin()) + 150.0 * n * sun(m.hour)
    } else if key.contains("charger") {
        if occupied(m) && (m.hour as i64) % 3 == 0 {
            11_000.0
        } else {
            0.0
        }
    } else {
        let base = if occupied(m) { 6_500.0 } else { 1_800.0 };
        base + 900.0 * daily(m) + 250.0 * n
    }
}

/// The value of a numeric sensor at a moment, by what its key and unit say it is.
fn numeric(dp: &Datapoint, m: &Moment, n: f64) -> f64 {
    let key = dp.key.as_str();
    let daily = daily(m);
    match dp.unit.as_deref() {
        Some("W") => power(key, m, n),
        Some("W/m²") => 750.0 * sun(m.hour) * (0.7 + 0.25 * (m.day * 1.3).sin()),
        Some("A") if occupied(m) && (m.hour as i64) % 3 == 0 => 16.0,
        Some("A") => 0.0,
        Some("°C") if key.contains("flow") => 42.0 + 6.0 * daily + 0.5 * n,
        Some("°C") if key.contains("weather") || key.contains("outdoor") => {
            6.0 + 5.0 * daily + 2.0 * (m.day * 0.45).sin() + 0.3 * n
        }
        Some("°C") => 20.5 + if occupied(m) { 1.5 } else { 0.0 } + 0.6 * daily + 0.1 * n,
        Some("%") if key.contains("charge") => {
            55.0 + 35.0 * ((m.hour - 4.0) / 24.0 * std::f64::consts::TAU).sin()
        }
        Some("%") => 45.0 + 8.0 * daily + 2.0 * n,
        Some("ppm") => {
            420.0
                + if occupied(m) {
                    480.0 + 120.0 * n
                } else {
                    15.0 * n
                }
        }
        _ => 10.0 + n,
    }
}

fn clamp(dp: &Datapoint, value: f64) -> f64 {
    let value = value.max(dp.min_value.unwrap_or(f64::MIN));
    let value = value.min(dp.max_value.unwrap_or(f64::MAX));
    (value * 100.0).round() / 100.0
}

/// The series of one sensor; counters (kWh) add up a power shape, so they only grow.
fn series(dp: &Datapoint, zone: Tz, start: i64, steps: i64) -> Vec<(String, Value)> {
    let mut counter = 10_000.0 + (dp.id % 7) as f64 * 1_000.0;
    let mut out = Vec::with_capacity(steps as usize);
    for step in 0..steps {
        let ts = start + step * STEP_SECS;
        let Some(at) = DateTime::<Utc>::from_timestamp(ts, 0) else {
            continue;
        };
        let m = moment(at, zone, start);
        let n = noise(dp.id, step);
        let value = match dp.data_format {
            DataFormat::Boolean => json!(occupied(&m)),
            DataFormat::DiscreteText | DataFormat::GenericText => {
                let first = dp.allowed_values.first().cloned();
                json!(first.unwrap_or_else(|| "ok".into()))
            }
            _ if dp.unit.as_deref() == Some("kWh") => {
                let kw = power(&dp.key, &m, n).max(0.0) / 1_000.0;
                counter += kw * STEP_SECS as f64 / 3_600.0;
                json!((counter * 1_000.0).round() / 1_000.0)
            }
            DataFormat::DiscreteNumeric => match dp.allowed_values.first() {
                Some(v) => v.parse::<f64>().map(|v| json!(v)).unwrap_or(Value::Null),
                None => json!(numeric(dp, &m, n).round()),
            },
            _ => json!(clamp(dp, numeric(dp, &m, n))),
        };
        out.push((at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true), value));
    }
    out
}

/// A day/night schedule for a numeric actuator over the seeded days and the next.
fn schedule(dp: &Datapoint, zone: Tz, start: i64) -> Vec<ScheduleItem> {
    let (low, high) = match (dp.min_value, dp.max_value) {
        (Some(min), Some(max)) => (min + (max - min) * 0.3, min + (max - min) * 0.6),
        _ => (0.0, 1.0),
    };
    let mut items = Vec::new();
    for day in 0..=DAYS {
        let Some(midnight) = DateTime::<Utc>::from_timestamp(start + day * 86_400, 0) else {
            continue;
        };
        let date = midnight.with_timezone(&zone).date_naive();
        let at = |hour| {
            date.and_hms_opt(hour, 0, 0)
                .and_then(|t| t.and_local_timezone(zone).earliest())
                .map(|t| t.with_timezone(&Utc))
        };
        let (Some(day_start), Some(day_end)) = (at(7), at(19)) else {
            continue;
        };
        let mut item = ScheduleItem::new(json!(clamp(dp, high)));
        item.from_timestamp = Some(day_start);
        item.to_timestamp = Some(day_end);
        items.push(item);
        let mut night = ScheduleItem::new(json!(clamp(dp, low)));
        night.from_timestamp = Some(day_end);
        night.to_timestamp = Some(day_end + chrono::Duration::hours(12));
        items.push(night);
    }
    items
}

/// Writes the demo series of every sensor of a site and a schedule for each
/// numeric actuator; answers the number of values written.
pub async fn seed(core: &Core, datapoints: &[Datapoint], zone: Tz) -> Result<usize, CoreError> {
    let now = Utc::now().timestamp();
    let end = now - now.rem_euclid(STEP_SECS);
    let start = end - DAYS * 86_400;
    let steps = DAYS * 86_400 / STEP_SECS;
    let mut written = 0;
    for dp in datapoints {
        match dp.type_ {
            DatapointType::Sensor => {
                let series = series(dp, zone, start, steps);
                let values = series
                    .iter()
                    .map(|(timestamp, value)| Reading {
                        timestamp: timestamp.as_str().into(),
                        value,
                    })
                    .collect();
                let batch = Batch::Of {
                    datapoint: dp.id,
                    values,
                };
                written += core.ingest(batch, Source::Import).await?;
            }
            DatapointType::Actuator if dp.data_format == DataFormat::ContinuousNumeric => {
                core.control_put(dp.id, schedule(dp, zone, start)).await?;
            }
            DatapointType::Actuator => {}
        }
    }
    Ok(written)
}
