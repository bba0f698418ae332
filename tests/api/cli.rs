//! The `joule` commands besides `serve`.

use crate::support::{spawn_server, TestDb, BIN};
use std::process::Command;

fn joule(args: &[&str], env: &[(&str, &str)], dir: &std::path::Path) -> (bool, String, String) {
    let mut command = Command::new(BIN);
    // Settings from the caller's environment, in either form, would leak in.
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("JOULE_") {
            command.env_remove(key);
        }
    }
    command.args(args).current_dir(dir).env("JOULE_LOG", "warn");
    for (k, v) in env {
        command.env(k, v);
    }
    let out = command.output().expect("run joule");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn spec_prints_the_embedded_contract() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, yaml, _) = joule(&["spec"], &[], dir.path());
    assert!(ok);
    assert_eq!(yaml, include_str!("../../api-spec.yaml"));
    let (ok, json, _) = joule(&["spec", "--format", "json"], &[], dir.path());
    assert!(ok);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["info"]["title"], "Joule telemetry API");
}

#[test]
fn config_layers_file_then_environment_then_flags_and_masks_secrets() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("joule.toml"),
        "[server]\nbind = \"127.0.0.1:9000\"\nbody_limit = 1000\n[database]\npool_size = 3\n",
    )
    .unwrap();
    let env = [
        ("JOULE_POOL_SIZE", "4"),
        (
            "JOULE_DATABASE_URL",
            "postgres://joule:s3cret@db.example:5432/joule",
        ),
    ];
    let (ok, out, err) = joule(&["config"], &env, dir.path());
    assert!(ok, "{err}");
    assert!(
        !err.contains("WARN"),
        "a sectioned file needs no warning: {err}"
    );
    let shown: toml::Value = toml::from_str(&out).unwrap();
    assert_eq!(
        shown["server"]["bind"].as_str(),
        Some("127.0.0.1:9000"),
        "file over default"
    );
    assert_eq!(
        shown["database"]["pool_size"].as_integer(),
        Some(4),
        "environment over file"
    );
    assert_eq!(shown["server"]["body_limit"].as_integer(), Some(1000));
    assert_eq!(
        shown["server"]["max_connections"].as_integer(),
        Some(512),
        "default where no layer speaks"
    );
    assert_eq!(
        shown["database"]["url"].as_str(),
        Some("postgres://joule:***@db.example:5432/joule")
    );
    assert!(!out.contains("s3cret"));

    let (ok, out, _) = joule(
        &["--database-url", "sqlite://other.db", "config"],
        &env,
        dir.path(),
    );
    assert!(ok);
    assert!(
        out.contains("sqlite://other.db"),
        "flag over environment: {out}"
    );

    // A password in the query (libpq reads `password` and `sslpassword` there too).
    let (ok, out, err) = joule(
        &["config"],
        &[(
            "JOULE_DATABASE_URL",
            "postgres://joule@db.example/joule?sslmode=require&password=qu3ry-s3cret&sslpassword=k3y-s3cret",
        )],
        dir.path(),
    );
    assert!(ok, "{err}");
    assert!(!out.contains("s3cret"), "{out}");
    assert!(out.contains("sslmode=require"), "{out}");

    let (ok, _, err) = joule(&["config"], &[("JOULE_BIND", "not an address")], dir.path());
    assert!(!ok);
    assert!(err.contains("bind"), "{err}");
}

