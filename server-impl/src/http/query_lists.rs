//! Query strings: comma-separated lists, and no NUL in any parameter.
//!
//! The spec declares `datapoint_ids` and `function` as form arrays with
//! `explode: false` (`?datapoint_ids=1,2,3`), which is what the generated client
//! sends. The generated server only reads the exploded form
//! (`?datapoint_ids=1&datapoint_ids=2`) and silently drops an item it cannot parse.
//! So lists are exploded and checked here, before the router: a bad item is a 400,
//! never a silently shorter list.

use hyper::Uri;
use joule_db::timegrid::Function;

const LIST_PARAMS: &[&str] = &["datapoint_ids", "function"];

/// Why `item` cannot be an item of the list `param`, if it cannot.
fn bad_item(param: &str, item: &str) -> Option<String> {
    match param {
        "function" => Function::parse(item)
            .is_none()
            .then(|| format!("'{item}' is not an aggregate function")),
        _ => crate::access::parse_id(item)
            .is_none()
            .then(|| format!("'{item}' is not an id")),
    }
}

/// The URI with every list parameter exploded, `None` when nothing changes, or
/// the parameter and the reason it is invalid. A NUL character in any parameter is
/// invalid (one rule for both backends: PostgreSQL cannot store it).
pub fn explode(uri: &Uri) -> Result<Option<Uri>, (String, String)> {
    let Some(query) = uri.query() else {
        return Ok(None);
    };
    if query.contains("%00") || query.contains('\0') {
        if let Some((key, _)) = form_urlencoded::parse(query.as_bytes())
            .find(|(key, value)| key.contains('\0') || value.contains('\0'))
        {
            return Err((key.into_owned(), "must not contain a NUL character".into()));
        }
    }
    if !LIST_PARAMS.iter().any(|p| query.contains(p)) {
        return Ok(None);
    }
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if LIST_PARAMS.contains(&key.as_ref()) {
            for item in value.split(',').map(str::trim) {
                if let Some(reason) = bad_item(&key, item) {
                    return Err((key.into_owned(), reason));
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
        for bad in ["%2B4", "--4", "%34%30x"] {
            let uri: Uri = format!("/v?datapoint_ids=1,{bad}").parse().unwrap();
            assert_eq!(explode(&uri).unwrap_err().0, "datapoint_ids", "{bad}");
        }
        let nul: Uri = "/v?q=a%00b".parse().unwrap();
        assert_eq!(explode(&nul).unwrap_err().0, "q");
        let empty: Uri = "/v?datapoint_ids=".parse().unwrap();
        assert!(explode(&empty).is_err());
        let plain: Uri = "/v?limit=5".parse().unwrap();
        assert_eq!(explode(&plain).unwrap(), None);
    }

    #[test]
    fn explodes_and_checks_function_lists() {
        let uri: Uri = "/a?function=min,max,mean&interval=1h".parse().unwrap();
        assert_eq!(
            explode(&uri).unwrap().unwrap().query(),
            Some("function=min&function=max&function=mean&interval=1h")
        );
        let bad: Uri = "/a?function=min,median".parse().unwrap();
        let (param, reason) = explode(&bad).unwrap_err();
        assert_eq!(param, "function");
        assert!(reason.contains("'median'"), "{reason}");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn query(pairs: &[(String, String)]) -> Uri {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (k, v) in pairs {
            q.append_pair(k, v);
        }
        format!("/api/v1/values/latest?{}", q.finish())
            .parse()
            .expect("an encoded query is a valid URI")
    }

    fn ids_of(uri: &Uri) -> Vec<i64> {
        form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .filter(|(k, _)| k == "datapoint_ids")
            .map(|(_, v)| v.parse().unwrap())
            .collect()
    }

    proptest! {
        #[test]
        fn any_query_explodes_or_names_the_bad_item(
            pairs in proptest::collection::vec(
                (
                    prop_oneof![
                        Just("datapoint_ids".to_string()),
                        Just("function".to_string()),
                        any::<String>()
                    ],
                    any::<String>(),
                ),
                0..6,
            )
        ) {
            let uri = query(&pairs);
            match explode(&uri) {
                Ok(Some(out)) => {
                    // Every list item left is an id; other parameters are kept.
                    let _ = ids_of(&out);
                    prop_assert_eq!(out.path(), uri.path());
                }
                Ok(None) => {}
                Err((param, reason)) => {
                    let nul = pairs.iter().any(|(k, v)| k.contains('\0') || v.contains('\0'));
                    if nul {
                        prop_assert!(reason.contains("NUL"));
                    } else {
                        prop_assert!(param == "datapoint_ids" || param == "function");
                        prop_assert!(reason.contains("is not an"));
                    }
                }
            }
        }

        #[test]
        fn id_lists_round_trip(ids in proptest::collection::vec(0..=i64::MAX, 1..20), other in "[a-z]{1,8}") {
            let joined = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
            let uri = query(&[("datapoint_ids".into(), joined), ("x".into(), other.clone())]);
            let out = explode(&uri).unwrap().unwrap();
            prop_assert_eq!(ids_of(&out), ids);
            let kept: Vec<_> = form_urlencoded::parse(out.query().unwrap().as_bytes())
                .filter(|(k, _)| k == "x")
                .map(|(_, v)| v.into_owned())
                .collect();
            prop_assert_eq!(kept, vec![other]);
        }
    }
}
