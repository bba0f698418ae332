//! `joule user …`: create, list, set-password, disable, and signing in afterwards.

use crate::support::{send, spawn_server, TestDb, BIN};
use hyper::Method;
use std::io::Write as _;
use std::process::{Command, Stdio};

/// Runs `joule --database-url URL user ARGS`, with `stdin` as standard input.
fn user(db: &TestDb, args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(BIN)
        .args(["--database-url", db.url(), "user"])
        .args(args)
        .env("JOULE_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run joule");
    // A command refused before it reads its input (e.g. by the argument parser)
    // may have exited already: a broken pipe here is not the test's concern.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn login(base: &str, username: &str, password: &str) -> u16 {
    let body = serde_json::json!({"username": username, "password": password}).to_string();
    send(
        Method::POST,
        &format!("{base}/api/v1/auth/login"),
        body.into(),
        &[],
        None,
    )
    .await
    .status
    .as_u16()
}

#[tokio::test]
async fn user_commands_create_list_set_passwords_and_disable() {
    let db = TestDb::fresh();
    let create = [
        "create",
        "--username",
        "ops",
        "--role",
        "admin",
        "--password-stdin",
    ];
    let (ok, out, err) = user(&db, &create, "first password\n");
    assert!(ok, "{err}");
    assert!(out.contains("created user 'ops'"), "{out}");
    assert!(!out.contains("first password") && !err.contains("first password"));
    let (ok, _, err) = user(&db, &create, "first password\n");
    assert!(!ok && err.contains("taken"), "{err}");
    let (ok, _, err) = user(
        &db,
        &[
            "create",
            "--username",
            "x",
            "--role",
            "root",
            "--password-stdin",
        ],
        "long enough\n",
    );
    assert!(!ok && err.contains("role"), "{err}");
    let (ok, _, err) = user(
        &db,
        &[
            "create",
            "--username",
            "y",
            "--role",
            "viewer",
            "--password-stdin",
        ],
        "short\n",
    );
    assert!(!ok && err.contains("at least 8"), "{err}");
    let (ok, _, _) = user(
        &db,
        &[
            "create",
            "--username",
            "viv",
            "--role",
            "viewer",
            "--password-stdin",
        ],
        "viewer password",
    );
    assert!(ok);
    let (ok, out, _) = user(&db, &["list"], "");
    assert!(ok);
    assert!(
        out.contains("ops") && out.contains("admin") && out.contains("viv"),
        "{out}"
    );

    // No bootstrap admin: users exist.
    let (mut child, base) = spawn_server(db.url(), &[]);
    assert_eq!(login(&base, "ops", "first password").await, 200);
    assert_eq!(
        login(&base, "admin", crate::support::ADMIN_PASSWORD).await,
        401
    );

    let (ok, _, err) = user(
        &db,
        &["set-password", "--username", "ops", "--password-stdin"],
        "second password\n",
    );
    assert!(ok, "{err}");
    assert_eq!(login(&base, "ops", "first password").await, 401);
    assert_eq!(login(&base, "ops", "second password").await, 200);

    let (ok, _, err) = user(&db, &["disable", "--username", "viv"], "");
    assert!(ok, "{err}");
    assert_eq!(login(&base, "viv", "viewer password").await, 401);
    let (ok, _, _) = user(&db, &["enable", "--username", "viv"], "");
    assert!(ok);
    assert_eq!(login(&base, "viv", "viewer password").await, 200);
    let (ok, _, err) = user(&db, &["disable", "--username", "nobody"], "");
    assert!(!ok && err.contains("no user"), "{err}");
    // The last admin stays.
    let (ok, _, err) = user(&db, &["disable", "--username", "ops"], "");
    assert!(!ok && err.contains("last active admin"), "{err}");
    let _ = child.kill();
    let _ = child.wait();
}

/// Without a terminal (a script, a container), `user create` says how to pass the
/// password instead of an operating-system error.
#[test]
fn user_create_without_a_terminal_points_to_password_stdin() {
    let db = TestDb::fresh();
    // setsid: a new session has no controlling terminal, wherever the test runs.
    let out = Command::new("setsid")
        .args(["--wait", BIN, "--database-url", db.url(), "user", "create"])
        .args(["--username", "ops", "--role", "admin"])
        .env("JOULE_LOG", "warn")
        .stdin(Stdio::null())
        .output()
        .expect("run joule under setsid");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("--password-stdin"), "{err}");
}

#[test]
fn joule_config_masks_the_auth_and_tls_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .arg("config")
        .current_dir(dir.path())
        .env("JOULE_SECRET_KEY", "a-signing-key-of-at-least-32-bytes!!")
        .env("JOULE_ADMIN_PASSWORD", "bootstrap-secret")
        .env("JOULE_TLS_CERT_PEM", "-----BEGIN CERTIFICATE-----")
        .env(
            "JOULE_TLS_KEY_PEM",
            "-----BEGIN PRIVATE KEY----- key-secret",
        )
        .env(
            "JOULE_CORS_ALLOWED_ORIGINS",
            "https://a.example,https://b.example",
        )
        .env("JOULE_ACCESS_TOKEN_TTL_SECS", "60")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for secret in ["a-signing-key", "bootstrap-secret", "key-secret"] {
        assert!(!text.contains(secret), "{secret} shown: {text}");
    }
    let shown: toml::Value = toml::from_str(&text).unwrap();
    assert_eq!(shown["auth"]["secret_key"].as_str(), Some("***"));
    assert_eq!(
        shown["auth"]["access_token_ttl_secs"].as_integer(),
        Some(60)
    );
    assert_eq!(
        shown["server"]["cors_allowed_origins"]
            .as_array()
            .unwrap()
            .len(),
        2,
        "{text}"
    );
    let short = Command::new(BIN)
        .arg("config")
        .current_dir(dir.path())
        .env("JOULE_SECRET_KEY", "too short")
        .output()
        .unwrap();
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("secret_key"));
}