#[test]
fn old_and_sectioned_environment_names_both_work() {
    let dir = tempfile::tempdir().unwrap();
    let secret = "0123456789abcdef0123456789abcdef-s3cret";
    let env = [
        ("JOULE_BIND", "127.0.0.1:9001"),
        ("JOULE_POOL_SIZE", "2"),
        ("JOULE_DATABASE__POOL_TIMEOUT_SECS", "7"),
        ("JOULE_MAX_BATCH_POINTS", "10"),
        ("JOULE_LIMITS__MAX_SERIES_PER_REQUEST", "11"),
        (
            "JOULE_CORS_ALLOWED_ORIGINS",
            "https://a.example,https://b.example",
        ),
        ("JOULE_SECRET_KEY", secret),
        ("JOULE_AUTH__ACCESS_TOKEN_TTL_SECS", "60"),
        ("JOULE_TLS_BIND", "127.0.0.1:9443"),
        ("JOULE_TLS__CERT_PEM", "cert"),
        ("JOULE_TLS__KEY_PEM", "key-s3cret"),
        ("JOULE_LOG", "error"),
    ];
    let (ok, out, err) = joule(&["config"], &env, dir.path());
    assert!(ok, "{err}");
    assert!(!out.contains("s3cret"), "{out}");
    let shown: toml::Value = toml::from_str(&out).unwrap();
    let heads: Vec<_> = out.lines().filter(|l| l.starts_with('[')).collect();
    assert_eq!(
        heads,
        [
            "[server]",
            "[database]",
            "[auth]",
            "[tls]",
            "[limits]",
            "[stream]",
            "[mqtt]",
            "[metrics]",
            "[bulk]"
        ],
        "{out}"
    );
    assert!(out.starts_with("log = "), "{out}");
    assert_eq!(shown["log"].as_str(), Some("error"));
    assert_eq!(shown["server"]["bind"].as_str(), Some("127.0.0.1:9001"));
    assert_eq!(
        shown["server"]["cors_allowed_origins"],
        toml::Value::from(vec!["https://a.example", "https://b.example"])
    );
    assert_eq!(shown["database"]["pool_size"].as_integer(), Some(2));
    assert_eq!(shown["database"]["pool_timeout_secs"].as_integer(), Some(7));
    assert_eq!(shown["auth"]["secret_key"].as_str(), Some("***"));
    assert_eq!(
        shown["auth"]["access_token_ttl_secs"].as_integer(),
        Some(60)
    );
    assert_eq!(shown["tls"]["bind"].as_str(), Some("127.0.0.1:9443"));
    assert_eq!(shown["tls"]["cert_pem"].as_str(), Some("cert"));
    assert_eq!(shown["tls"]["key_pem"].as_str(), Some("***"));
    assert_eq!(shown["limits"]["max_batch_points"].as_integer(), Some(10));
    assert_eq!(
        shown["limits"]["max_series_per_request"].as_integer(),
        Some(11)
    );

    // Both forms of one key: the sectioned one wins; a flag still beats both.
    let both = [
        ("JOULE_BIND", "127.0.0.1:9001"),
        ("JOULE_SERVER__BIND", "127.0.0.1:9002"),
        ("JOULE_DATABASE__URL", "sqlite://sectioned.db"),
    ];
    let (ok, out, err) = joule(&["config"], &both, dir.path());
    assert!(ok, "{err}");
    let shown: toml::Value = toml::from_str(&out).unwrap();
    assert_eq!(shown["server"]["bind"].as_str(), Some("127.0.0.1:9002"));
    assert_eq!(
        shown["database"]["url"].as_str(),
        Some("sqlite://sectioned.db")
    );
    let (ok, out, _) = joule(
        &["--database-url", "sqlite://flag.db", "config"],
        &both,
        dir.path(),
    );
    assert!(ok);
    assert!(out.contains("sqlite://flag.db"), "{out}");

    let (ok, _, err) = joule(&["config"], &[("JOULE_SERVER__BND", "x")], dir.path());
    assert!(!ok);
    assert!(err.contains("did you mean 'server.bind'?"), "{err}");
}

#[test]
fn an_old_flat_file_still_works_with_a_warning_naming_the_new_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("joule.toml"),
        "log = \"warn\"\nbind = \"127.0.0.1:9000\"\ndatabase_url = \"sqlite://flat.db\"\n\
         max_cells_per_request = 99\n[auth]\nrefresh_token_ttl_secs = 120\n",
    )
    .unwrap();
    let (ok, out, err) = joule(&["config"], &[], dir.path());
    assert!(ok, "{err}");
    let shown: toml::Value = toml::from_str(&out).unwrap();
    assert_eq!(shown["server"]["bind"].as_str(), Some("127.0.0.1:9000"));
    assert_eq!(shown["database"]["url"].as_str(), Some("sqlite://flat.db"));
    assert_eq!(
        shown["limits"]["max_cells_per_request"].as_integer(),
        Some(99)
    );
    assert_eq!(
        shown["auth"]["refresh_token_ttl_secs"].as_integer(),
        Some(120)
    );
    for (old, new) in [
        ("bind", "server.bind"),
        ("database_url", "database.url"),
        ("max_cells_per_request", "limits.max_cells_per_request"),
    ] {
        assert!(
            err.lines().any(|l| l.contains("WARN")
                && l.contains(&format!("'{old}'"))
                && l.contains(&format!("'{new}'"))),
            "a warning for {old}: {err}"
        );
    }
    assert!(
        !err.contains("'log'"),
        "log is at home at the top level: {err}"
    );
}

