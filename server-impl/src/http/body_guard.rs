//! One reading of a JSON request body, shared by every check and the router.
//!
//! The front door checks a body (access scope, nulls) and the generated router parses
//! it again. Where two readings could differ, a check would pass on one reading while
//! the handler acts on the other. So [`canonical`] refuses what JSON readers may read
//! differently and rewrites nothing the checks have not seen:
//! - a **duplicate key** in any object (serde keeps the last, others the first) is a
//!   400 naming it;
//! - a **NUL character** in any string or key is a 400 naming the field: PostgreSQL
//!   cannot store it and SQLite would, so one rule holds for both backends;
//! - a body nesting deeper than [`MAX_DEPTH`] is refused before anything parses it
//!   (no body the spec describes nests deeper than a few levels);
//! - field names that are not visible ASCII are dropped *before* the checks: the
//!   router names unknown fields in a `Warning` header and panics when a name cannot
//!   be a header value. Every field the spec knows is ASCII, so they are unknown
//!   anyway, and unknown fields are ignored.

use bytes::Bytes;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

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

/// Why a body was refused, naming the field (`[2].datapoint_id`, `name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub field: String,
    pub message: String,
}

/// The body every check and the router read, or why it is refused. A body that is
/// not JSON at all is passed on unchanged for the router to refuse with its own
/// message.
pub fn canonical(body: Bytes) -> Result<Bytes, Refusal> {
    if too_deep(&body, MAX_DEPTH) {
        return Err(Refusal {
            field: String::new(),
            message: format!("the body nests deeper than {MAX_DEPTH} levels"),
        });
    }
    let found = RefCell::new(None);
    let mut unsafe_names = false;
    let walk = Walk {
        at: &Path::Root,
        found: &found,
        unsafe_names: &mut unsafe_names,
    };
    let mut reader = serde_json::Deserializer::from_slice(&body);
    let read = walk.deserialize(&mut reader).and_then(|()| reader.end());
    if let Some(refusal) = found.into_inner() {
        return Err(refusal);
    }
    if read.is_err() || !unsafe_names {
        return Ok(body);
    }
    Ok(drop_unsafe_field_names(body))
}

/// Where a value sits in the body; formatted only when something is refused.
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => write!(f, "{key}"),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// Walks a JSON value without building it, stopping at the first refusal.
struct Walk<'a, 'p> {
    at: &'p Path<'p>,
    found: &'a RefCell<Option<Refusal>>,
    unsafe_names: &'a mut bool,
}

impl Walk<'_, '_> {
    fn refuse<E: de::Error>(&self, field: String, message: &str) -> E {
        *self.found.borrow_mut() = Some(Refusal {
            field,
            message: message.to_string(),
        });
        E::custom("refused")
    }

    fn text<E: de::Error>(&self, text: &str) -> Result<(), E> {
        if text.contains('\0') {
            return Err(self.refuse(self.at.to_string(), "must not contain a NUL character"));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Walk<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.text(v)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        loop {
            let at = Path::Index(self.at, index);
            let item = Walk {
                at: &at,
                found: self.found,
                unsafe_names: &mut *self.unsafe_names,
            };
            if seq.next_element_seed(item)?.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let at = Path::Key(self.at, &key);
            if key.contains('\0') {
                return Err(self.refuse(
                    at.to_string(),
                    "a field name must not contain a NUL character",
                ));
            }
            if seen.contains(&key) {
                return Err(self.refuse(at.to_string(), "is given more than once"));
            }
            *self.unsafe_names |= !is_header_safe(&key);
            map.next_value_seed(Walk {
                at: &at,
                found: self.found,
                unsafe_names: &mut *self.unsafe_names,
            })?;
            seen.insert(key);
        }
        Ok(())
    }
}

/// The body with every non-ASCII or control-character field name removed.
fn drop_unsafe_field_names(body: Bytes) -> Bytes {
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

    fn refused(body: &str) -> Refusal {
        canonical(Bytes::from(body.to_string())).expect_err(body)
    }

    #[test]
    fn refuses_what_readers_could_read_differently() {
        let r = refused(r#"[{"datapoint_id": 1, "datapoint_id": 4, "é": 1}]"#);
        assert_eq!(r.field, "[0].datapoint_id");
        assert_eq!(r.message, "is given more than once");
        assert_eq!(
            refused(r#"{"datapoints": {"e1_ts": 1, "e2_ts": 2, "e1_ts": 4}}"#).field,
            "datapoints.e1_ts"
        );
        // The same name spelled with an escape is the same key.
        assert_eq!(refused(r#"{"a": 1, "\u0061": 2}"#).field, "a");
        assert_eq!(refused(r#"{"name": "a\u0000b"}"#).field, "name");
        assert_eq!(refused(r#"[{"v": ["x", "\u0000"]}]"#).field, "[0].v[1]");
        assert!(refused(r#"{"a\u0000": 1}"#).message.contains("NUL"));
        assert!(refused(&"[".repeat(40)).message.contains("deeper"));
    }

    #[test]
    fn passes_plain_and_unreadable_bodies_unchanged() {
        for body in [
            r#"{"name": "x", "n": [1, 2.5, null, true]}"#,
            "{not json",
            "",
            "[1,]",
        ] {
            let bytes = Bytes::from(body);
            assert_eq!(canonical(bytes.clone()), Ok(bytes), "{body}");
        }
        let cleaned = canonical(Bytes::from(r#"{"é": 1, "a": 2}"#)).unwrap();
        assert_eq!(&cleaned[..], br#"{"a":2}"#);
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
