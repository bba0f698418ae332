//! Who may call what, decided in one place.
//!
//! Every operation of the spec needs one [`Permission`] ([`permission`] is the
//! table). The front of the server finds the operation a request addresses
//! ([`crate::http::routes::RouteTable`]), authenticates the caller, and checks
//! the permission before the generated router sees the request. API keys may be
//! limited to some sites: [`targets`] names what a request reaches (a site, a
//! device, datapoints) so the front can check the key's sites; lists are filtered
//! to them instead (see [`Caller::scope`]).

use crate::http::routes::Match;
use joule_api::models;

/// What an operation needs from its caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Anybody, without credentials.
    Public,
    /// Any user; API keys within their sites.
    Read,
    /// Editors and admins; `writer` keys within their sites.
    WriteValues,
    /// Editors and admins: metadata, deleting values, setpoints and schedules.
    Edit,
    /// Any signed-in user, for their own session and password (not API keys).
    Account,
    /// Admins: users and API keys.
    Admin,
}

/// The permission of each operation of the spec, by `operationId`. An operation
/// missing here is treated as [`Permission::Admin`] (and a test fails).
pub fn permission(operation_id: &str) -> Option<Permission> {
    use Permission::*;
    Some(match operation_id {
        "health" | "ready" | "authLogin" | "authRefresh" => Public,
        "authLogout" | "authMe" | "authPasswordChange" => Account,
        "sitesList"
        | "siteGet"
        | "connectorsList"
        | "connectorGet"
        | "connectorLogs"
        | "connectorRawMessages"
        | "connectorAvailableDatapoints"
        | "devicesList"
        | "deviceGet"
        | "datapointsList"
        | "datapointGet"
        | "datapointValuesList"
        | "datapointValueLatest"
        | "valuesLatest"
        | "datapointAggregate"
        | "timeseries"
        | "setpointGet"
        | "setpointsHistory"
        | "scheduleGet"
        | "schedulesHistory"
        | "computeSum"
        | "liveSocket"
        | "liveStream"
        | "dataExport" => Read,
        "datapointValuesWrite" | "valuesWrite" | "ingestTtn" | "lineWrite" | "dataImport" => {
            WriteValues
        }
        "siteCreate"
        | "siteUpdate"
        | "siteDelete"
        | "deviceCreate"
        | "deviceUpdate"
        | "deviceDelete"
        | "connectorCreate"
        | "connectorUpdate"
        | "connectorDelete"
        | "datapointCreate"
        | "datapointsImport"
        | "datapointUpdate"
        | "datapointDelete"
        | "datapointValuesDelete"
        | "setpointPut"
        | "schedulePut" => Edit,
        "usersList" | "userCreate" | "userGet" | "userUpdate" | "userDelete" | "apiKeysList"
        | "apiKeyCreate" | "apiKeyDelete" => Admin,
        _ => return None,
    })
}

pub use joule_db::{KeyRole, Role};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserCaller {
    pub id: i64,
    pub username: String,
    pub role: Role,
    /// The session (login) the access token belongs to.
    pub session_id: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyCaller {
    pub id: i64,
    pub role: KeyRole,
    /// The sites the key may reach; `None` for every site.
    pub sites: Option<Vec<i64>>,
}

/// Who sent a request, as the handlers see it in the request context.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Caller {
    #[default]
    Anonymous,
    User(UserCaller),
    Key(KeyCaller),
}

impl Caller {
    /// Whether the caller's role allows `permission` (sites aside).
    pub fn may(&self, permission: Permission) -> bool {
        use Permission::*;
        match (self, permission) {
            (_, Public) => true,
            (Caller::Anonymous, _) => false,
            (Caller::User(_), Read | Account) => true,
            (Caller::User(u), WriteValues | Edit) => u.role.may_edit(),
            (Caller::User(u), Admin) => u.role == Role::Admin,
            (Caller::Key(_), Read) => true,
            (Caller::Key(k), WriteValues) => k.role == KeyRole::Writer,
            (Caller::Key(_), Edit | Account | Admin) => false,
        }
    }

    /// The sites the caller is limited to: `Some` only for a site-scoped API key.
    pub fn scope(&self) -> Option<&[i64]> {
        match self {
            Caller::Key(KeyCaller {
                sites: Some(sites), ..
            }) => Some(sites),
            _ => None,
        }
    }

    /// A short description for logs (never a secret).
    pub fn describe(&self) -> String {
        match self {
            Caller::Anonymous => "anonymous".to_string(),
            Caller::User(u) => format!("user {}", u.username),
            Caller::Key(k) => format!("API key {}", k.id),
        }
    }
}

