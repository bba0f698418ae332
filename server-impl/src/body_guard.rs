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
