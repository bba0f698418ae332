//! The route table: every operation of the spec, and every route Joule serves
//! besides (the docs), read once at start-up.
//!
//! Each request is looked up once ([`RouteTable::lookup`]); the [`Match`] travels
//! with it to the gate (permission, path ids), the body checks (the operation's
//! [`BodyContract`]), the scope check ([`crate::access::targets`]) and the access
//! log (the operationId). A route that is not in the spec is declared here with its
//! own permission: nothing is anonymous unless declared [`Permission::Public`].
//! Templates are matched the way the generated router matches them: one `/` is one
//! separator, and a literal segment wins over a parameter (`/datapoints/import` is
//! not `/datapoints/{datapoint_id}`).

use super::contract::BodyContract;
use crate::access::{self, parse_id, Permission};
use hyper::Method;
use serde_json::Value;

/// What answers an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An operation of the spec, answered by the generated router.
    Spec,
    /// The spec and Swagger UI ([`super::docs::Docs`]), for any method.
    Docs,
    /// In the spec, but answered by the front door: the WebSocket upgrade
    /// ([`crate::live::ws`]), which the generated router cannot hand over.
    Socket,
    /// In the spec, but answered by the front door: server-sent events
    /// ([`crate::live::sse`]), a body the generated router cannot stream.
    Stream,
    /// In the spec, but answered by the front door ([`super::bulk`]): bodies in
    /// line protocol, csv or ndjson, read or sent as they stream, which the
    /// generated router would buffer whole as one `String`.
    Bulk,
}

/// Who answers an operation of the spec: the router, or the front door itself.
fn spec_kind(operation_id: &str) -> Kind {
    match operation_id {
        "liveSocket" => Kind::Socket,
        "liveStream" => Kind::Stream,
        "lineWrite" | "dataExport" | "dataImport" => Kind::Bulk,
        _ => Kind::Spec,
    }
}

/// One operation: what it needs from the caller and from the body.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The spec's `operationId` (`docs` for the docs routes).
    pub id: String,
    /// `None`: any method.
    pub method: Option<Method>,
    pub kind: Kind,
    pub permission: Permission,
    /// Whether the spec lets API keys call it (`apiKeyAuth` among its schemes).
    pub keys_allowed: bool,
    /// Whether it takes a request body (always JSON in this spec).
    pub takes_body: bool,
    pub body: BodyContract,
    /// Its place in [`RouteTable::operations`], for tables kept by operation
    /// (the request metrics).
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
    /// The rest of the path, any number of segments (`{*}`, last only).
    Rest,
}

/// A path template and its operations.
#[derive(Debug, Clone)]
struct Route {
    template: String,
    segments: Vec<Segment>,
    operations: Vec<Operation>,
    /// The `Allow` value: its methods, in the order the spec lists them.
    allow: String,
}

/// The operation a request addresses, with its path parameters.
#[derive(Debug, Clone)]
pub struct Match<'a> {
    pub operation: &'a Operation,
    pub params: Vec<(&'a str, String)>,
    route: &'a Route,
}

/// A route that fits a path, with the path parameters.
type Fit<'a> = (&'a Route, Vec<(&'a str, String)>);

/// What the table says of a request.
#[derive(Debug)]
pub enum Lookup<'a> {
    Found(Match<'a>),
    /// The path is a route without this method; its `Allow` value.
    WrongMethod(&'a str),
    NotFound,
}

/// Every route below the API base path.
#[derive(Debug, Clone, Default)]
pub struct RouteTable {
    routes: Vec<Route>,
}

const METHODS: [&str; 5] = ["get", "put", "post", "patch", "delete"];

/// The docs routes: public, for any method ([`super::docs::Docs::answer`]).
const DOCS: [&str; 5] = [
    "/openapi.json",
    "/openapi.yaml",
    "/asyncapi.yaml",
    "/ui",
    "/ui/{*}",
];

fn segments(template: &str) -> Vec<Segment> {
    template
        .trim_start_matches('/')
        .split('/')
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some("*") => Segment::Rest,
                Some(name) => Segment::Param(name.to_string()),
                None => Segment::Literal(s.to_string()),
            },
        )
        .collect()
}