#[test]
fn an_unknown_key_is_refused_with_its_nearest_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("joule.toml");
    for (text, message) in [
        (
            "[server]\nbnd = \"127.0.0.1:9000\"\n",
            "unknown key 'server.bnd' in joule.toml; did you mean 'server.bind'?",
        ),
        (
            "databse_url = \"sqlite://x.db\"\n",
            "unknown key 'databse_url' in joule.toml; did you mean 'database.url'?",
        ),
        (
            "[server]\npool_size = 3\n",
            "unknown key 'server.pool_size' in joule.toml; did you mean 'database.pool_size'?",
        ),
    ] {
        std::fs::write(&file, text).unwrap();
        let (ok, out, err) = joule(&["config"], &[], dir.path());
        assert!(!ok, "{text} is refused: {out}");
        assert!(err.contains(message), "{text}: {err}");
    }
    // A file named by --config is named in the message.
    let other = dir.path().join("other.toml");
    std::fs::write(&other, "[limits]\nmax_batch_point = 5\n").unwrap();
    let (ok, _, err) = joule(
        &["--config", other.to_str().unwrap(), "migrate"],
        &[],
        dir.path(),
    );
    assert!(!ok);
    assert!(
        err.contains(&format!(
            "unknown key 'limits.max_batch_point' in {}; did you mean 'limits.max_batch_points'?",
            other.display()
        )),
        "{err}"
    );
}

