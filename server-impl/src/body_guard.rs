//! Keeps request bodies from tripping the generated router.
//!
//! The router names unknown JSON fields in a `Warning` header and panics when a name
//! is not visible ASCII (a header value cannot hold it). Every field the spec knows is
//! ASCII, so such a field is unknown anyway: it is dropped here, as unknown fields
//! are ignored. The scan is skipped for the common all-ASCII body.
//!
//! It also bounds nesting: no body the spec describes nests deeper than a few
//! levels, and an unknown field is skipped by the router however deep it goes, so
//! a body nesting deeper than [`MAX_DEPTH`] is refused before anything parses it.

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

/// The deepest nesting of arrays and objects accepted in a request body.
pub const MAX_DEPTH: usize = 32;

/// Whether a JSON text nests arrays and objects deeper than `max` (strings are
/// skipped; a text that is not JSON is left for the parser to refuse).
pub fn too_deep(body: &[u8], max: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in body {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
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
    fn measures_nesting_outside_strings() {
        assert!(!too_deep(br#"{"a": [[1], {"b": 2}]}"#, 3));
        assert!(too_deep(br#"{"a": [[1], {"b": [2]}]}"#, 3));
        assert!(!too_deep(br#"{"a": "[[[[[[\"[[[["}"#, 1));
        assert!(too_deep(&[b'['; 100], 32));
        assert!(!too_deep(b"", 0));
    }

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

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<String>().prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::vec((any::<String>(), inner), 0..6)
                    .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
            ]
        })
    }

    fn names_are_safe(value: &Value) -> bool {
        match value {
            Value::Object(map) => map
                .iter()
                .all(|(k, v)| is_header_safe(k) && names_are_safe(v)),
            Value::Array(items) => items.iter().all(names_are_safe),
            _ => true,
        }
    }

    proptest! {
        #[test]
        fn depth_matches_the_parser(value in json()) {
            fn depth(v: &Value) -> usize {
                match v {
                    Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
                    Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
                    _ => 0,
                }
            }
            let text = serde_json::to_vec(&value).unwrap();
            let d = depth(&value);
            prop_assert!(!too_deep(&text, d));
            prop_assert_eq!(too_deep(&text, d.saturating_sub(1)), d > 0);
        }

        #[test]
        fn any_bytes_pass_through_or_shrink(bytes in any::<Vec<u8>>()) {
            let out = drop_unsafe_field_names(Bytes::from(bytes.clone()));
            if serde_json::from_slice::<Value>(&bytes).is_err() {
                prop_assert_eq!(out, Bytes::from(bytes));
            }
        }

        #[test]
        fn json_comes_out_with_safe_names_only(value in json()) {
            let body = Bytes::from(serde_json::to_vec(&value).unwrap());
            let out = drop_unsafe_field_names(body.clone());
            let parsed: Value = serde_json::from_slice(&out).unwrap();
            prop_assert!(names_are_safe(&parsed));
            if names_are_safe(&value) {
                prop_assert_eq!(parsed, value);
            }
            // Idempotent: a cleaned body is left as it is.
            prop_assert_eq!(drop_unsafe_field_names(out.clone()), out);
        }
    }
}