/// An operation object of the spec as the table holds it.
fn spec_operation(spec: &Value, method: &str, op: &Value) -> Operation {
    let id = op
        .get("operationId")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let permission = access::permission(&id).unwrap_or_else(|| {
        log::error!("operation '{id}' has no permission; only admins may call it");
        Permission::Admin
    });
    let security = op.get("security").or(spec.get("security"));
    let keys_allowed = security
        .and_then(Value::as_array)
        .is_some_and(|list| list.iter().any(|s| s.get("apiKeyAuth").is_some()));
    let kind = spec_kind(&id);
    Operation {
        takes_body: op.get("requestBody").is_some(),
        body: BodyContract::of(spec, op),
        id,
        method: Method::from_bytes(method.to_ascii_uppercase().as_bytes()).ok(),
        kind,
        permission,
        keys_allowed,
        index: 0,
    }
}

fn docs_operation() -> Operation {
    Operation {
        id: "docs".to_string(),
        method: None,
        kind: Kind::Docs,
        permission: Permission::Public,
        keys_allowed: false,
        takes_body: false,
        body: BodyContract::default(),
        index: 0,
    }
}

impl Route {
    fn new(template: &str, operations: Vec<Operation>) -> Route {
        let allow = operations
            .iter()
            .filter_map(|o| o.method.as_ref().map(Method::as_str))
            .collect::<Vec<_>>()
            .join(", ");
        Route {
            template: template.to_string(),
            segments: segments(template),
            operations,
            allow,
        }
    }

    fn operation(&self, method: &Method) -> Option<&Operation> {
        self.operations
            .iter()
            .find(|o| o.method.as_ref().is_none_or(|m| m == method))
    }

    /// The path parameters if `parts` fit this template, and the number of
    /// literal segments (the more, the better the fit).
    fn fit<'a>(&'a self, parts: &[&str]) -> Option<(usize, Vec<(&'a str, String)>)> {
        let rest = self.segments.last() == Some(&Segment::Rest);
        let fixed = self.segments.len() - usize::from(rest);
        if parts.len() < fixed || (!rest && parts.len() != fixed) {
            return None;
        }
        let mut params = Vec::new();
        let mut literals = 0;
        for (segment, part) in self.segments.iter().zip(parts) {
            match segment {
                Segment::Literal(l) if l == part => literals += 1,
                Segment::Literal(_) => return None,
                Segment::Param(name) => params.push((name.as_str(), (*part).to_string())),
                Segment::Rest => {}
            }
        }
        Some((literals, params))
    }
}

impl RouteTable {
    /// The operations of an OpenAPI 3.0 document (as JSON) and the docs routes.
    pub fn from_spec(spec: &Value) -> RouteTable {
        let mut routes: Vec<Route> = DOCS
            .iter()
            .map(|template| Route::new(template, vec![docs_operation()]))
            .collect();
        let paths = spec.get("paths").and_then(Value::as_object);
        for (path, item) in paths.into_iter().flatten() {
            let operations = METHODS
                .iter()
                .filter_map(|name| Some(spec_operation(spec, name, item.get(*name)?)))
                .collect();
            routes.push(Route::new(path, operations));
        }
        let all = routes.iter_mut().flat_map(|r| &mut r.operations);
        for (index, operation) in all.enumerate() {
            operation.index = index;
        }
        RouteTable { routes }
    }

    /// Every operation of the table.
    pub fn operations(&self) -> impl Iterator<Item = &Operation> {
        self.routes.iter().flat_map(|r| &r.operations)
    }

