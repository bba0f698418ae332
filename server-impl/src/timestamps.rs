//! Timestamps as the API reads them: RFC 3339 text in, microseconds since the epoch
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
    let micros = at.timestamp_micros();
    if !(MIN_MICROS..=MAX_MICROS).contains(&micros) {
        return Err(format!(
            "{} is outside 1970-01-01 to 9999-12-31",
            at.to_rfc3339()
        ));
    }
    Ok(micros)
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
        Some(t) => t.timestamp_micros().clamp(MIN_MICROS, MAX_MICROS + 1),
        None => MAX_MICROS + 1,
    };
    if to < from {
        return Err(("to", "must not be before from".to_string()));
    }
    Ok((from, to))
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
    }
}
