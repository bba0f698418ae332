//! What the front of the server learns about a request and hands to handlers
//! through the generated context (the generated signatures carry no headers).

/// Request facts beyond the operation's parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestMeta {
    /// The client asked for `text/csv` (content negotiation for table answers).
    pub accept_csv: bool,
    /// The client asked for `application/geo+json` (the sites as a map layer).
    pub accept_geojson: bool,
    /// The client's address (for counting failed logins).
    pub client: Option<std::net::IpAddr>,
}

impl RequestMeta {
    pub fn from_headers(headers: &hyper::HeaderMap) -> Self {
        RequestMeta {
            accept_csv: accepts(headers, "text/csv"),
            accept_geojson: accepts(headers, "application/geo+json"),
            client: None,
        }
    }
}

/// `Accept` names `media_type` (case-insensitively, parameters aside) without `q=0`.
/// Only the alternative representations are asked this; JSON stays the default.
fn accepts(headers: &hyper::HeaderMap, media_type: &str) -> bool {
    headers
        .get_all(hyper::header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|range| {
            let mut parts = range.split(';').map(str::trim);
            let essence = parts.next().unwrap_or_default();
            let refused = parts.any(|p| {
                p.split_once('=').is_some_and(|(k, v)| {
                    k.trim().eq_ignore_ascii_case("q") && v.trim().parse::<f32>() == Ok(0.0)
                })
            });
            essence.eq_ignore_ascii_case(media_type) && !refused
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(accept: &[&str]) -> RequestMeta {
        let mut headers = hyper::HeaderMap::new();
        for value in accept {
            headers.append(hyper::header::ACCEPT, value.parse().unwrap());
        }
        RequestMeta::from_headers(&headers)
    }

    #[test]
    fn alternative_media_types_are_negotiated_by_name() {
        assert!(!meta(&[]).accept_geojson);
        assert!(!meta(&["application/json"]).accept_geojson);
        assert!(!meta(&["*/*"]).accept_geojson);
        assert!(meta(&["application/geo+json"]).accept_geojson);
        assert!(meta(&["Application/GEO+json; charset=utf-8"]).accept_geojson);
        assert!(meta(&["application/json", "application/geo+json;q=0.5"]).accept_geojson);
        assert!(!meta(&["application/geo+json;q=0"]).accept_geojson);
        assert!(meta(&["text/csv, application/json"]).accept_csv);
        assert!(!meta(&["text/csvx"]).accept_csv);
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