    /// The best-fitting route of `parts` among those `wanted`, with its parameters:
    /// the first with the most literal segments.
    fn best<'a>(&'a self, parts: &[&str], wanted: impl Fn(&Route) -> bool) -> Option<Fit<'a>> {
        let mut best: Option<(usize, Fit<'a>)> = None;
        for route in self.routes.iter().filter(|r| wanted(r)) {
            let Some((literals, params)) = route.fit(parts) else {
                continue;
            };
            if best.as_ref().is_none_or(|(n, _)| literals > *n) {
                best = Some((literals, (route, params)));
            }
        }
        best.map(|(_, fit)| fit)
    }

    /// What `method` on `path` (below the base path) addresses. A route without the
    /// method is a 405 with its `Allow`; a path with an empty segment (`/sites/`) is
    /// never a 405: it is matched among the routes that have the method, and a bad id
    /// for the gate if it fits one.
    pub fn lookup(&self, method: &Method, path: &str) -> Lookup<'_> {
        let parts: Vec<&str> = path.strip_prefix('/').unwrap_or(path).split('/').collect();
        let Some((route, params)) = self.best(&parts, |_| true) else {
            return Lookup::NotFound;
        };
        if let Some(operation) = route.operation(method) {
            return Lookup::Found(Match {
                operation,
                params,
                route,
            });
        }
        if !parts.iter().any(|p| p.is_empty()) {
            return Lookup::WrongMethod(&route.allow);
        }
        match self.best(&parts, |r| r.operation(method).is_some()) {
            Some((route, params)) => Lookup::Found(Match {
                operation: route.operation(method).expect("filtered by method"),
                params,
                route,
            }),
            None => Lookup::NotFound,
        }
    }
}

