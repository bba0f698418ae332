//! `JOULE_*` environment variables, in two forms: the sectioned
//! `JOULE_<SECTION>__<KEY>` (`JOULE_SERVER__BIND`), and the flat names that came
//! before sections (`JOULE_BIND`), mapped through the key table. When both forms of
//! one key are set, the sectioned one wins. Other `JOULE_*` names (those of the
//! tests and tools) are not settings and are left alone.

use super::keys;
use std::ffi::OsString;

/// The settings the environment gives, as `(path, value)` in the order to apply
/// them: flat names first, so that a sectioned name set beside one wins.
pub fn settings(
    vars: impl IntoIterator<Item = (OsString, OsString)>,
) -> anyhow::Result<Vec<(&'static str, String)>> {
    let mut flat = Vec::new();
    let mut sectioned = Vec::new();
    for (name, value) in vars {
        // A name or value that is not UTF-8 is none of ours.
        let (Some(name), Some(value)) = (name.to_str(), value.to_str()) else {
            continue;
        };
        let Some(rest) = name
            .to_ascii_uppercase()
            .strip_prefix("JOULE_")
            .map(str::to_owned)
        else {
            continue;
        };
        let rest = rest.to_ascii_lowercase();
        if let Some((section, key)) = rest.split_once("__") {
            if !keys::SECTIONS.contains(&section) {
                continue;
            }
            let path = format!("{section}.{key}");
            let Some(known) = keys::known(&path) else {
                let place = format!("the environment ({name})");
                anyhow::bail!(keys::unknown_key(&path, &place));
            };
            sectioned.push((known, value.to_string()));
        } else if let Some(path) = keys::from_flat(&rest) {
            flat.push((path, value.to_string()));
        }
    }
    flat.extend(sectioned);
    Ok(flat)
}

/// A list key's environment value: comma-separated items.
pub fn list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(vars: &[(&str, &str)]) -> anyhow::Result<Vec<(&'static str, String)>> {
        settings(vars.iter().map(|(k, v)| (k.into(), v.into())))
    }

    #[test]
    fn flat_names_keep_working() {
        let got = from(&[
            ("JOULE_BIND", "0.0.0.0:80"),
            ("JOULE_DATABASE_URL", "sqlite://x.db"),
            ("JOULE_TLS_KEY_PEM", "key"),
            ("JOULE_LOG", "debug"),
        ])
        .unwrap();
        assert_eq!(
            got,
            [
                ("server.bind", "0.0.0.0:80".to_string()),
                ("database.url", "sqlite://x.db".to_string()),
                ("tls.key_pem", "key".to_string()),
                ("log", "debug".to_string()),
            ]
        );
    }

    #[test]
    fn sectioned_names_work_and_win_over_flat_ones() {
        let got = from(&[
            ("JOULE_SERVER__BIND", "0.0.0.0:81"),
            ("JOULE_BIND", "0.0.0.0:80"),
            ("JOULE_DATABASE__POOL_SIZE", "3"),
        ])
        .unwrap();
        assert_eq!(
            got,
            [
                ("server.bind", "0.0.0.0:80".to_string()),
                ("server.bind", "0.0.0.0:81".to_string()),
                ("database.pool_size", "3".to_string()),
            ]
        );
    }

    #[test]
    fn other_joule_names_are_left_alone_but_a_misspelt_key_is_refused() {
        let got = from(&[
            ("JOULE_TEST_POSTGRES_URL", "postgres://x"),
            ("JOULE_JOBS__URL", "x"),
            ("PATH", "/bin"),
        ])
        .unwrap();
        assert!(got.is_empty(), "{got:?}");
        let err = from(&[("JOULE_SERVER__BND", "x")]).unwrap_err().to_string();
        assert_eq!(
            err,
            "unknown key 'server.bnd' in the environment (JOULE_SERVER__BND); did you mean 'server.bind'?"
        );
    }

    #[test]
    fn lists_are_comma_separated() {
        assert_eq!(
            list("https://a.example, https://b.example,"),
            ["https://a.example", "https://b.example"]
        );
        assert!(list("").is_empty());
    }
}
