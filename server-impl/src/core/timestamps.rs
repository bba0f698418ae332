//! Timestamps as every door reads them: RFC 3339 text in, microseconds since the epoch
//! (UTC) stored, between 1970 and 9999.

use chrono::{DateTime, Utc};

/// The earliest instant stored: 1970-01-01T00:00:00Z.
pub const MIN_MICROS: i64 = 0;
/// The latest instant stored: 9999-12-31T23:59:59.999999Z.
pub const MAX_MICROS: i64 = 253_402_300_799_999_999;

/// Parses an RFC 3339 date-time (any offset; stored as UTC) to microseconds.
/// Finer than microsecond precision is refused rather than silently rounded.
pub fn parse(text: &str) -> Result<i64, String> {
    let parsed = DateTime::parse_from_rfc3339(text.trim()).map_err(|e| {
        format!("'{text}' is not an RFC 3339 date-time like 2026-01-31T12:00:00Z ({e})")
    })?;
    if parsed.timestamp_subsec_nanos() % 1_000 != 0 {
        return Err(format!("'{text}' is more precise than a microsecond"));
    }
    from_datetime(parsed.with_timezone(&Utc))
}

/// Microseconds of a parsed date-time, checked against the stored range.
pub fn from_datetime(at: DateTime<Utc>) -> Result<i64, String> {
    refuse_leap_second(at)?;
    let micros = at.timestamp_micros();
    if !(MIN_MICROS..=MAX_MICROS).contains(&micros) {
        return Err(format!(
            "{} is outside 1970-01-01 to 9999-12-31",
            at.to_rfc3339()
        ));
    }
    Ok(micros)
}

/// Microseconds a door read itself (line protocol), checked against the stored range.
pub fn check(micros: i64) -> Result<i64, String> {
    if (MIN_MICROS..=MAX_MICROS).contains(&micros) {
        return Ok(micros);
    }
    Err(format!(
        "{micros} µs since the epoch is outside 1970-01-01 to 9999-12-31"
    ))
}

/// A query range (`from` inclusive, `to` exclusive), defaulting to everything.
pub fn range(
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
) -> Result<(i64, i64), (&'static str, String)> {
    let from = match from {
        Some(f) => from_datetime(f).map_err(|e| ("from", e))?,
        None => MIN_MICROS,
    };
    let to = match to {
        Some(t) => end(t).map_err(|e| ("to", e))?,
        None => MAX_MICROS + 1,
    };
    if to < from {
        return Err(("to", "must not be before from".to_string()));
    }
    Ok((from, to))
}

/// The exclusive end of a query range, clamped to the stored range.
pub fn end(to: DateTime<Utc>) -> Result<i64, String> {
    refuse_leap_second(to)?;
    Ok(to.timestamp_micros().clamp(MIN_MICROS, MAX_MICROS + 1))
}

/// Stored time has no leap seconds: `23:59:60` would be stored as the next
/// minute's first second and silently replace the value there.
fn refuse_leap_second(at: DateTime<Utc>) -> Result<(), String> {
    if at.timestamp_subsec_nanos() >= 1_000_000_000 {
        return Err(format!(
            "{} is a leap second, which is not stored; use the second before or after",
            at.format("%Y-%m-%dT%H:%M:60Z")
        ));
    }
    Ok(())
}

pub fn to_datetime(micros: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(micros).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rfc3339_to_utc_micros() {
        assert_eq!(parse("1970-01-01T00:00:00Z"), Ok(0));
        assert_eq!(parse("1970-01-01T01:00:00.000001+01:00"), Ok(1));
        assert_eq!(parse("2026-01-31T12:00:00.25Z"), Ok(1_769_860_800_250_000));
        assert_eq!(parse("9999-12-31T23:59:59.999999Z"), Ok(MAX_MICROS));
        assert!(parse("1969-12-31T23:59:59Z").is_err());
        assert!(parse("2026-01-31T12:00:00.0000001Z").is_err());
        assert!(parse("2026-01-31").is_err());
        assert!(parse("").is_err());
        assert!(parse("yesterday").is_err());
        let leap = parse("2026-06-30T23:59:60Z").unwrap_err();
        assert!(leap.contains("leap second"), "{leap}");
        assert!(parse("2026-06-30T12:00:60.5+00:00").is_err());
        let leap = DateTime::parse_from_rfc3339("2016-12-31T23:59:60Z")
            .unwrap()
            .to_utc();
        assert_eq!(range(Some(leap), None).unwrap_err().0, "from");
        assert_eq!(range(None, Some(leap)).unwrap_err().0, "to");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use chrono::{FixedOffset, SecondsFormat};
    use proptest::prelude::*;

    fn any_instant() -> impl Strategy<Value = Option<DateTime<Utc>>> {
        any::<i64>().prop_map(DateTime::from_timestamp_micros)
    }

    proptest! {
        #[test]
        fn parse_answers_a_stored_instant_or_an_error(text in any::<String>()) {
            if let Ok(micros) = parse(&text) {
                prop_assert!((MIN_MICROS..=MAX_MICROS).contains(&micros));
            }
        }

        #[test]
        fn parse_survives_near_misses(
            text in r"[0-9+-]{0,6}-[0-9]{1,3}-[0-9]{1,3}[Tt ][0-9]{1,3}:[0-9]{1,3}:[0-9]{1,3}(\.[0-9]{0,12})?([Zz]|[+-][0-9]{2}:[0-9]{2})?"
        ) {
            if let Ok(micros) = parse(&text) {
                prop_assert!((MIN_MICROS..=MAX_MICROS).contains(&micros));
            }
        }

        #[test]
        fn every_stored_instant_round_trips(
            micros in MIN_MICROS..=MAX_MICROS,
            offset_minutes in -(23 * 60 + 59)..=(23 * 60 + 59),
        ) {
            let utc = to_datetime(micros);
            prop_assert_eq!(utc.timestamp_micros(), micros);
            let text = utc.to_rfc3339_opts(SecondsFormat::AutoSi, true);
            prop_assert_eq!(parse(&text), Ok(micros));
            // The same instant written with any offset is the same stored instant.
            let offset = FixedOffset::east_opt(offset_minutes * 60).unwrap();
            let local = utc.with_timezone(&offset).to_rfc3339_opts(SecondsFormat::Micros, false);
            prop_assert_eq!(parse(&local), Ok(micros));
        }

        #[test]
        fn instants_outside_the_stored_range_are_refused(micros in any::<i64>()) {
            prop_assume!(!(MIN_MICROS..=MAX_MICROS).contains(&micros));
            if let Some(at) = DateTime::from_timestamp_micros(micros) {
                prop_assert!(from_datetime(at).is_err());
            }
        }

        #[test]
        fn range_is_ordered_and_within_bounds(from in any_instant(), to in any_instant()) {
            match range(from, to) {
                Ok((f, t)) => {
                    prop_assert!(MIN_MICROS <= f && f <= t && t <= MAX_MICROS + 1);
                    if let Some(from) = from {
                        prop_assert_eq!(f, from.timestamp_micros());
                    }
                }
                Err((field, message)) => {
                    prop_assert!(field == "from" || field == "to");
                    prop_assert!(!message.is_empty());
                }
            }
        }
    }
}
