//! Opaque keyset-pagination cursors: the last id of a page, base64url-encoded so
//! clients treat it as a token rather than a number to do arithmetic on.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

const PREFIX: &str = "id:";

pub fn encode_id(id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{PREFIX}{id}"))
}

/// Decodes a cursor made by [`encode_id`]; `None` for anything else.
pub fn decode_id(cursor: &str) -> Option<i64> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor.as_bytes()).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    text.strip_prefix(PREFIX)?.parse().ok()
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
    }
}
