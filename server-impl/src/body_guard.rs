//! Keeps request bodies from tripping the generated router.
//!
//! The router names unknown JSON fields in a `Warning` header and panics when a name
//! is not visible ASCII (a header value cannot hold it). Every field the spec knows is
//! ASCII, so such a field is unknown anyway: it is dropped here, as unknown fields
//! are ignored. The scan is skipped for the common all-ASCII body.

use bytes::Bytes;
use serde_json::Value;

fn is_header_safe(name: &str) -> bool {
    name.bytes().all(|b| (0x20..0x7f).contains(&b))
}

fn strip(value: &mut Value) -> bool {
    match value {
        Value::Object(map) => {
            let before = map.len();
            map.retain(|k, _| is_header_safe(k));
            let mut changed = map.len() != before;
            for v in map.values_mut() {
                changed |= strip(v);
            }
            changed
        }
        Value::Array(items) => items
            .iter_mut()
            .fold(false, |changed, v| strip(v) | changed),
        _ => false,
    }
}

/// The body with every non-ASCII or control-character field name removed.
pub fn drop_unsafe_field_names(body: Bytes) -> Bytes {
    if body
        .iter()
        .all(|b| (0x20..0x7f).contains(b) || matches!(b, b'\t' | b'\n' | b'\r'))
    {
        return body;
    }
    let Ok(mut value) = serde_json::from_slice::<Value>(&body) else {
        return body;
    };
    if strip(&mut value) {
        serde_json::to_vec(&value).map(Bytes::from).unwrap_or(body)
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_only_unsafe_names() {
        let body = Bytes::from(r#"{"name":"Café","é":1,"a":[{"\n":2,"ok":3}]}"#);
        let out: Value = serde_json::from_slice(&drop_unsafe_field_names(body)).unwrap();
        assert_eq!(out, serde_json::json!({"name": "Café", "a": [{"ok": 3}]}));
        let plain = Bytes::from(r#"{"name":"x"}"#);
        assert_eq!(drop_unsafe_field_names(plain.clone()), plain);
        let broken = Bytes::from("{\"é");
        assert_eq!(drop_unsafe_field_names(broken.clone()), broken);
    }
}
