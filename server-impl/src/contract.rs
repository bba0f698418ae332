//! What the spec says about routes and request bodies that the generated router does
//! not enforce, read once from the embedded spec at start-up.
//!
//! - **Allowed methods.** The router answers an unknown method with a bare 405; HTTP
//!   requires an `Allow` header naming the methods the route has.
//! - **`null` for a field that is not nullable.** The generated models read an
//!   optional field as `Option<T>`, so `"name": null` would silently mean "absent".
//!   Such a body is refused (400, like any value of the wrong type), except by an
//!   operation whose errors have a format of their own (`/compute/sum`).

use hyper::Method;
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

#[derive(Debug, Clone)]
enum Segment {
    Literal(String),
    Param,
}

#[derive(Debug, Clone)]
struct Operation {
    method: Method,
    /// The shape of its JSON body, if it has one worth checking for nulls.
    body: Option<Shape>,
    /// `{` or `[`: what its JSON body must be, if it takes one.
    container: Option<u8>,
}

#[derive(Debug, Clone)]
struct Route {
    segments: Vec<Segment>,
    methods: Vec<Operation>,
}

impl Route {
    fn literals(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count()
    }

    fn matches(&self, path: &str) -> bool {
        let parts: Vec<&str> = path.strip_prefix('/').unwrap_or(path).split('/').collect();
        parts.len() == self.segments.len()
            && parts.iter().zip(&self.segments).all(|(p, s)| match s {
                Segment::Literal(l) => l == p,
                Segment::Param => !p.is_empty(),
            })
    }
}

/// The routes of the spec (paths below the API base path).
#[derive(Debug, Clone, Default)]
pub struct Contract {
    routes: Vec<Route>,
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

impl Contract {
    /// Reads the routes of an OpenAPI 3.0 document (as JSON).
    pub fn new(spec: &Value) -> Contract {
        let mut routes = Vec::new();
        let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
            return Contract { routes };
        };
        for (path, item) in paths {
            let segments = path
                .trim_start_matches('/')
                .split('/')
                .map(|s| {
                    if s.starts_with('{') && s.ends_with('}') {
                        Segment::Param
                    } else {
                        Segment::Literal(s.to_string())
                    }
                })
                .collect();
            let mut methods = Vec::new();
            for (name, operation) in item.as_object().into_iter().flatten() {
                let Ok(method) = Method::from_bytes(name.to_ascii_uppercase().as_bytes()) else {
                    continue;
                };
                if !matches!(
                    method,
                    Method::GET | Method::PUT | Method::POST | Method::DELETE | Method::PATCH
                ) {
                    continue;
                }
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
                let body = schema
                    .filter(|_| !own_errors)
                    .map(|schema| shape(spec, schema, 0))
                    .filter(Shape::checks_anything);
                methods.push(Operation {
                    method,
                    body,
                    container,
                });
            }
            routes.push(Route { segments, methods });
        }
        Contract { routes }
    }

    /// The route of `path`; a literal segment wins over a parameter, as in OpenAPI
    /// (`/datapoints/import` is not `/datapoints/{datapoint_id}`).
    fn route(&self, path: &str) -> Option<&Route> {
        self.routes
            .iter()
            .filter(|r| r.matches(path))
            .max_by_key(|r| r.literals())
    }

    fn operation(&self, method: &Method, path: &str) -> Option<&Operation> {
        self.route(path)?
            .methods
            .iter()
            .find(|o| o.method == method)
    }