#[tokio::test]
async fn migrate_then_seed_a_demo_estate_with_values_beside_other_sites() {
    let db = TestDb::fresh();
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, err) = joule(&["--database-url", db.url(), "migrate"], &[], dir.path());
    assert!(ok, "{err}");
    assert!(out.contains("migration(s) applied"));

    // A database the first run already filled takes the demo too.
    let (mut child, base) = spawn_server(db.url(), &[]);
    let call = |method: hyper::Method, path: &str, body: &str| {
        let url = format!("{base}/api/v1{path}");
        let body = bytes::Bytes::from(body.to_string());
        async move { crate::support::raw(method, &url, body, &[]).await }
    };
    let get = |path: &str| {
        let answer = call(hyper::Method::GET, path, "");
        async move { answer.await.json() }
    };
    let own = call(hyper::Method::POST, "/sites", r#"{"name": "Depot"}"#).await;
    assert_eq!(own.status.as_u16(), 201);

    let (ok, out, err) = joule(
        &["--database-url", db.url(), "seed", "--demo"],
        &[],
        dir.path(),
    );
    assert!(ok, "{err}");
    assert!(out.contains("2 sites, 12 devices"), "{out}");
    assert!(out.contains("values over three weeks"), "{out}");
    let (ok, _, err) = joule(
        &["--database-url", db.url(), "seed", "--demo"],
        &[],
        dir.path(),
    );
    assert!(!ok, "a second seed is refused");
    assert!(err.contains("already in this database"), "{err}");

    let sites = get("/sites").await;
    assert_eq!(sites["items"].as_array().unwrap().len(), 3);
    let devices = get("/devices").await;
    assert_eq!(devices["items"].as_array().unwrap().len(), 12);
    let kinds: Vec<_> = devices["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap().to_string())
        .collect();
    for kind in ["meter", "inverter", "heat pump", "sensor node"] {
        assert!(kinds.iter().any(|k| k == kind), "a {kind} in the demo");
    }
    let points = get("/datapoints?limit=1000").await;
    let points = points["items"].as_array().unwrap().clone();
    assert!(points.len() > 30);
    let id_of = |key: &str| {
        points
            .iter()
            .find(|p| p["key"] == key)
            .and_then(|p| p["id"].as_i64())
            .unwrap_or_else(|| panic!("{key} in the demo"))
    };

    // Three weeks of values: power has a daily shape, the energy counter only grows.
    let now = chrono::Utc::now();
    let from = (now - chrono::Duration::days(22)).format("%Y-%m-%dT%H:%M:%SZ");
    let to = now.format("%Y-%m-%dT%H:%M:%SZ");
    let power = id_of("karlsruhe_office/main_electricity_meter/active_power");
    let daily = get(&format!(
        "/datapoints/{power}/aggregate?interval=1d&function=count&from={from}&to={to}"
    ))
    .await;
    let days = daily["buckets"].as_array().unwrap();
    assert!(days.len() >= 20, "{daily}");
    let hourly = get(&format!(
        "/datapoints/{power}/aggregate?interval=1h&function=mean&from={from}&to={to}"
    ))
    .await;
    let means: Vec<f64> = hourly["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["value"].as_f64())
        .collect();
    let (low, high) = means
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(*v), h.max(*v)));
    assert!(high > 2.0 * low, "a daily shape: {low}..{high}");
    let energy = id_of("karlsruhe_office/main_electricity_meter/energy_import");
    let values = get(&format!(
        "/datapoints/{energy}/values?from={from}&to={to}&limit=1000"
    ))
    .await;
    let counter: Vec<f64> = values["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["value"].as_f64().unwrap())
        .collect();
    assert!(counter.len() == 1000, "{}", counter.len());
    assert!(
        counter.windows(2).all(|w| w[1] >= w[0]),
        "a counter only grows"
    );
    assert!(counter[999] > counter[0]);
    // Numeric actuators have a day/night schedule.
    let setpoint = id_of("karlsruhe_office/heat_pump/flow_setpoint");
    let schedule = get(&format!("/datapoints/{setpoint}/schedule")).await;
    assert!(
        schedule["schedule"].as_array().unwrap().len() > 20,
        "{schedule}"
    );
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn config_shows_the_mqtt_section_with_its_password_masked_and_checks_it() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, err) = joule(&["config"], &[], dir.path());
    assert!(ok, "{err}");
    let shown: toml::Value = toml::from_str(&out).unwrap();
    assert!(shown["mqtt"].get("url").is_none(), "no broker by default");
    assert_eq!(shown["mqtt"]["topic_prefix"].as_str(), Some("joule"));
    assert_eq!(shown["mqtt"]["client_id"].as_str(), Some("joule"));
    assert_eq!(shown["mqtt"]["qos"].as_integer(), Some(1));
    assert_eq!(shown["mqtt"]["publish_committed"].as_bool(), Some(false));

    std::fs::write(
        dir.path().join("joule.toml"),
        "[mqtt]\nurl = \"mqtts://broker.example\"\nusername = \"joule\"\npassword = \"br0ker-s3cret\"\nqos = 2\n",
    )
    .unwrap();
    let (ok, out, err) = joule(&["config"], &[], dir.path());
    assert!(ok, "{err}");
    assert!(!out.contains("s3cret"), "{out}");
    let shown: toml::Value = toml::from_str(&out).unwrap();
    assert_eq!(shown["mqtt"]["password"].as_str(), Some("***"));
    assert_eq!(shown["mqtt"]["qos"].as_integer(), Some(2));

    for (key, value, said) in [
        ("JOULE_MQTT__QOS", "0", "mqtt.qos"),
        ("JOULE_MQTT__URL", "http://broker", "mqtt.url"),
        ("JOULE_MQTT__URL", "mqtt://u:p@broker", "mqtt.username"),
        ("JOULE_MQTT__TOPIC_PREFIX", "a/#", "mqtt.topic_prefix"),
        ("JOULE_MQTT__QUEUE", "0", "mqtt.queue"),
        ("JOULE_MQTT__CLIENT_ID", "", "mqtt.client_id"),
        ("JOULE_MQTT__CA_FILE", "/ca.pem", "mqtt.ca_file"),
        ("JOULE_MQTT__URLL", "mqtt://x", "mqtt.url"),
    ] {
        let url = ("JOULE_MQTT__URL", "mqtt://127.0.0.1:1883");
        let env = if key == url.0 {
            vec![(key, value)]
        } else {
            vec![url, (key, value)]
        };
        let other = tempfile::tempdir().unwrap();
        let (ok, _, err) = joule(&["config"], &env, other.path());
        assert!(!ok, "{key}={value} is refused");
        assert!(err.contains(said), "{key}={value}: {err}");
    }
}

