//! A series read as a line through its points, for the functions that need a
//! bucket's neighbours: the integral of a gauge and the increase (and rate) of a
//! counter. Each pair of consecutive points is a segment; a segment's share of a
//! bucket is cut at the bucket's and the range's edges, so a bucket's value does not
//! depend on where the query starts or ends, and buckets add up to their union.
//! Nothing is extrapolated before the first point or after the last.

use crate::timegrid::Grid;

/// Microseconds in an hour: integrals are in value × hours.
const MICROS_PER_HOUR: f64 = 3_600_000_000.0;

/// A float sum with Neumaier's compensation: sums of exact inputs stay exact to
/// the float, where plain addition drifts (`999.9999999`).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Sum {
    sum: f64,
    compensation: f64,
}

impl Sum {
    pub fn add(&mut self, x: f64) {
        let t = self.sum + x;
        if self.sum.abs() >= x.abs() {
            self.compensation += (self.sum - t) + x;
        } else {
            self.compensation += (x - t) + self.sum;
        }
        self.sum = t;
    }

    pub fn value(&self) -> f64 {
        self.sum + self.compensation
    }
}

/// Per bucket: twice the integral in value × microseconds, the counter's rise,
/// and the microseconds the series covers; `touched` when a point lies in the
/// bucket or a segment crosses it.
#[derive(Debug, Clone, Copy, Default)]
struct Cell {
    area2: Sum,
    rise: Sum,
    covered: i64,
    touched: bool,
}

/// What a counter does when it drops between two points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CounterDrop {
    /// Restarted from 0: the later value is the rise.
    Reset,
    /// Wrapped at this value: the rise is `max − earlier + later`.
    Rollover(f64),
}

impl CounterDrop {
    pub fn new(counter_max: Option<f64>) -> CounterDrop {
        counter_max.map_or(CounterDrop::Reset, CounterDrop::Rollover)
    }

    /// The rise of a counter from `v0` to `v1`.
    pub fn rise(self, v0: f64, v1: f64) -> f64 {
        if v1 >= v0 {
            return v1 - v0;
        }
        match self {
            CounterDrop::Reset => v1,
            CounterDrop::Rollover(max) => max - v0 + v1,
        }
    }
}

/// One hour of a series as its rollup holds it (see [`crate::rollups`]): its first
/// and last points, and the segments between its points summed up, the drops
/// apart so that the datapoint's [`CounterDrop`] applies when read.
#[derive(Debug, Clone, Copy)]
pub struct HourLine {
    pub first: (i64, f64),
    pub last: (i64, f64),
    /// Twice the integral of the segments, in value × microseconds.
    pub area2: f64,
    /// The rises between consecutive points.
    pub up: f64,
    /// The drops: how many, the values before them and the values after them.
    pub drops: i64,
    pub drop_from: f64,
    pub drop_to: f64,
}

impl HourLine {
    fn rise(&self, drop: CounterDrop) -> f64 {
        match drop {
            CounterDrop::Reset => self.up + self.drop_to,
            CounterDrop::Rollover(max) => {
                self.up + (self.drops as f64 * max - self.drop_from) + self.drop_to
            }
        }
    }
}

/// Accumulates the segments of a series, point by point in time order, on a grid
/// clipped to `[grid.from, grid.to)`. Feed it the last point before the range, the
/// points inside, and the first point at or after the range's end.
#[derive(Debug)]
pub struct Pieces<'g> {
    grid: &'g Grid,
    drop: CounterDrop,
    cells: Vec<Cell>,
    previous: Option<(i64, f64)>,
}

