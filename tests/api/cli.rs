//! The `joule` commands besides `serve`.

use crate::support::{spawn_server, TestDb, BIN};
use std::process::Command;

fn joule(args: &[&str], env: &[(&str, &str)], dir: &std::path::Path) -> (bool, String, String) {
    let mut command = Command::new(BIN);
    command.args(args).current_dir(dir).env("JOULE_LOG", "warn");
    for key in [
        "JOULE_DATABASE_URL",
        "JOULE_BIND",
        "JOULE_BODY_LIMIT",
        "JOULE_POOL_SIZE",
    ] {
        command.env_remove(key);
    }
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
        "bind = \"127.0.0.1:9000\"\npool_size = 3\nbody_limit = 1000\n",
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
    let shown: toml::Value = toml::from_str(&out).unwrap();
    assert_eq!(
        shown["bind"].as_str(),
        Some("127.0.0.1:9000"),
        "file over default"
    );
    assert_eq!(
        shown["pool_size"].as_integer(),
        Some(4),
        "environment over file"
    );
    assert_eq!(shown["body_limit"].as_integer(), Some(1000));
    assert_eq!(
        shown["database_url"].as_str(),
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

#[tokio::test]
async fn migrate_then_seed_a_demo_estate() {
    let db = TestDb::fresh();
    let dir = tempfile::tempdir().unwrap();
    let (ok, out, err) = joule(&["--database-url", db.url(), "migrate"], &[], dir.path());
    assert!(ok, "{err}");
    assert!(out.contains("migration(s) applied"));
    let (ok, out, err) = joule(
        &["--database-url", db.url(), "seed", "--demo"],
        &[],
        dir.path(),
    );
    assert!(ok, "{err}");
    assert!(out.contains("2 sites, 12 devices"), "{out}");
    let (ok, _, err) = joule(
        &["--database-url", db.url(), "seed", "--demo"],
        &[],
        dir.path(),
    );
    assert!(!ok, "a second seed is refused");
    assert!(err.contains("already has sites"), "{err}");

    let (mut child, base) = spawn_server(db.url(), &[]);
    let get = |path: &str| {
        let url = format!("{base}/api/v1{path}");
        async move {
            crate::support::raw(hyper::Method::GET, &url, bytes::Bytes::new(), &[])
                .await
                .json()
        }
    };
    let sites = get("/sites").await;
    let names: Vec<_> = sites["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].clone())
        .collect();
    assert_eq!(names.len(), 2);
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
    assert!(points["items"].as_array().unwrap().len() > 30);
    let actuators = get("/datapoints?type=actuator").await;
    assert!(!actuators["items"].as_array().unwrap().is_empty());
    let _ = child.kill();
    let _ = child.wait();
}