#[test]
fn the_stream_pacing_window_is_shown_and_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, err) = joule(&["config"], &[], dir.path());
    assert!(ok, "{err}");
    let shown: toml::Value = toml::from_str(&out).unwrap();
    assert_eq!(shown["stream"]["coalesce_ms"].as_integer(), Some(10));
    let (ok, out, err) = joule(
        &["config"],
        &[("JOULE_STREAM__COALESCE_MS", "0")],
        dir.path(),
    );
    assert!(ok, "0 turns pacing off: {err}");
    assert!(out.contains("coalesce_ms = 0"), "{out}");
    let (ok, _, err) = joule(
        &["config"],
        &[("JOULE_STREAM__COALESCE_MS", "5000")],
        dir.path(),
    );
    assert!(!ok, "a window of 5 s is refused");
    assert!(err.contains("stream.coalesce_ms"), "{err}");
}

/// A database URL that cannot work is refused at once with its own cause, not a
/// generic pool timeout, and no stray SQLite file is created for a foreign scheme.
#[test]
fn a_database_that_cannot_be_opened_is_reported_with_its_cause() {
    let dir = tempfile::tempdir().unwrap();
    let migrate = |url: &str| {
        let (ok, _, err) = joule(&["--database-url", url, "migrate"], &[], dir.path());
        assert!(!ok, "{url} must be refused");
        assert!(!err.contains("timed out"), "{url}: {err}");
        err
    };

    let err = migrate("mysql://root@localhost/joule");
    assert!(
        err.contains("unsupported database URL scheme `mysql://`"),
        "{err}"
    );
    assert!(
        err.contains("postgres://") && err.contains("sqlite://"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file made"
    );

    std::fs::write(dir.path().join("plain-file"), "").unwrap();
    let err = migrate("sqlite://plain-file/joule.db");
    assert!(err.contains("plain-file"), "{err}");

    // Port 1 on loopback has no server.
    let err = migrate("postgres://postgres@127.0.0.1:1/test");
    assert!(err.contains("Connection refused"), "{err}");

    if let Ok(url) = std::env::var("JOULE_TEST_POSTGRES_URL") {
        let (server, _) = url.rsplit_once('/').expect("a database name");
        let err = migrate(&format!("{server}/joule_no_such_database"));
        assert!(
            err.contains("database \"joule_no_such_database\" does not exist"),
            "{err}"
        );
    }
}

/// `serve --help` tells each flag's default and the environment names that set it.
#[test]
fn serve_help_shows_defaults_and_environment_names() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, help, err) = joule(&["serve", "--help"], &[], dir.path());
    assert!(ok, "{err}");
    for shown in [
        "[default: 127.0.0.1:8080] [env: JOULE_SERVER__BIND, JOULE_BIND]",
        "[env: JOULE_TLS__BIND, JOULE_TLS_BIND]",
        "[default: sqlite://joule.db] [env: JOULE_DATABASE__URL, JOULE_DATABASE_URL]",
        "[default: info] [env: JOULE_LOG]",
    ] {
        assert!(help.contains(shown), "{shown} missing in:\n{help}");
    }
}

#[test]
fn rollups_rebuild_rewrites_every_datapoint_or_one() {
    let db = TestDb::fresh();
    let dir = tempfile::tempdir().unwrap();
    let url = db.url();
    let (ok, _, err) = joule(&["--database-url", url, "seed", "--demo"], &[], dir.path());
    assert!(ok, "{err}");
    let (ok, out, err) = joule(
        &["--database-url", url, "rollups", "rebuild"],
        &[],
        dir.path(),
    );
    assert!(ok, "{err}");
    // Three weeks of 15-minute values: hundreds of hours per datapoint.
    let hours: u64 = out
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{out}"));
    assert!(out.starts_with("rebuilt ") && hours > 500, "{out}");
    let (ok, out, err) = joule(
        &[
            "--database-url",
            url,
            "rollups",
            "rebuild",
            "--datapoint",
            "1",
        ],
        &[],
        dir.path(),
    );
    assert!(ok && out.ends_with("for 1 datapoint(s)\n"), "{out}{err}");
    let (ok, _, err) = joule(
        &[
            "--database-url",
            url,
            "rollups",
            "rebuild",
            "--datapoint",
            "999999",
        ],
        &[],
        dir.path(),
    );
    assert!(!ok && err.contains("999999"), "{err}");
}
