//! What the front of the server learns about a request and hands to handlers
//! through the generated context (the generated signatures carry no headers).

/// Request facts beyond the operation's parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestMeta {
    /// The client asked for `text/csv` (content negotiation for table answers).
    pub accept_csv: bool,
    /// The client's address (for counting failed logins).
    pub client: Option<std::net::IpAddr>,
}

impl RequestMeta {
    pub fn from_headers(headers: &hyper::HeaderMap) -> Self {
        let accept_csv = headers
            .get_all(hyper::header::ACCEPT)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|v| v.trim().starts_with("text/csv"));
        RequestMeta {
            accept_csv,
            client: None,
        }
    }
}

// swagger's own context type only holds swagger's types; this one also holds ours.
swagger::new_context_type!(
    RequestContext,
    EmptyRequestContext,
    swagger::XSpanIdString,
    Option<swagger::auth::AuthData>,
    Option<swagger::auth::Authorization>,
    RequestMeta,
    crate::access::Caller
);
