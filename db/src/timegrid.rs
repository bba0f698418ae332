//! The bucket grid of aggregates: boundaries aligned to the interval, in UTC for
//! intervals shorter than a day, in the site's time zone for days, weeks (from
//! Monday) and calendar months, so a local day stays one bucket across DST changes.

use chrono::{Datelike, Duration, LocalResult, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// The most buckets one request may produce (1-minute buckets over ~2 years).
pub const MAX_BUCKETS: usize = 1_100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Minutes(i64),
    Hours(i64),
    Day,
    Week,
    Month,
}

impl Interval {
    /// Parses `1m`, `5m`, `15m`, `30m`, `1h`, `6h`, `1d`, `1w`, `1mo`.
    pub fn parse(text: &str) -> Option<Interval> {
        Some(match text {
            "1m" => Interval::Minutes(1),
            "5m" => Interval::Minutes(5),
            "15m" => Interval::Minutes(15),
            "30m" => Interval::Minutes(30),
            "1h" => Interval::Hours(1),
            "6h" => Interval::Hours(6),
            "1d" => Interval::Day,
            "1w" => Interval::Week,
            "1mo" => Interval::Month,
            _ => return None,
        })
    }

    /// Bucket width in microseconds for the intervals aligned in UTC.
    pub fn fixed_micros(self) -> Option<i64> {
        match self {
            Interval::Minutes(m) => Some(m * 60_000_000),
            Interval::Hours(h) => Some(h * 3_600_000_000),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Function {
    Mean,
    Min,
    Max,
    Sum,
    Count,
    First,
    Last,
    Integral,
    /// A counter's rise in the bucket, across resets and rollovers.
    Increase,
    /// Last − first value in the bucket, no reset handling.
    Delta,
    /// The increase per hour of the bucket the series covers.
    Rate,
}

impl Function {
    /// Every function, in the order the spec lists them.
    pub const ALL: [Function; 11] = [
        Function::Mean,
        Function::Min,
        Function::Max,
        Function::Sum,
        Function::Count,
        Function::First,
        Function::Last,
        Function::Integral,
        Function::Increase,
        Function::Delta,
        Function::Rate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Function::Mean => "mean",
            Function::Min => "min",
            Function::Max => "max",
            Function::Sum => "sum",
            Function::Count => "count",
            Function::First => "first",
            Function::Last => "last",
            Function::Integral => "integral",
            Function::Increase => "increase",
            Function::Delta => "delta",
            Function::Rate => "rate",
        }
    }

    pub fn parse(text: &str) -> Option<Function> {
        Some(match text {
            "mean" => Function::Mean,
            "min" => Function::Min,
            "max" => Function::Max,
            "sum" => Function::Sum,
            "count" => Function::Count,
            "first" => Function::First,
            "last" => Function::Last,
            "integral" => Function::Integral,
            "increase" => Function::Increase,
            "delta" => Function::Delta,
            "rate" => Function::Rate,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    None,
    Null,
    Previous,
    Linear,
}

impl Fill {
    pub fn parse(text: &str) -> Option<Fill> {
        Some(match text {
            "none" => Fill::None,
            "null" => Fill::Null,
            "previous" => Fill::Previous,
            "linear" => Fill::Linear,
            _ => return None,
        })
    }
}

/// An upper bound on the number of buckets [`Grid::new`] makes of `[from, to)`,
/// in any time zone, without building the grid, so a request's size can be
/// checked before any work. Exact for fixed widths; for days, weeks and months the
/// span counted in the shortest such unit, plus the partial buckets at both ends.
pub fn bucket_bound(from: i64, to: i64, interval: Interval) -> u64 {
    if to <= from {
        return 0;
    }
    // In i128: instants near the ends of i64 must not overflow the arithmetic.
    let (from, to) = (i128::from(from), i128::from(to));
    let count = match interval.fixed_micros() {
        Some(width) => {
            let width = i128::from(width);
            let first = from.div_euclid(width) * width;
            (to - first + width - 1) / width
        }
        None => {
            let days = (to - from) / 86_400_000_000;
            match interval {
                Interval::Week => days / 7 + 2,
                Interval::Month => days / 28 + 2,
                _ => days + 2,
            }
        }
    };
    u64::try_from(count).unwrap_or(u64::MAX)
}

/// Buckets covering `[from, to)`: `starts[i]` to `starts[i + 1]` (or `end`).
/// Only values inside `[from, to)` count, even where a bucket reaches beyond.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub from: i64,
    pub to: i64,
    pub starts: Vec<i64>,
    pub end: i64,
    /// The width of every bucket, when the grid is fixed-width in UTC.
    pub fixed: Option<i64>,
}

fn local_midnight(tz: Tz, date: NaiveDate) -> i64 {
    let naive = date.and_hms_opt(0, 0, 0).unwrap_or_default();
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.timestamp_micros(),
        // Midnight skipped by a DST change: the day starts at the first instant after.
        LocalResult::None => (1..=4)
            .find_map(|h| {
                tz.from_local_datetime(&(naive + Duration::minutes(30 * h)))
                    .earliest()
            })
            .map(|t| t.timestamp_micros())
            .unwrap_or_else(|| Utc.from_utc_datetime(&naive).timestamp_micros()),
    }
}

fn next_date(interval: Interval, date: NaiveDate) -> Option<NaiveDate> {
    match interval {
        Interval::Day => date.succ_opt(),
        Interval::Week => date.checked_add_days(chrono::Days::new(7)),
        _ => date.checked_add_months(chrono::Months::new(1)),
    }
}

impl Grid {
    /// The grid of `interval` over `[from, to)` (microseconds), aligned in `tz`
    /// for days and longer.
    pub fn new(from: i64, to: i64, interval: Interval, tz: Tz) -> Result<Grid, String> {
        if to <= from {
            return Err("'to' must be after 'from'".into());
        }
        let too_many = || {
            format!("more than {MAX_BUCKETS} buckets; choose a longer interval or a shorter range")
        };
        if let Some(width) = interval.fixed_micros() {
            // In i128: instants near the ends of i64 must not overflow the arithmetic.
            let (from_w, to_w, width_w) = (i128::from(from), i128::from(to), i128::from(width));
            let first = from_w.div_euclid(width_w) * width_w;
            let count =
                usize::try_from((to_w - first + width_w - 1) / width_w).unwrap_or(usize::MAX);
            let first = i64::try_from(first).map_err(|_| "'from' is out of range".to_string())?;
            if count > MAX_BUCKETS {
                return Err(too_many());
            }
            if i128::from(first) + count as i128 * width_w > i128::from(i64::MAX) {
                return Err("the range ends beyond the calendar".into());
            }
            let starts: Vec<i64> = (0..count as i64).map(|i| first + i * width).collect();
            let end = first + count as i64 * width;
            return Ok(Grid {
                from,
                to,
                starts,
                end,
                fixed: Some(width),
            });
        }
        let from_local = chrono::DateTime::from_timestamp_micros(from)
            .ok_or("'from' is out of range")?
            .with_timezone(&tz)
            .date_naive();
        let mut date = match interval {
            Interval::Week => {
                from_local
                    - chrono::Days::new(u64::from(from_local.weekday().num_days_from_monday()))
            }
            Interval::Month => from_local.with_day(1).unwrap_or(from_local),
            _ => from_local,
        };
        let mut starts = Vec::new();
        loop {
            let start = local_midnight(tz, date);
            if start >= to {
                return Ok(Grid {
                    from,
                    to,
                    end: start,
                    starts,
                    fixed: None,
                });
            }
            starts.push(start);
            if starts.len() > MAX_BUCKETS {
                return Err(too_many());
            }
            date = next_date(interval, date).ok_or("the range ends beyond the calendar")?;
        }
    }

    /// The end of bucket `i`.
    pub fn end_of(&self, i: usize) -> i64 {
        self.starts.get(i + 1).copied().unwrap_or(self.end)
    }

    /// The bucket holding instant `t`, if any.
    pub fn index_of(&self, t: i64) -> Option<usize> {
        if t < *self.starts.first()? || t >= self.end {
            return None;
        }
        match self.fixed {
            Some(width) => Some(((t - self.starts[0]) / width) as usize),
            None => Some(self.starts.partition_point(|s| *s <= t) - 1),
        }
    }
}

/// Applies a fill policy to per-bucket values (`None` = no data), answering the
/// buckets to report as (start, value).
pub fn fill(grid: &Grid, values: &[Option<f64>], policy: Fill) -> Vec<(i64, Option<f64>)> {
    let pairs = grid.starts.iter().copied().zip(values.iter().copied());
    match policy {
        Fill::None => pairs.filter(|(_, v)| v.is_some()).collect(),
        Fill::Null => pairs.collect(),
        Fill::Previous => {
            let mut last = None;
            pairs
                .map(|(t, v)| {
                    last = v.or(last);
                    (t, last)
                })
                .collect()
        }
        Fill::Linear => {
            // Only values that have a bucket count; extra ones are ignored like above.
            let known: Vec<(usize, f64)> = values
                .iter()
                .take(grid.starts.len())
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| (i, v)))
                .collect();
            let mut next = 0;
            pairs
                .enumerate()
                .map(|(i, (t, v))| {
                    if v.is_some() {
                        return (t, v);
                    }
                    while next < known.len() && known[next].0 < i {
                        next += 1;
                    }
                    let value = match (next.checked_sub(1).map(|p| known[p]), known.get(next)) {
                        (Some((i0, v0)), Some(&(i1, v1))) => {
                            let (t0, t1) = (grid.starts[i0] as f64, grid.starts[i1] as f64);
                            Some(v0 + (v1 - v0) * (t as f64 - t0) / (t1 - t0))
                        }
                        _ => None,
                    };
                    (t, value)
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3_600_000_000;

    fn micros(text: &str) -> i64 {
        chrono::DateTime::parse_from_rfc3339(text)
            .unwrap()
            .timestamp_micros()
    }

    #[test]
    fn fixed_grids_align_in_utc() {
        let g = Grid::new(
            micros("2026-01-01T10:07:00Z"),
            micros("2026-01-01T13:00:00Z"),
            Interval::Hours(1),
            Tz::UTC,
        )
        .unwrap();
        assert_eq!(
            g.starts,
            vec![
                micros("2026-01-01T10:00:00Z"),
                micros("2026-01-01T11:00:00Z"),
                micros("2026-01-01T12:00:00Z")
            ]
        );
        assert_eq!(g.end, micros("2026-01-01T13:00:00Z"));
        assert_eq!(g.index_of(micros("2026-01-01T11:59:59Z")), Some(1));
        assert_eq!(g.index_of(g.end), None);
    }

    #[test]
    fn local_days_follow_dst() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        // 2026-03-29: clocks go from 02:00 to 03:00, the day has 23 hours.
        let g = Grid::new(
            micros("2026-03-28T12:00:00Z"),
            micros("2026-03-30T12:00:00Z"),
            Interval::Day,
            tz,
        )
        .unwrap();
        assert_eq!(
            g.starts,
            vec![
                micros("2026-03-27T23:00:00Z"),
                micros("2026-03-28T23:00:00Z"),
                micros("2026-03-29T22:00:00Z")
            ]
        );
        assert_eq!(g.end_of(1) - g.starts[1], 23 * HOUR);
        let weeks = Grid::new(
            micros("2026-01-07T00:00:00Z"),
            micros("2026-01-20T00:00:00Z"),
            Interval::Week,
            Tz::UTC,
        )
        .unwrap();
        assert_eq!(
            weeks.starts[0],
            micros("2026-01-05T00:00:00Z"),
            "weeks start on Monday"
        );
        let months = Grid::new(
            micros("2026-01-15T00:00:00Z"),
            micros("2026-03-02T00:00:00Z"),
            Interval::Month,
            Tz::UTC,
        )
        .unwrap();
        assert_eq!(
            months.starts,
            vec![
                micros("2026-01-01T00:00:00Z"),
                micros("2026-02-01T00:00:00Z"),
                micros("2026-03-01T00:00:00Z")
            ]
        );
        assert_eq!(months.index_of(micros("2026-02-28T23:00:00Z")), Some(1));
    }

    #[test]
    fn fills() {
        let g = Grid::new(0, 4 * HOUR, Interval::Hours(1), Tz::UTC).unwrap();
        let v = [Some(1.0), None, None, Some(4.0)];
        assert_eq!(fill(&g, &v, Fill::None).len(), 2);
        assert_eq!(fill(&g, &v, Fill::Null)[1], (HOUR, None));
        assert_eq!(fill(&g, &v, Fill::Previous)[2], (2 * HOUR, Some(1.0)));
        assert_eq!(fill(&g, &v, Fill::Linear)[1], (HOUR, Some(2.0)));
        assert_eq!(fill(&g, &v, Fill::Linear)[2], (2 * HOUR, Some(3.0)));
        assert_eq!(
            fill(&g, &[None, Some(1.0), None, None], Fill::Linear)[3],
            (3 * HOUR, None)
        );
    }

    #[test]
    fn refuses_empty_or_huge_grids() {
        assert!(Grid::new(5, 5, Interval::Day, Tz::UTC).is_err());
        assert!(Grid::new(0, 3 * 365 * 24 * HOUR, Interval::Minutes(1), Tz::UTC).is_err());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const NAMES: [&str; 9] = ["1m", "5m", "15m", "30m", "1h", "6h", "1d", "1w", "1mo"];
    /// 9999-12-31T23:59:59.999999Z, the latest stored instant.
    const MAX: i64 = 253_402_300_799_999_999;
    const DAY: i64 = 86_400_000_000;

    fn interval() -> impl Strategy<Value = Interval> {
        proptest::sample::select(NAMES.to_vec()).prop_map(|n| Interval::parse(n).unwrap())
    }

    fn zone() -> impl Strategy<Value = Tz> {
        proptest::sample::select(chrono_tz::TZ_VARIANTS.to_vec())
    }

    /// A range the server could ask for: within 1970..9999, a few hundred days at most.
    fn stored_range() -> impl Strategy<Value = (i64, i64)> {
        (0..=MAX, 1..=400 * DAY)
            .prop_map(|(from, len)| (from, from.saturating_add(len).min(MAX + 1)))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn interval_parse_knows_exactly_its_names(text in any::<String>()) {
            prop_assert_eq!(Interval::parse(&text).is_some(), NAMES.contains(&text.as_str()));
            prop_assert_eq!(
                Function::parse(&text),
                Function::ALL.into_iter().find(|f| f.as_str() == text)
            );
            let _ = Function::parse(&text);
            let _ = Fill::parse(&text);
        }

        #[test]
        fn any_range_answers_a_grid_or_an_error(
            from in any::<i64>(),
            to in any::<i64>(),
            interval in interval(),
            tz in zone(),
        ) {
            // Far-apart instants with short intervals are refused early (too many
            // buckets); calendar intervals walk the calendar, so keep those shorter.
            let to = if interval.fixed_micros().is_none() {
                from.saturating_add(to.rem_euclid(3_000 * DAY))
            } else {
                to
            };
            if let Ok(grid) = Grid::new(from, to, interval, tz) {
                prop_assert!(!grid.starts.is_empty());
                prop_assert!(grid.starts.len() <= MAX_BUCKETS);
            }
        }

        #[test]
        fn bucket_bound_is_never_below_the_grid(
            (from, to) in stored_range(),
            interval in interval(),
            tz in zone(),
        ) {
            if let Ok(grid) = Grid::new(from, to, interval, tz) {
                prop_assert!(grid.starts.len() as u64 <= bucket_bound(from, to, interval));
                if interval.fixed_micros().is_some() {
                    prop_assert_eq!(grid.starts.len() as u64, bucket_bound(from, to, interval));
                }
            }
        }

        #[test]
        fn grids_cover_the_range_in_order(
            (from, to) in stored_range(),
            interval in interval(),
            tz in zone(),
        ) {
            let grid = match Grid::new(from, to, interval, tz) {
                Ok(grid) => grid,
                Err(e) => {
                    prop_assert!(!e.is_empty());
                    return Ok(());
                }
            };
            prop_assert!(grid.starts[0] <= from);
            prop_assert!(grid.end >= to);
            prop_assert!(grid.starts.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(grid.starts.last().copied().unwrap() < grid.end);
            for t in [from, (from + to) / 2, to - 1] {
                let i = grid.index_of(t);
                prop_assert!(i.is_some(), "{} not in a bucket", t);
                let i = i.unwrap();
                prop_assert!(grid.starts[i] <= t && t < grid.end_of(i));
            }
            prop_assert_eq!(grid.index_of(grid.end), None);
        }

        #[test]
        fn fill_never_panics_and_keeps_the_grid(
            buckets in 1usize..50,
            values in proptest::collection::vec(
                proptest::option::of(prop_oneof![any::<f64>(), -1e6f64..1e6]),
                0..60,
            ),
        ) {
            let hour = 3_600_000_000;
            let grid = Grid::new(0, buckets as i64 * hour, Interval::Hours(1), Tz::UTC).unwrap();
            let paired = values.len().min(buckets);
            for policy in [Fill::None, Fill::Null, Fill::Previous, Fill::Linear] {
                let out = fill(&grid, &values, policy);
                match policy {
                    Fill::None => prop_assert_eq!(
                        out.len(),
                        values.iter().take(paired).filter(|v| v.is_some()).count()
                    ),
                    _ => prop_assert_eq!(out.len(), paired),
                }
                prop_assert!(out.windows(2).all(|w| w[0].0 < w[1].0));
                for (t, v) in &out {
                    let i = grid.index_of(*t).unwrap();
                    if let Some(known) = values[i] {
                        prop_assert_eq!(v.map(f64::to_bits), Some(known.to_bits()));
                    }
                }
            }
        }

        #[test]
        fn linear_fill_lies_between_its_neighbours(
            values in proptest::collection::vec(proptest::option::of(-1e6f64..1e6), 1..40),
        ) {
            let hour = 3_600_000_000;
            let grid = Grid::new(0, values.len() as i64 * hour, Interval::Hours(1), Tz::UTC).unwrap();
            let out = fill(&grid, &values, Fill::Linear);
            for (i, (_, v)) in out.iter().enumerate() {
                let before = values[..i].iter().rev().flatten().next();
                let after = values[i + 1..].iter().flatten().next();
                match (values[i], before, after, v) {
                    (Some(_), ..) => {}
                    (None, Some(a), Some(b), Some(v)) => {
                        prop_assert!(a.min(*b) - 1e-6 <= *v && *v <= a.max(*b) + 1e-6);
                    }
                    (None, Some(_), Some(_), None) => prop_assert!(false, "gap {} not filled", i),
                    (None, _, _, v) => prop_assert_eq!(*v, None),
                }
            }
        }
    }
}
