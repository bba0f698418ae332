//! What the spec says about request bodies that the generated router does not
//! enforce, read once per operation into the route table at start-up.
//!
//! - **The container.** serde reads a struct from a JSON array by position, so an
//!   array where the spec wants an object (or the other way) is refused (400).
//! - **`null` for a field that is not nullable.** The generated models read an
//!   optional field as `Option<T>`, so `"name": null` would silently mean "absent".
//!   Such a body is refused (400, like any value of the wrong type), except by an
//!   operation whose errors have a format of their own (`/compute/sum`).

use joule_db::FieldError;
use serde_json::Value;

/// The shape of a request body, as far as nullability goes.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Any,
    Object(Vec<Field>),
    Array(Box<Shape>),
}

#[derive(Debug, Clone, PartialEq)]
struct Field {
    name: String,
    nullable: bool,
    shape: Shape,
}

impl Shape {
    /// Whether any field at any depth is not nullable (else there is nothing to check).
    fn checks_anything(&self) -> bool {
        match self {
            Shape::Any => false,
            Shape::Object(fields) => fields
                .iter()
                .any(|f| !f.nullable || f.shape.checks_anything()),
            Shape::Array(item) => item.checks_anything(),
        }
    }
}

/// The body contract of one operation: what its JSON body must be and where it
/// may not hold `null`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BodyContract {
    /// `{` or `[`: what its JSON body must be, if it takes one.
    container: Option<u8>,
    /// The shape of its JSON body, if it has one worth checking for nulls.
    shape: Option<Shape>,
}

const MAX_DEPTH: usize = 16;