impl<'g> Pieces<'g> {
    pub fn new(grid: &'g Grid, drop: CounterDrop) -> Pieces<'g> {
        Pieces {
            grid,
            drop,
            cells: vec![Cell::default(); grid.starts.len()],
            previous: None,
        }
    }

    /// Adds the point `(t, v)`; points come strictly in time order.
    pub fn push(&mut self, t1: i64, v1: f64) {
        if (self.grid.from..self.grid.to).contains(&t1) {
            if let Some(i) = self.grid.index_of(t1) {
                self.cells[i].touched = true;
            }
        }
        if let Some((t0, v0)) = self.previous {
            self.segment((t0, v0), (t1, v1));
        }
        self.previous = Some((t1, v1));
    }

    /// Adds an hour's points at once: the segment from the previous point to its
    /// first, then its own segments. The grid's edges must be whole hours (see
    /// [`crate::rollups::covers`]) and the hour inside the range, so the hour's
    /// segments lie in one bucket.
    pub fn push_hour(&mut self, hour: &HourLine) {
        let (t0, v0) = hour.first;
        self.push(t0, v0);
        if let Some(i) = self.grid.index_of(t0) {
            let cell = &mut self.cells[i];
            cell.area2.add(hour.area2);
            cell.rise.add(hour.rise(self.drop));
            cell.covered += hour.last.0 - t0;
        }
        self.previous = Some(hour.last);
    }

    fn segment(&mut self, (t0, v0): (i64, f64), (t1, v1): (i64, f64)) {
        if t1 <= t0 {
            return;
        }
        let rise = self.drop.rise(v0, v1);
        let span = (t1 - t0) as f64;
        let value_at = |t: i64| {
            if t == t0 {
                v0
            } else if t == t1 {
                v1
            } else {
                v0 + (v1 - v0) * ((t - t0) as f64 / span)
            }
        };
        let mut a = t0.max(self.grid.from);
        let end = t1.min(self.grid.to);
        while a < end {
            let Some(i) = self.grid.index_of(a) else {
                break;
            };
            let b = self.grid.end_of(i).min(end);
            let cell = &mut self.cells[i];
            cell.area2.add((value_at(a) + value_at(b)) * (b - a) as f64);
            if a == t0 && b == t1 {
                cell.rise.add(rise);
            } else {
                cell.rise.add(rise * ((b - a) as f64 / span));
            }
            cell.covered += b - a;
            cell.touched = true;
            a = b;
        }
    }

    /// The integral per bucket in value × hours (`None`: the series does not reach it).
    pub fn integrals(&self) -> Vec<Option<f64>> {
        self.each(|c| Some(c.area2.value() / (2.0 * MICROS_PER_HOUR)))
    }

    /// The counter's increase per bucket.
    pub fn increases(&self) -> Vec<Option<f64>> {
        self.each(|c| Some(c.rise.value()))
    }

    /// The increase per hour of the time the series covers in each bucket.
    pub fn rates(&self) -> Vec<Option<f64>> {
        self.each(|c| (c.covered > 0).then(|| c.rise.value() * MICROS_PER_HOUR / c.covered as f64))
    }

    fn each(&self, value: impl Fn(&Cell) -> Option<f64>) -> Vec<Option<f64>> {
        self.cells
            .iter()
            .map(|c| if c.touched { value(c) } else { None })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timegrid::Interval;
    use chrono_tz::Tz;

    const MINUTE: i64 = 60_000_000;
    const HOUR: i64 = 60 * MINUTE;

    fn grid(from: i64, to: i64, interval: Interval) -> Grid {
        Grid::new(from, to, interval, Tz::UTC).unwrap()
    }

    /// Every minute of `[start, end]`, constant `watts`.
    fn constant(pieces: &mut Pieces<'_>, start: i64, end: i64, watts: f64) {
        for t in (start..=end).step_by(MINUTE as usize) {
            pieces.push(t, watts);
        }
    }

    #[test]
    fn a_constant_kilowatt_is_a_kilowatt_hour_per_hour_in_any_window() {
        let day = 24 * HOUR;
        // The hour alone, the hour within the day, and the whole day.
        let alone = grid(12 * HOUR, 13 * HOUR, Interval::Hours(1));
        let mut p = Pieces::new(&alone, CounterDrop::Reset);
        // The points a query reads: the one before, inside, the one at the end.
        constant(&mut p, 12 * HOUR - MINUTE, 13 * HOUR, 1000.0);
        assert_eq!(p.integrals(), vec![Some(1000.0)]);

        let hours = grid(0, day, Interval::Hours(1));
        let mut p = Pieces::new(&hours, CounterDrop::Reset);
        constant(&mut p, -MINUTE, day, 1000.0);
        assert!(p.integrals().iter().all(|v| *v == Some(1000.0)));

        let whole = grid(0, day, Interval::Day);
        let mut p = Pieces::new(&whole, CounterDrop::Reset);
        constant(&mut p, -MINUTE, day, 1000.0);
        assert_eq!(p.integrals(), vec![Some(24_000.0)]);
    }

    #[test]
    fn nothing_is_extrapolated_beyond_the_series() {
        let g = grid(0, 3 * HOUR, Interval::Hours(1));
        let mut p = Pieces::new(&g, CounterDrop::Reset);
        p.push(HOUR + 30 * MINUTE, 10.0);
        p.push(HOUR + 45 * MINUTE, 10.0);
        assert_eq!(p.integrals(), vec![None, Some(2.5), None]);
        let mut single = Pieces::new(&g, CounterDrop::Reset);
        single.push(HOUR, 7.0);
        assert_eq!(single.integrals(), vec![None, Some(0.0), None]);
        assert_eq!(single.rates(), vec![None, None, None]);
    }

    #[test]
    fn increases_split_at_edges_and_survive_resets_and_rollovers() {
        let g = grid(0, 2 * HOUR, Interval::Hours(1));
        // 100 → 160 over 12:30..13:30 straddles the edge: half each side.
        let mut p = Pieces::new(&g, CounterDrop::Reset);
        p.push(30 * MINUTE, 100.0);
        p.push(90 * MINUTE, 160.0);
        assert_eq!(p.increases(), vec![Some(30.0), Some(30.0)]);
        assert_eq!(p.rates(), vec![Some(60.0), Some(60.0)]);
        // A reset: 50 → 5 means the counter restarted and rose by 5.
        let mut p = Pieces::new(&g, CounterDrop::Reset);
        for (t, v) in [(0, 40.0), (10, 50.0), (20, 5.0), (30, 8.0)] {
            p.push(t * MINUTE, v);
        }
        assert_eq!(p.increases()[0], Some(10.0 + 5.0 + 3.0));
        // A rollover at 1000: 990 → 10 rose by 20.
        let mut p = Pieces::new(&g, CounterDrop::Rollover(1000.0));
        p.push(0, 990.0);
        p.push(MINUTE, 10.0);
        assert_eq!(p.increases()[0], Some(20.0));
    }

    #[test]
    fn compensated_sums_of_exact_inputs_are_exact() {
        let mut s = Sum::default();
        for _ in 0..10 {
            s.add(0.1);
        }
        assert_eq!(s.value(), 1.0);
        let plain: f64 = std::iter::repeat_n(0.1, 10).sum();
        assert_ne!(plain, 1.0, "the plain sum drifts, which is why Sum exists");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::timegrid::Interval;
    use chrono_tz::Tz;
    use proptest::prelude::*;

    const HOUR: i64 = 3_600_000_000;

    /// Points at strictly increasing instants over about two days, values that may
    /// drop (counter resets), read by a query over `[from, to)`: the nearest point
    /// on each side of the range and those inside, as the query feeds them.
    fn fed<'g>(points: &[(i64, f64)], grid: &'g Grid, drop: CounterDrop) -> Pieces<'g> {
        let mut pieces = Pieces::new(grid, drop);
        let before = points.iter().rev().find(|(t, _)| *t < grid.from);
        let inside = points
            .iter()
            .filter(|(t, _)| (grid.from..grid.to).contains(t));
        let after = points.iter().find(|(t, _)| *t >= grid.to);
        for &(t, v) in before.into_iter().chain(inside).chain(after) {
            pieces.push(t, v);
        }
        pieces
    }

    fn series() -> impl Strategy<Value = Vec<(i64, f64)>> {
        proptest::collection::vec((1i64..3 * HOUR, 0.0f64..1000.0), 2..200).prop_map(|steps| {
            let mut t = -HOUR;
            steps
                .into_iter()
                .map(|(dt, v)| {
                    t += dt;
                    (t, v)
                })
                .collect()
        })
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn a_bucket_does_not_depend_on_the_window_and_buckets_add_up(
            points in series(),
            first in 0i64..24,
            len in 1i64..24,
        ) {
            let day = Grid::new(0, 48 * HOUR, Interval::Hours(1), Tz::UTC).unwrap();
            let whole = fed(&points, &day, CounterDrop::Reset);
            let window = Grid::new(first * HOUR, (first + len) * HOUR, Interval::Hours(1), Tz::UTC).unwrap();
            let part = fed(&points, &window, CounterDrop::Reset);
            let (all_i, all_r) = (whole.integrals(), whole.increases());
            for (k, (i, r)) in part.integrals().into_iter().zip(part.increases()).enumerate() {
                let h = (first as usize) + k;
                prop_assert_eq!(i.is_some(), all_i[h].is_some());
                if let (Some(a), Some(b)) = (i, all_i[h]) {
                    prop_assert!(close(a, b), "integral of hour {}: {} vs {}", h, a, b);
                }
                if let (Some(a), Some(b)) = (r, all_r[h]) {
                    prop_assert!(close(a, b), "increase of hour {}: {} vs {}", h, a, b);
                }
            }
            // The window as one bucket is the sum of its hours.
            let one = Grid {
                from: first * HOUR,
                to: (first + len) * HOUR,
                starts: vec![first * HOUR],
                end: (first + len) * HOUR,
                fixed: None,
            };
            let joined = fed(&points, &one, CounterDrop::Reset);
            let hours: f64 = part.integrals().into_iter().flatten().sum();
            if let Some(Some(total)) = joined.integrals().first() {
                prop_assert!(close(*total, hours), "{} vs {}", total, hours);
            }
            let rises: f64 = part.increases().into_iter().flatten().sum();
            if let Some(Some(total)) = joined.increases().first() {
                prop_assert!(close(*total, rises), "{} vs {}", total, rises);
            }
        }
    }
}