impl Match<'_> {
    /// The first path parameter that is not a plain id, with its text. Every path
    /// parameter of the spec is an id; the router would percent-decode `%34` or read
    /// `+4` as 4 where the access check reads something else, so only the one
    /// spelling both read alike is let through.
    pub fn bad_param(&self) -> Option<(&str, &str)> {
        self.params
            .iter()
            .find(|(_, value)| parse_id(value).is_none())
            .map(|(name, value)| (*name, value.as_str()))
    }

    /// The `Allow` value of the matched route.
    pub fn allow(&self) -> &str {
        &self.route.allow
    }

    /// The path template (`/datapoints/{datapoint_id}`).
    pub fn template(&self) -> &str {
        &self.route.template
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    pub(crate) fn spec() -> Value {
        serde_yaml::from_str(include_str!("../../../api-spec.yaml")).expect("the spec is YAML")
    }

    fn found<'a>(table: &'a RouteTable, method: Method, path: &str) -> Match<'a> {
        match table.lookup(&method, path) {
            Lookup::Found(m) => m,
            other => panic!("{method} {path}: {other:?}"),
        }
    }

    #[test]
    fn routes_match_like_the_router_and_prefer_literals() {
        let table = RouteTable::from_spec(&spec());
        let m = found(&table, Method::POST, "/datapoints/import");
        assert_eq!(m.operation.id, "datapointsImport");
        let m = found(&table, Method::GET, "/datapoints/7/values");
        assert_eq!(m.operation.id, "datapointValuesList");
        assert_eq!(m.template(), "/datapoints/{datapoint_id}/values");
        assert_eq!(m.params, vec![("datapoint_id", "7".to_string())]);
        assert!(matches!(
            table.lookup(&Method::GET, "/nothing"),
            Lookup::NotFound
        ));
        // One slash is one separator, as for the router.
        assert!(matches!(
            table.lookup(&Method::GET, "//datapoints/7"),
            Lookup::NotFound
        ));
        // An empty id is a bad id (for the gate, after authentication).
        let m = found(&table, Method::GET, "/sites/");
        assert_eq!(m.bad_param(), Some(("site_id", "")));
        assert!(matches!(
            table.lookup(&Method::POST, "/sites/"),
            Lookup::NotFound
        ));
    }

    fn small_spec() -> Value {
        json!({
            "paths": {
                "/sites": {"get": {"operationId": "sitesList"}, "post": {"operationId": "siteCreate"}},
                "/sites/{id}": {"parameters": [], "get": {"operationId": "siteGet"},
                                "delete": {"operationId": "siteDelete"}},
                "/sites/import": {"post": {"operationId": "siteImport"}}
            }
        })
    }

    #[test]
    fn a_route_without_the_method_allows_the_ones_it_has() {
        let table = RouteTable::from_spec(&small_spec());
        let allow = |method: Method, path: &str| match table.lookup(&method, path) {
            Lookup::WrongMethod(allow) => Some(allow.to_string()),
            _ => None,
        };
        assert_eq!(allow(Method::PUT, "/sites").as_deref(), Some("GET, POST"));
        assert_eq!(
            allow(Method::PUT, "/sites/7").as_deref(),
            Some("GET, DELETE")
        );
        assert_eq!(
            allow(Method::PATCH, "/sites/import").as_deref(),
            Some("POST")
        );
        // `/sites/import` is its own route, not `/sites/{id}`.
        assert_eq!(allow(Method::GET, "/sites/import").as_deref(), Some("POST"));
        assert_eq!(allow(Method::GET, "/sites/7"), None);
        assert_eq!(allow(Method::PUT, "/nothing"), None);
        assert_eq!(allow(Method::PUT, "/sites/7/x"), None);
        let m = found(&table, Method::GET, "/sites/7");
        assert_eq!(m.allow(), "GET, DELETE");
    }

    #[test]
    fn the_docs_are_declared_public_for_any_method() {
        let table = RouteTable::from_spec(&small_spec());
        for path in [
            "/openapi.json",
            "/openapi.yaml",
            "/asyncapi.yaml",
            "/ui",
            "/ui/",
            "/ui/index.html",
            "/ui/a/b",
        ] {
            for method in [Method::GET, Method::POST, Method::DELETE] {
                let m = found(&table, method, path);
                assert_eq!(m.operation.kind, Kind::Docs, "{path}");
                assert_eq!(m.operation.permission, Permission::Public);
                assert_eq!(m.operation.id, "docs");
            }
        }
        assert!(matches!(
            table.lookup(&Method::GET, "/openapi.txt"),
            Lookup::NotFound
        ));
        // Only these routes are public: the spec's are not, unless the spec says so.
        let mut public: Vec<_> = RouteTable::from_spec(&spec())
            .operations()
            .filter(|o| o.permission == Permission::Public)
            .map(|o| o.id.clone())
            .collect();
        public.sort();
        assert_eq!(
            public,
            [
                "authLogin",
                "authRefresh",
                "docs",
                "docs",
                "docs",
                "docs",
                "docs",
                "health",
                "ready"
            ]
        );
    }

    #[test]
    fn no_two_templates_of_the_spec_fit_one_path_equally() {
        let table = RouteTable::from_spec(&spec());
        for (i, a) in table.routes.iter().enumerate() {
            for b in &table.routes[i + 1..] {
                let same_length = a.segments.len() == b.segments.len();
                let overlap = a.segments.iter().zip(&b.segments).all(|pair| match pair {
                    (Segment::Literal(x), Segment::Literal(y)) => x == y,
                    _ => true,
                });
                let literals = |r: &Route| {
                    r.segments
                        .iter()
                        .filter(|s| matches!(s, Segment::Literal(_)))
                        .count()
                };
                assert!(
                    !(same_length && overlap && literals(a) == literals(b)),
                    "{} and {} are ambiguous",
                    a.template,
                    b.template
                );
            }
        }
    }

    #[test]
    fn every_spec_operation_has_its_body_contract() {
        let table = RouteTable::from_spec(&spec());
        let m = found(&table, Method::POST, "/values");
        assert!(m.operation.takes_body);
        assert_eq!(
            m.operation.body.wrong_container(b"{}"),
            Some("a JSON array")
        );
        let m = found(&table, Method::GET, "/sites");
        assert!(!m.operation.takes_body);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    static TABLE: std::sync::LazyLock<RouteTable> = std::sync::LazyLock::new(|| {
        RouteTable::from_spec(
            &serde_yaml::from_str(include_str!("../../../api-spec.yaml")).unwrap(),
        )
    });

    proptest! {
        #[test]
        fn any_path_and_method_look_up(path in any::<String>(), post in any::<bool>()) {
            let method = if post { Method::POST } else { Method::GET };
            let _ = TABLE.lookup(&method, &path);
        }
    }
}
