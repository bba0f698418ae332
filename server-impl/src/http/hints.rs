//! Clearer words for the generated router's own refusals. The router says
//! "Couldn't parse query parameter interval - doesn't match schema: Value not valid:
//! 15min" and "Ignoring unknown fields in body: [\"?.time_zone\"]"; a person needs the
//! values that are allowed, the reason a timestamp failed (an unencoded `+` reads as
//! a space), and the plain field names. What each query parameter allows is read
//! from the spec once.

use serde_json::Value;
use std::collections::HashMap;

/// What the spec says of one query parameter.
#[derive(Debug, Clone, Default, PartialEq)]
struct Param {
    /// The enum's values, if it has one.
    allowed: Vec<String>,
    /// `format: date-time`.
    timestamp: bool,
}

/// The query parameters of every operation, by `operationId` and name.
#[derive(Debug, Clone, Default)]
pub struct Hints {
    params: HashMap<(String, String), Param>,
}

const PARSE_FAILURE: &str = "Couldn't parse query parameter ";

/// Follows a local `$ref` (`#/components/...`), a few levels deep at most.
fn resolve<'a>(spec: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..8 {
        let Some(pointer) = node
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        else {
            break;
        };
        match spec.pointer(pointer) {
            Some(target) => node = target,
            None => break,
        }
    }
    node
}

fn param_of(spec: &Value, schema: &Value) -> Param {
    let schema = resolve(spec, schema);
    // A list parameter (`function=min,max`) names its items' values.
    let schema = match schema.get("items") {
        Some(items) => resolve(spec, items),
        None => schema,
    };
    Param {
        allowed: schema
            .get("enum")
            .and_then(Value::as_array)
            .map(|values| {
                values
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
        timestamp: schema.get("format").and_then(Value::as_str) == Some("date-time"),
    }
}

impl Hints {
    /// Reads every operation's query parameters (path-level ones included).
    pub fn from_spec(spec: &Value) -> Hints {
        let mut params = HashMap::new();
        let paths = spec.get("paths").and_then(Value::as_object);
        for item in paths.into_iter().flat_map(|p| p.values()) {
            let shared = item.get("parameters").and_then(Value::as_array);
            for op in item.as_object().into_iter().flat_map(|o| o.values()) {
                let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                    continue;
                };
                let own = op.get("parameters").and_then(Value::as_array);
                for param in shared.into_iter().chain(own).flatten() {
                    let param = resolve(spec, param);
                    if param.get("in").and_then(Value::as_str) != Some("query") {
                        continue;
                    }
                    let (Some(name), Some(schema)) = (
                        param.get("name").and_then(Value::as_str),
                        param.get("schema"),
                    ) else {
                        continue;
                    };
                    params.insert((id.to_string(), name.to_string()), param_of(spec, schema));
                }
            }
        }
        Hints { params }
    }

    /// A clearer detail for the router's refusal of a query parameter of
    /// `operation`, given the request's raw query; `None` leaves `detail` as it is.
    pub fn query_failure(
        &self,
        operation: &str,
        query: Option<&str>,
        detail: &str,
    ) -> Option<String> {
        let rest = detail.strip_prefix(PARSE_FAILURE)?;
        let name = rest.split_whitespace().next()?;
        let param = self
            .params
            .get(&(operation.to_string(), name.to_string()))?;
        let raw = query?
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))?;
        let value: String = form_urlencoded::parse(format!("v={raw}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        if !param.allowed.is_empty() {
            return Some(format!(
                "query parameter `{name}`: `{value}` is not allowed; use one of {}",
                param.allowed.join(", ")
            ));
        }
        if param.timestamp {
            let mut hint = format!(
                "query parameter `{name}`: `{value}` is not an RFC 3339 timestamp \
                 (2026-01-31T12:00:00Z or 2026-01-31T13:00:00+01:00)"
            );
            if raw.contains('+') {
                hint.push_str(&format!(
                    "; a `+` in a URL query stands for a space: encode it as `%2B` \
                     ({name}={})",
                    raw.replace('+', "%2B")
                ));
            }
            return Some(hint);
        }
        None
    }
}