/// Why a request was refused, for a 403 answer.
pub fn refusal(caller: &Caller, permission: Permission) -> String {
    match (caller, permission) {
        (Caller::Key(_), Permission::Edit | Permission::Account | Permission::Admin) => {
            "API keys may only read, and writer keys write values; sign in as a user for this"
                .to_string()
        }
        (Caller::Key(_), _) => "this API key is a reader key; it may not write values".to_string(),
        (_, Permission::Admin) => "only an admin may do this".to_string(),
        (_, Permission::WriteValues | Permission::Edit) => {
            "a viewer may only read; this needs the editor or admin role".to_string()
        }
        _ => "not allowed".to_string(),
    }
}

/// An id as the API takes it in paths and id lists: ASCII digits with at most a
/// leading `-` (the spec's `int64`; a negative id is valid and names nothing), no
/// `+`, no spaces, no encoding, within `i64`.
pub fn parse_id(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Something a request reaches, to be checked against an API key's sites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Site(i64),
    Device(i64),
    /// A connector: outside every scope when it has no site.
    Connector(i64),
    Datapoints(Vec<i64>),
    DatapointKeys(Vec<String>),
}

/// What a request reaches: path parameters naming a site, device or datapoint,
/// `datapoint_ids` in the query, and the datapoints named in the bodies of the
/// operations that carry them.
///
/// Bodies are read with the generated models, the very types the router hands to
/// the handler, from the very bytes it will parse; a body those models cannot read
/// is an error here too, so nothing passes the check unread.
pub fn targets(m: &Match<'_>, query: Option<&str>, body: &[u8]) -> Result<Vec<Target>, String> {
    let mut found = Vec::new();
    for (name, value) in &m.params {
        let id = parse_id(value).ok_or_else(|| format!("path parameter '{name}' is not an id"))?;
        match *name {
            "site_id" => found.push(Target::Site(id)),
            "device_id" => found.push(Target::Device(id)),
            "connector_id" => found.push(Target::Connector(id)),
            "datapoint_id" => found.push(Target::Datapoints(vec![id])),
            _ => {}
        }
    }
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        if name == "datapoint_ids" {
            let ids = value
                .split(',')
                .map(|v| parse_id(v).ok_or_else(|| format!("'{v}' in datapoint_ids is not an id")))
                .collect::<Result<_, _>>()?;
            found.push(Target::Datapoints(ids));
        }
    }
    let unreadable = |e: serde_json::Error| format!("invalid body: {e}");
    match m.operation.id.as_str() {
        "valuesWrite" => {
            let items: Vec<models::ValueWriteAny> =
                serde_json::from_slice(body).map_err(unreadable)?;
            let mut ids: Vec<i64> = items.iter().filter_map(|i| i.datapoint_id).collect();
            let mut keys: Vec<String> = items.into_iter().filter_map(|i| i.datapoint_key).collect();
            ids.sort_unstable();
            ids.dedup();
            keys.sort_unstable();
            keys.dedup();
            found.push(Target::Datapoints(ids));
            found.push(Target::DatapointKeys(keys));
        }
        "computeSum" => {
            let request: models::SumRequest = serde_json::from_slice(body).map_err(unreadable)?;
            if let Some(d) = request.datapoints {
                found.push(Target::Datapoints(
                    d.e1_ts.into_iter().chain(d.e2_ts).collect(),
                ));
            }
        }
        _ => {}
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::routes::{Kind, Lookup, RouteTable};
    use hyper::Method;
    use serde_json::Value;

    const METHODS: [&str; 5] = ["get", "put", "post", "patch", "delete"];

    fn spec() -> Value {
        serde_yaml::from_str(include_str!("../../api-spec.yaml")).expect("the spec is YAML")
    }

    fn find<'a>(table: &'a RouteTable, method: Method, path: &str) -> Match<'a> {
        match table.lookup(&method, path) {
            Lookup::Found(m) => m,
            other => panic!("{method} {path}: {other:?}"),
        }
    }

    #[test]
    fn every_operation_of_the_spec_has_a_permission_that_agrees_with_its_security() {
        let spec = spec();
        let routes = RouteTable::from_spec(&spec);
        let operations: Vec<_> = routes
            .operations()
            .filter(|op| op.kind == Kind::Spec)
            .collect();
        assert!(operations.len() > 40);
        for op in operations {
            let permission = permission(&op.id)
                .unwrap_or_else(|| panic!("{}: add it to access::permission", op.id));
            let declared = spec["paths"]
                .as_object()
                .into_iter()
                .flatten()
                .find_map(|(_, item)| {
                    METHODS
                        .iter()
                        .filter_map(|m| item.get(*m))
                        .find(|o| o["operationId"] == op.id.as_str())
                })
                .expect("found");
            let security = declared.get("security").or(spec.get("security"));
            let public = security
                .and_then(Value::as_array)
                .is_some_and(|list| list.is_empty());
            assert_eq!(public, permission == Permission::Public, "{}", op.id);
            let keys = Caller::Key(KeyCaller {
                id: 1,
                role: KeyRole::Writer,
                sites: None,
            });
            assert_eq!(
                op.keys_allowed,
                permission != Permission::Public && keys.may(permission),
                "{}: apiKeyAuth in the spec must match whether keys may call it",
                op.id
            );
            if !public {
                let responses = &declared["responses"];
                assert!(responses.get("401").is_some(), "{}: declare 401", op.id);
                assert!(responses.get("403").is_some(), "{}: declare 403", op.id);
            }
        }
    }

    #[test]
    fn roles_include_the_ones_below() {
        let user = |role| {
            Caller::User(UserCaller {
                id: 1,
                username: "u".into(),
                role,
                session_id: 1,
            })
        };
        assert!(user(Role::Viewer).may(Permission::Read));
        assert!(!user(Role::Viewer).may(Permission::WriteValues));
        assert!(user(Role::Editor).may(Permission::Edit));
        assert!(!user(Role::Editor).may(Permission::Admin));
        assert!(user(Role::Admin).may(Permission::Admin));
        let reader = Caller::Key(KeyCaller {
            id: 1,
            role: KeyRole::Reader,
            sites: Some(vec![3]),
        });
        assert!(reader.may(Permission::Read));
        assert!(!reader.may(Permission::WriteValues));
        assert!(!reader.may(Permission::Account));
        assert_eq!(reader.scope(), Some(&[3][..]));
        assert!(!Caller::Anonymous.may(Permission::Read));
    }

    #[test]
    fn targets_come_from_path_query_and_value_bodies() {
        let routes = RouteTable::from_spec(&spec());
        let m = find(&routes, Method::POST, "/values");
        let body = br#"[{"datapoint_id": 4, "timestamp": "t", "value": 1},
                        {"datapoint_key": "k", "timestamp": "t", "value": 1}]"#;
        assert_eq!(
            targets(&m, None, body).unwrap(),
            vec![
                Target::Datapoints(vec![4]),
                Target::DatapointKeys(vec!["k".into()])
            ]
        );
        let m = find(&routes, Method::GET, "/timeseries");
        assert_eq!(
            targets(&m, Some("datapoint_ids=1,2&interval=1h"), b"").unwrap(),
            vec![Target::Datapoints(vec![1, 2])]
        );
        let m = find(&routes, Method::GET, "/devices/9");
        assert_eq!(targets(&m, None, b"").unwrap(), vec![Target::Device(9)]);
        let m = find(&routes, Method::POST, "/compute/sum");
        assert_eq!(
            targets(&m, None, br#"{"datapoints": {"e1_ts": 5, "e2_ts": 6}}"#).unwrap(),
            vec![Target::Datapoints(vec![5, 6])]
        );
        // A body the handler could not read is not waved through.
        assert!(targets(&m, None, br#"{"datapoints": {"e1_ts": "5"}}"#).is_err());
        let m = find(&routes, Method::POST, "/values");
        assert!(targets(&m, None, br#"[{"datapoint_id": 4.5}]"#).is_err());
    }

    #[test]
    fn only_plain_digits_are_ids() {
        for (good, id) in [
            ("0", 0),
            ("4", 4),
            ("-4", -4),
            ("9223372036854775807", i64::MAX),
        ] {
            assert_eq!(parse_id(good), Some(id), "{good}");
        }
        for bad in [
            "",
            "-",
            "--4",
            "+4",
            "-+4",
            "%34",
            " 4",
            "4 ",
            "4.0",
            "٤",
            "9223372036854775808",
            "0x4",
        ] {
            assert_eq!(parse_id(bad), None, "{bad}");
        }
        let routes = RouteTable::from_spec(&spec());
        let m = find(&routes, Method::GET, "/datapoints/%34/values");
        assert_eq!(m.bad_param(), Some(("datapoint_id", "%34")));
        let m = find(&routes, Method::GET, "/sites/4");
        assert_eq!(m.bad_param(), None);
    }
}
