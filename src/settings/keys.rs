//! The one table of configuration keys: each key's place (`section.key`, or a bare
//! name at the top level) and the flat name it had before sections, which still
//! works as a `JOULE_<FLAT>` environment variable and (with a warning) as a
//! top-level key of `joule.toml`.

/// Every key Joule reads. Keys added later have no flat name (`None`); a test
/// checks that this table and the sections in `sections.rs` name the same keys.
pub const KEYS: &[(&str, Option<&str>)] = &[
    ("log", Some("log")),
    ("server.bind", Some("bind")),
    ("server.body_limit", Some("body_limit")),
    (
        "server.body_read_timeout_secs",
        Some("body_read_timeout_secs"),
    ),
    (
        "server.header_read_timeout_secs",
        Some("header_read_timeout_secs"),
    ),
    ("server.max_connections", Some("max_connections")),
    ("server.shutdown_grace_secs", Some("shutdown_grace_secs")),
    ("server.cors_allowed_origins", Some("cors_allowed_origins")),
    ("database.url", Some("database_url")),
    ("database.pool_size", Some("pool_size")),
    ("database.pool_timeout_secs", Some("pool_timeout_secs")),
    ("auth.secret_key", Some("secret_key")),
    ("auth.admin_password", Some("admin_password")),
    ("auth.access_token_ttl_secs", Some("access_token_ttl_secs")),
    (
        "auth.refresh_token_ttl_secs",
        Some("refresh_token_ttl_secs"),
    ),
    ("tls.bind", Some("tls_bind")),
    ("tls.cert_file", Some("tls_cert_file")),
    ("tls.key_file", Some("tls_key_file")),
    ("tls.cert_pem", Some("tls_cert_pem")),
    ("tls.key_pem", Some("tls_key_pem")),
    ("limits.max_batch_points", Some("max_batch_points")),
    (
        "limits.max_series_per_request",
        Some("max_series_per_request"),
    ),
    (
        "limits.max_cells_per_request",
        Some("max_cells_per_request"),
    ),
    ("stream.queue_messages", None),
    ("stream.max_subscriptions", None),
    ("stream.max_ids", None),
    ("stream.ping_interval_secs", None),
    ("stream.auth_check_secs", None),
    ("stream.auth_timeout_secs", None),
    ("stream.max_sockets", None),
    ("stream.coalesce_ms", None),
    ("mqtt.url", None),
    ("mqtt.username", None),
    ("mqtt.password", None),
    ("mqtt.ca_file", None),
    ("mqtt.client_id", None),
    ("mqtt.topic_prefix", None),
    ("mqtt.qos", None),
    ("mqtt.queue", None),
    ("mqtt.publish_committed", None),
    ("mqtt.shared_group", None),
    ("metrics.bind", None),
    ("bulk.key_separator", None),
    ("bulk.ignore_tags", None),
    ("bulk.auto_register_device", None),
    ("bulk.import_max_bytes", None),
];

/// The sections, as the tables of `joule.toml` name them.
pub const SECTIONS: &[&str] = &[
    "server", "database", "auth", "tls", "limits", "stream", "mqtt", "metrics", "bulk",
];

/// Keys holding a list; in the environment their items are comma-separated.
pub const LISTS: &[&str] = &["server.cors_allowed_origins", "bulk.ignore_tags"];

/// The key at `path` (`server.bind`), if there is one.
pub fn known(path: &str) -> Option<&'static str> {
    KEYS.iter().map(|(p, _)| *p).find(|p| *p == path)
}

/// The place of an old flat name (`bind` → `server.bind`).
pub fn from_flat(flat: &str) -> Option<&'static str> {
    KEYS.iter()
        .find(|(_, f)| *f == Some(flat))
        .map(|(path, _)| *path)
}