fn resolve<'a>(spec: &'a Value, mut schema: &'a Value) -> &'a Value {
    for _ in 0..MAX_DEPTH {
        let Some(reference) = schema.get("$ref").and_then(Value::as_str) else {
            break;
        };
        let pointer = reference.trim_start_matches('#');
        match spec.pointer(pointer) {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema
}

fn shape(spec: &Value, schema: &Value, depth: usize) -> Shape {
    let schema = resolve(spec, schema);
    if depth > MAX_DEPTH {
        return Shape::Any;
    }
    if let Some(items) = schema.get("items") {
        return Shape::Array(Box::new(shape(spec, items, depth + 1)));
    }
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return Shape::Any;
    };
    Shape::Object(
        properties
            .iter()
            .map(|(name, property)| {
                let resolved = resolve(spec, property);
                // A property without a type (any JSON value) may be null too.
                let untyped = resolved.get("type").is_none() && resolved.get("$ref").is_none();
                Field {
                    name: name.clone(),
                    nullable: untyped
                        || resolved.get("nullable").and_then(Value::as_bool) == Some(true),
                    shape: shape(spec, resolved, depth + 1),
                }
            })
            .collect(),
    )
}

fn null_errors(shape: &Shape, value: &Value, at: &str, errors: &mut Vec<FieldError>) {
    match (shape, value) {
        (Shape::Object(fields), Value::Object(map)) => {
            for field in fields {
                let Some(v) = map.get(&field.name) else {
                    continue;
                };
                let path = if at.is_empty() {
                    field.name.clone()
                } else {
                    format!("{at}.{}", field.name)
                };
                if v.is_null() && !field.nullable {
                    errors.push(FieldError::new(path, "must not be null"));
                } else {
                    null_errors(&field.shape, v, &path, errors);
                }
            }
        }
        (Shape::Array(item), Value::Array(items)) => {
            for (i, v) in items.iter().enumerate() {
                null_errors(item, v, &format!("{at}[{i}]"), errors);
            }
        }
        _ => {}
    }
}

impl BodyContract {
    /// The body contract of `operation`, an operation object of the OpenAPI 3.0
    /// document `spec` (as JSON).
    pub fn of(spec: &Value, operation: &Value) -> BodyContract {
        // An operation with errors of its own format (the SumResult of
        // /compute/sum) reads a null as it documents, not as a problem.
        let own_errors = operation
            .pointer("/responses/422")
            .map(|r| resolve(spec, r))
            .is_some_and(|r| r.pointer("/content/application~1problem+json").is_none());
        let schema = operation.pointer("/requestBody/content/application~1json/schema");
        let container = schema.and_then(|schema| match shape(spec, schema, 0) {
            Shape::Object(_) => Some(b'{'),
            Shape::Array(_) => Some(b'['),
            Shape::Any => None,
        });
        let shape = schema
            .filter(|_| !own_errors)
            .map(|schema| shape(spec, schema, 0))
            .filter(Shape::checks_anything);
        BodyContract { container, shape }
    }

    /// What the body should have been (`a JSON object`, `a JSON array`) when a JSON
    /// body is the other one: serde would read an object from an array by position.
    pub fn wrong_container(&self, body: &[u8]) -> Option<&'static str> {
        let expected = self.container?;
        let first = *body.iter().find(|b| !b.is_ascii_whitespace())?;
        match (expected, first) {
            (b'{', b'[') => Some("a JSON object"),
            (b'[', b'{') => Some("a JSON array"),
            _ => None,
        }
    }

    /// Fields of a JSON body that are `null` where the spec does not allow it.
    /// A body that is not JSON is left to the router.
    pub fn null_fields(&self, body: &[u8]) -> Vec<FieldError> {
        let mut errors = Vec::new();
        // Most bodies carry no null at all; only those are parsed a second time.
        if !body.windows(4).any(|w| w == b"null") {
            return errors;
        }
        let Some(shape) = &self.shape else {
            return errors;
        };
        if let Ok(value) = serde_json::from_slice::<Value>(body) {
            null_errors(shape, &value, "", &mut errors);
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({
            "paths": {
                "/sites": {"get": {}, "post": {"requestBody": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Site"}}}}}},
                "/sites/{id}": {"parameters": [], "get": {}, "delete": {}},
                "/sites/import": {"post": {}},
                "/values": {"post": {"requestBody": {"content": {"application/json": {
                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/V"}}}}}}}
            },
            "components": {"schemas": {
                "Site": {"type": "object", "properties": {
                    "name": {"type": "string"},
                    "note": {"type": "string", "nullable": true}}},
                "V": {"type": "object", "properties": {
                    "id": {"type": "integer"},
                    "value": {"nullable": true}}}
            }}
        })
    }

    fn contract(path: &str, method: &str) -> BodyContract {
        let spec = spec();
        let operation = &spec["paths"][path][method];
        BodyContract::of(&spec, operation)
    }

    #[test]
    fn null_is_refused_only_where_not_nullable() {
        let sites = contract("/sites", "post");
        assert!(sites
            .null_fields(br#"{"name": "a", "note": null}"#)
            .is_empty());
        let errors = sites.null_fields(br#"{"name": null}"#);
        assert_eq!(errors[0].field, "name");
        let values = contract("/values", "post");
        let errors = values.null_fields(br#"[{"id": 1, "value": null}, {"id": null}]"#);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "[1].id");
        assert!(values.null_fields(b"not json null").is_empty());
        assert!(contract("/sites", "get").null_fields(b"null").is_empty());
    }

    #[test]
    fn an_array_is_not_an_object_nor_the_other_way() {
        let sites = contract("/sites", "post");
        assert_eq!(sites.wrong_container(b" [null]"), Some("a JSON object"));
        assert_eq!(sites.wrong_container(br#"{"name": "a"}"#), None);
        let values = contract("/values", "post");
        assert_eq!(values.wrong_container(b"{}"), Some("a JSON array"));
        assert_eq!(values.wrong_container(b"[]"), None);
        assert_eq!(values.wrong_container(b"oops"), None);
        assert_eq!(contract("/sites", "get").wrong_container(b"[]"), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    static CONTRACTS: std::sync::LazyLock<Vec<BodyContract>> = std::sync::LazyLock::new(|| {
        let spec: Value = serde_yaml::from_str(include_str!("../../../api-spec.yaml")).unwrap();
        let paths = spec["paths"].as_object().unwrap().values();
        paths
            .flat_map(|item| item.as_object().unwrap().values())
            .map(|operation| BodyContract::of(&spec, operation))
            .collect()
    });

    proptest! {
        #[test]
        fn any_body_answers_a_list(body in any::<Vec<u8>>()) {
            let mut body = body;
            body.extend_from_slice(b"null");
            for contract in CONTRACTS.iter() {
                let _ = contract.null_fields(&body);
            }
        }
    }
}