    /// What the body should have been (`a JSON object`, `a JSON array`) when a JSON
    /// body is the other one: serde would read an object from an array by position.
    pub fn wrong_container(
        &self,
        method: &Method,
        path: &str,
        body: &[u8],
    ) -> Option<&'static str> {
        let expected = self.operation(method, path)?.container?;
        let first = *body.iter().find(|b| !b.is_ascii_whitespace())?;
        match (expected, first) {
            (b'{', b'[') => Some("a JSON object"),
            (b'[', b'{') => Some("a JSON array"),
            _ => None,
        }
    }

    /// The `Allow` value when `path` is a spec route without `method`; `None` when the
    /// route has the method or `path` is no route.
    pub fn disallowed(&self, method: &Method, path: &str) -> Option<String> {
        let route = self.route(path)?;
        if route.methods.iter().any(|o| o.method == method) {
            return None;
        }
        self.allow(path)
    }

    /// The `Allow` header value of a spec route (`GET, POST`), if `path` is one.
    pub fn allow(&self, path: &str) -> Option<String> {
        let route = self.route(path)?;
        let names: Vec<&str> = route.methods.iter().map(|o| o.method.as_str()).collect();
        Some(names.join(", "))
    }

    /// Fields of a JSON body that are `null` where the spec does not allow it.
    /// A body that is not JSON is left to the router.
    pub fn null_fields(&self, method: &Method, path: &str, body: &[u8]) -> Vec<FieldError> {
        let mut errors = Vec::new();
        // Most bodies carry no null at all; only those are parsed a second time.
        if !body.windows(4).any(|w| w == b"null") {
            return errors;
        }
        let Some(shape) = self.operation(method, path).and_then(|o| o.body.as_ref()) else {
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

    #[test]
    fn allow_lists_the_methods_of_a_route() {
        let c = Contract::new(&spec());
        assert_eq!(c.allow("/sites").as_deref(), Some("GET, POST"));
        assert_eq!(c.allow("/sites/7").as_deref(), Some("GET, DELETE"));
        assert_eq!(c.allow("/sites/7/x"), None);
        assert_eq!(c.allow("/nothing"), None);
        assert_eq!(c.allow("/sites/import").as_deref(), Some("POST"));
        assert_eq!(
            c.disallowed(&Method::PATCH, "/sites/import").as_deref(),
            Some("POST")
        );
        assert_eq!(c.disallowed(&Method::GET, "/sites/7"), None);
        assert_eq!(
            c.disallowed(&Method::PUT, "/sites/7").as_deref(),
            Some("GET, DELETE")
        );
        assert_eq!(c.disallowed(&Method::PUT, "/nothing"), None);
    }

    #[test]
    fn null_is_refused_only_where_not_nullable() {
        let c = Contract::new(&spec());
        let post = Method::POST;
        assert!(c
            .null_fields(&post, "/sites", br#"{"name": "a", "note": null}"#)
            .is_empty());
        let errors = c.null_fields(&post, "/sites", br#"{"name": null}"#);
        assert_eq!(errors[0].field, "name");
        let errors = c.null_fields(
            &post,
            "/values",
            br#"[{"id": 1, "value": null}, {"id": null}]"#,
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "[1].id");
        assert!(c.null_fields(&post, "/values", b"not json null").is_empty());
        assert!(c.null_fields(&Method::GET, "/sites", b"null").is_empty());
    }

    #[test]
    fn an_array_is_not_an_object_nor_the_other_way() {
        let c = Contract::new(&spec());
        let post = Method::POST;
        assert_eq!(
            c.wrong_container(&post, "/sites", b" [null]"),
            Some("a JSON object")
        );
        assert_eq!(
            c.wrong_container(&post, "/sites", br#"{"name": "a"}"#),
            None
        );
        assert_eq!(
            c.wrong_container(&post, "/values", b"{}"),
            Some("a JSON array")
        );
        assert_eq!(c.wrong_container(&post, "/values", b"[]"), None);
        assert_eq!(c.wrong_container(&post, "/values", b"oops"), None);
        assert_eq!(c.wrong_container(&Method::GET, "/sites", b"[]"), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_body_and_path_answer_a_list(body in any::<Vec<u8>>(), path in any::<String>()) {
            let spec: Value = serde_yaml::from_str(include_str!("../../api-spec.yaml")).unwrap();
            let c = Contract::new(&spec);
            let mut body = body;
            body.extend_from_slice(b"null");
            let _ = c.null_fields(&Method::POST, &path, &body);
            let _ = c.allow(&path);
        }
    }
}