/// The router's `Warning` for ignored body fields, in the RFC 7234 form with plain
/// names: `299 joule "unknown fields ignored: time_zone"`. `None` for any other text.
pub fn unknown_fields_warning(router_text: &str) -> Option<String> {
    let list = router_text.strip_prefix("Ignoring unknown fields in body: ")?;
    let names: Vec<String> = serde_json::from_str::<Vec<String>>(list)
        .ok()?
        .into_iter()
        .map(|path| {
            path.trim_start_matches("?.")
                .trim_start_matches('?')
                .replace('"', "")
        })
        .collect();
    Some(format!(
        "299 joule \"unknown fields ignored: {}\"",
        names.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({
            "paths": {"/a/{id}": {
                "parameters": [{"name": "from", "in": "query",
                                "schema": {"type": "string", "format": "date-time"}}],
                "get": {"operationId": "aGet", "parameters": [
                    {"$ref": "#/components/parameters/Interval"},
                    {"name": "function", "in": "query", "schema": {"type": "array",
                     "items": {"$ref": "#/components/schemas/Function"}}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}}
                ]}
            }},
            "components": {
                "parameters": {"Interval": {"name": "interval", "in": "query",
                    "schema": {"$ref": "#/components/schemas/Interval"}}},
                "schemas": {"Interval": {"type": "string", "enum": ["1m", "1h"]},
                            "Function": {"type": "string", "enum": ["min", "max"]}}
            }
        })
    }

    #[test]
    fn an_enum_parameter_lists_its_values() {
        let hints = Hints::from_spec(&spec());
        let detail = "Couldn't parse query parameter interval - doesn't match schema: \
                      Value not valid: 15min";
        assert_eq!(
            hints.query_failure("aGet", Some("interval=15min&x=1"), detail),
            Some("query parameter `interval`: `15min` is not allowed; use one of 1m, 1h".into())
        );
        let detail = "Couldn't parse query parameter function - doesn't match schema: x";
        assert!(hints
            .query_failure("aGet", Some("function=avg"), detail)
            .is_some_and(|d| d.contains("use one of min, max")));
    }

    #[test]
    fn an_unencoded_plus_in_a_timestamp_is_explained() {
        let hints = Hints::from_spec(&spec());
        let detail = "Couldn't parse query parameter from - doesn't match schema: \
                      input contains invalid characters";
        let hint = hints
            .query_failure("aGet", Some("from=2026-01-01T00:00:00+01:00"), detail)
            .expect("a hint");
        assert!(hint.contains("`2026-01-01T00:00:00 01:00`"), "{hint}");
        assert!(hint.contains("from=2026-01-01T00:00:00%2B01:00"), "{hint}");
        let plain = hints
            .query_failure("aGet", Some("from=yesterday"), detail)
            .expect("a hint");
        assert!(!plain.contains("%2B"), "{plain}");
    }

    #[test]
    fn other_failures_are_left_alone() {
        let hints = Hints::from_spec(&spec());
        let limit = "Couldn't parse query parameter limit - doesn't match schema: x";
        assert_eq!(hints.query_failure("aGet", Some("limit=x"), limit), None);
        assert_eq!(hints.query_failure("other", Some("limit=x"), limit), None);
        assert_eq!(hints.query_failure("aGet", None, "Missing body"), None);
    }

    #[test]
    fn the_unknown_fields_warning_names_plain_fields() {
        assert_eq!(
            unknown_fields_warning(r#"Ignoring unknown fields in body: ["?.time_zone", "?.x"]"#),
            Some("299 joule \"unknown fields ignored: time_zone, x\"".into())
        );
        assert_eq!(unknown_fields_warning("something else"), None);
    }
}