/// The valid name nearest to an unknown one, if any is near enough to be a slip:
/// compared as a whole, by its last part (a key in the wrong section), and with
/// the old flat names and the section names.
pub fn suggest(unknown: &str) -> Option<&'static str> {
    let last = |path: &'static str| path.rsplit('.').next().unwrap_or(path);
    let unknown_last = unknown.rsplit('.').next().unwrap_or(unknown);
    let mut candidates: Vec<(f64, &'static str)> = Vec::new();
    for (path, flat) in KEYS {
        candidates.push((strsim::jaro_winkler(unknown, path), path));
        candidates.push((strsim::jaro_winkler(unknown_last, last(path)), path));
        if let Some(flat) = flat {
            candidates.push((strsim::jaro_winkler(unknown, flat), path));
        }
    }
    if !unknown.contains('.') {
        candidates.extend(
            SECTIONS
                .iter()
                .map(|s| (strsim::jaro_winkler(unknown, s), *s)),
        );
    }
    // The first of equals wins, so a key keeps its own section's suggestion.
    let (score, best) = candidates
        .into_iter()
        .fold((0.0, ""), |best, c| if c.0 > best.0 { c } else { best });
    (score >= 0.8).then_some(best)
}

/// "unknown key 'server.bnd' in joule.toml; did you mean 'server.bind'?"
pub fn unknown_key(path: &str, place: &str) -> String {
    match suggest(path) {
        Some(near) => format!("unknown key '{path}' in {place}; did you mean '{near}'?"),
        None => format!(
            "unknown key '{path}' in {place}; the keys are {}",
            KEYS.iter().map(|(p, _)| *p).collect::<Vec<_>>().join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;
    use std::collections::BTreeSet;

    fn leaves(prefix: &str, value: &toml::Value, out: &mut BTreeSet<String>) {
        match value {
            toml::Value::Table(table) => {
                for (k, v) in table {
                    let path = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    leaves(&path, v, out);
                }
            }
            _ => {
                out.insert(prefix.to_string());
            }
        }
    }

    #[test]
    fn the_table_names_every_field_of_the_sections() {
        let mut all = Settings::default();
        // Options left out of the TOML would hide their keys.
        let some = Some(String::new());
        all.auth.secret_key = some.clone();
        all.auth.admin_password = some.clone();
        all.tls.bind = some.clone();
        all.tls.cert_file = some.clone();
        all.tls.key_file = some.clone();
        all.tls.cert_pem = some.clone();
        all.tls.key_pem = some.clone();
        all.mqtt.url = some.clone();
        all.mqtt.username = some.clone();
        all.mqtt.password = some.clone();
        all.mqtt.ca_file = some.clone();
        all.mqtt.shared_group = some.clone();
        all.metrics.bind = some;
        all.bulk.auto_register_device = Some(1);
        let value = toml::Value::try_from(&all).unwrap();
        let mut fields = BTreeSet::new();
        leaves("", &value, &mut fields);
        let table: BTreeSet<String> = KEYS.iter().map(|(p, _)| p.to_string()).collect();
        assert_eq!(fields, table);
        for path in &table {
            if let Some((section, _)) = path.split_once('.') {
                assert!(SECTIONS.contains(&section), "{path}");
            }
        }
        for list in LISTS {
            assert!(known(list).is_some(), "{list}");
        }
    }

    #[test]
    fn flat_names_map_to_their_sections() {
        assert_eq!(from_flat("bind"), Some("server.bind"));
        assert_eq!(from_flat("database_url"), Some("database.url"));
        assert_eq!(from_flat("tls_key_pem"), Some("tls.key_pem"));
        assert_eq!(
            from_flat("max_batch_points"),
            Some("limits.max_batch_points")
        );
        assert_eq!(from_flat("log"), Some("log"));
        assert_eq!(from_flat("server.bind"), None);
        let flats: BTreeSet<_> = KEYS.iter().filter_map(|(_, f)| *f).collect();
        let with_flat = KEYS.iter().filter(|(_, f)| f.is_some()).count();
        assert_eq!(flats.len(), with_flat, "each flat name once");
    }

    #[test]
    fn suggestions_name_the_nearest_key() {
        assert_eq!(suggest("server.bnd"), Some("server.bind"));
        assert_eq!(suggest("database.pool_sise"), Some("database.pool_size"));
        assert_eq!(suggest("server.pool_size"), Some("database.pool_size"));
        assert_eq!(suggest("databse_url"), Some("database.url"));
        assert_eq!(suggest("serer"), Some("server"));
        assert!(suggest("tls.cert").is_some_and(|s| s.starts_with("tls.cert_")));
        assert_eq!(suggest("zzzz"), None);
        assert_eq!(
            unknown_key("server.bnd", "joule.toml"),
            "unknown key 'server.bnd' in joule.toml; did you mean 'server.bind'?"
        );
        assert!(unknown_key("zzzz", "joule.toml").contains("the keys are log, server.bind"));
    }
}
