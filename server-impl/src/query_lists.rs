//! Comma-separated id lists in query strings.
//!
//! The spec declares `datapoint_ids` as a form array with `explode: false`
//! (`?datapoint_ids=1,2,3`), which is what the generated client sends. The generated
//! server only reads the exploded form (`?datapoint_ids=1&datapoint_ids=2`) and
//! silently drops an item it cannot parse. So lists are exploded and checked here,
//! before the router: a bad item is a 400, never a silently shorter list.

use hyper::Uri;

const LIST_PARAMS: &[&str] = &["datapoint_ids"];

/// The URI with every list parameter exploded, `None` when nothing changes, or
/// the parameter and the reason it is invalid.
pub fn explode(uri: &Uri) -> Result<Option<Uri>, (String, String)> {
    let Some(query) = uri.query() else {
        return Ok(None);
    };
    if !LIST_PARAMS.iter().any(|p| query.contains(p)) {
        return Ok(None);
    }
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if LIST_PARAMS.contains(&key.as_ref()) {
            for item in value.split(',').map(str::trim) {
                if item.parse::<i64>().is_err() {
                    return Err((key.into_owned(), format!("'{item}' is not an id")));
                }
                out.append_pair(&key, item);
            }
        } else {
            out.append_pair(&key, &value);
        }
    }
    let path_and_query = format!("{}?{}", uri.path(), out.finish());
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = path_and_query.parse().ok();
    Ok(Uri::from_parts(parts).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explodes_and_checks_lists() {
        let uri: Uri = "/api/v1/values/latest?datapoint_ids=1,%202,3&x=a%20b"
            .parse()
            .unwrap();
        let out = explode(&uri).unwrap().unwrap();
        assert_eq!(
            out.query(),
            Some("datapoint_ids=1&datapoint_ids=2&datapoint_ids=3&x=a+b")
        );
        let bad: Uri = "/v?datapoint_ids=1,x".parse().unwrap();
        assert_eq!(explode(&bad).unwrap_err().0, "datapoint_ids");
        let empty: Uri = "/v?datapoint_ids=".parse().unwrap();
        assert!(explode(&empty).is_err());
        let plain: Uri = "/v?limit=5".parse().unwrap();
        assert_eq!(explode(&plain).unwrap(), None);
    }
}
