//! Opaque keyset-pagination cursors: the last id of a page, base64url-encoded so
//! clients treat it as a token rather than a number to do arithmetic on.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Cursors of lists ordered by id, and of value ranges ordered by timestamp; the
/// prefix keeps one kind from being passed where the other is expected.
const ID: &str = "id:";
const TS: &str = "ts:";

fn encode(prefix: &str, n: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{prefix}{n}"))
}

fn decode(prefix: &str, cursor: &str) -> Option<i64> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor.as_bytes()).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    text.strip_prefix(prefix)?.parse().ok()
}

pub fn encode_id(id: i64) -> String {
    encode(ID, id)
}

/// Decodes a cursor made by [`encode_id`]; `None` for anything else.
pub fn decode_id(cursor: &str) -> Option<i64> {
    decode(ID, cursor)
}

pub fn encode_ts(ts: i64) -> String {
    encode(TS, ts)
}

/// Decodes a cursor made by [`encode_ts`]; `None` for anything else.
pub fn decode_ts(cursor: &str) -> Option<i64> {
    decode(TS, cursor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        for id in [0, 1, 42, i64::MAX, -5] {
            assert_eq!(decode_id(&encode_id(id)), Some(id));
        }
        assert_eq!(decode_id("not a cursor"), None);
        assert_eq!(decode_id(""), None);
        assert_eq!(decode_id(&URL_SAFE_NO_PAD.encode("id:x")), None);
        assert_eq!(
            decode_ts(&encode_ts(1_700_000_000_000_000)),
            Some(1_700_000_000_000_000)
        );
        assert_eq!(
            decode_ts(&encode_id(5)),
            None,
            "an id cursor is not a timestamp cursor"
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_decodes_to_a_number_or_nothing(text in any::<String>()) {
            let _ = decode_id(&text);
            let _ = decode_ts(&text);
        }

        #[test]
        fn any_bytes_behind_base64_decode_to_a_number_or_nothing(bytes in any::<Vec<u8>>()) {
            let cursor = URL_SAFE_NO_PAD.encode(&bytes);
            if decode_id(&cursor).is_some() {
                prop_assert!(bytes.starts_with(b"id:"));
            }
            if decode_ts(&cursor).is_some() {
                prop_assert!(bytes.starts_with(b"ts:"));
            }
        }

        #[test]
        fn cursors_round_trip_and_never_cross(n in any::<i64>()) {
            prop_assert_eq!(decode_id(&encode_id(n)), Some(n));
            prop_assert_eq!(decode_ts(&encode_ts(n)), Some(n));
            prop_assert_eq!(decode_ts(&encode_id(n)), None);
            prop_assert_eq!(decode_id(&encode_ts(n)), None);
        }
    }
}
