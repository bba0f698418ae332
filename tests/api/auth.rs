//! Sign-in, tokens, API keys, the user admin API, throttling and the hardening
//! headers.

use crate::support::{send, spawn_server, Creds, TestApp, TestDb, ADMIN_PASSWORD};
use diesel::{QueryDsl as _, RunQueryDsl as _};
use hyper::{Method, StatusCode};
use serde_json::{json, Value};
use sha2::Digest as _;
use std::net::IpAddr;
use std::time::Duration;

fn bearer(pair: &Value) -> Creds {
    Creds::Bearer(pair["access_token"].as_str().unwrap().to_string())
}

async fn refresh(app: &TestApp, token: &Value) -> crate::support::RawResponse {
    let body = json!({ "refresh_token": token });
    app.raw_with(
        &Creds::None,
        Method::POST,
        "/auth/refresh",
        body.to_string(),
    )
    .await
}

async fn status(app: &TestApp, creds: &Creds, method: Method, path: &str, body: Value) -> u16 {
    let body = if body.is_null() {
        String::new()
    } else {
        body.to_string()
    };
    app.raw_with(creds, method, path, body)
        .await
        .status
        .as_u16()
}

#[tokio::test]
async fn login_answers_a_token_pair_not_cached_and_me_names_the_caller() {
    let app = TestApp::start().await;
    let body = json!({"username": "admin", "password": ADMIN_PASSWORD});
    let answer = app
        .raw_with(&Creds::None, Method::POST, "/auth/login", body.to_string())
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.headers["cache-control"], "no-store");
    let pair = answer.json();
    assert_eq!(pair["token_type"], "Bearer");
    assert_eq!(pair["expires_in"], 900);
    assert!(pair["refresh_token"].as_str().unwrap().starts_with("jr_"));
    let me = app
        .raw_with(&bearer(&pair), Method::GET, "/auth/me", "")
        .await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.json()["username"], "admin");
    assert_eq!(me.json()["role"], "admin");
    assert!(me.json().get("password_hash").is_none());

    // Through the generated client too.
    match app.client.auth_me().await.unwrap() {
        joule_api::AuthMeResponse::Ok(user) => assert_eq!(user.username, "admin"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn wrong_credentials_and_missing_or_bad_tokens_are_401_with_a_challenge() {
    let app = TestApp::start().await;
    let wrong = json!({"username": "admin", "password": "not the password"});
    let unknown = json!({"username": "nobody", "password": "not the password"});
    let a = app
        .raw_with(&Creds::None, Method::POST, "/auth/login", wrong.to_string())
        .await;
    let b = app
        .raw_with(
            &Creds::None,
            Method::POST,
            "/auth/login",
            unknown.to_string(),
        )
        .await;
    assert_eq!(a.problem(401)["detail"], b.problem(401)["detail"]);
    assert!(a.headers.contains_key("www-authenticate"));

    for creds in [
        Creds::None,
        Creds::Bearer("not-a-token".into()),
        Creds::Key("jk_unknown".into()),
    ] {
        let answer = app.raw_with(&creds, Method::GET, "/sites", "").await;
        answer.problem(401);
        let challenge: Vec<_> = answer
            .headers
            .get_all("www-authenticate")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .collect();
        assert!(
            challenge.iter().any(|c| c.starts_with("Bearer")),
            "{challenge:?}"
        );
        if matches!(creds, Creds::Bearer(_)) {
            assert!(challenge[0].contains("invalid_token"), "{challenge:?}");
        }
    }
    let basic = crate::support::raw(
        Method::GET,
        &app.url("/sites"),
        bytes::Bytes::new(),
        &[("authorization", "Basic YWRtaW46eA==")],
    )
    .await;
    basic.problem(401);
    // The generated client with no credentials gets the 401 variant.
    let anonymous = app.client_as(&Creds::None);
    match anonymous.sites_list(None, None).await.unwrap() {
        joule_api::SitesListResponse::Unauthorized(p) => assert_eq!(p.status, 401),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn access_tokens_expire_and_refresh_tokens_renew_them() {
    let app = TestApp::start_with(&[("JOULE_ACCESS_TOKEN_TTL_SECS", "1")]).await;
    let pair = app.login("admin", ADMIN_PASSWORD).await;
    assert_eq!(pair["expires_in"], 1);
    assert_eq!(
        status(&app, &bearer(&pair), Method::GET, "/sites", Value::Null).await,
        200
    );
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let expired = app
        .raw_with(&bearer(&pair), Method::GET, "/sites", "")
        .await;
    assert!(expired.problem(401)["detail"]
        .as_str()
        .unwrap()
        .contains("expired"));
    let renewed = refresh(&app, &pair["refresh_token"]).await;
    assert_eq!(renewed.status, StatusCode::OK, "{renewed:?}");
    assert_eq!(renewed.headers["cache-control"], "no-store");
    let renewed = renewed.json();
    assert_eq!(
        status(&app, &bearer(&renewed), Method::GET, "/sites", Value::Null).await,
        200
    );
}

#[tokio::test]
async fn refresh_rotates_and_a_reused_refresh_token_revokes_its_session() {
    let app = TestApp::start().await;
    let first = app.login("admin", ADMIN_PASSWORD).await;
    let other_session = app.login("admin", ADMIN_PASSWORD).await;
    let second = refresh(&app, &first["refresh_token"]).await.json();
    assert_ne!(second["refresh_token"], first["refresh_token"]);
    assert_eq!(
        status(&app, &bearer(&second), Method::GET, "/auth/me", Value::Null).await,
        200
    );

    // The used token again: someone copied it. The whole session ends.
    refresh(&app, &first["refresh_token"]).await.problem(401);
    refresh(&app, &second["refresh_token"]).await.problem(401);
    assert_eq!(
        status(&app, &bearer(&second), Method::GET, "/auth/me", Value::Null).await,
        401
    );
    assert_eq!(
        status(&app, &bearer(&first), Method::GET, "/auth/me", Value::Null).await,
        401
    );
    // Another login of the same user is not touched.
    assert_eq!(
        status(
            &app,
            &bearer(&other_session),
            Method::GET,
            "/auth/me",
            Value::Null
        )
        .await,
        200
    );
    refresh(&app, &json!("jr_made_up")).await.problem(401);
}

#[tokio::test]
async fn logout_ends_the_access_and_refresh_tokens_of_the_session() {
    let app = TestApp::start().await;
    let pair = app.login("admin", ADMIN_PASSWORD).await;
    let creds = bearer(&pair);
    assert_eq!(
        status(&app, &creds, Method::POST, "/auth/logout", Value::Null).await,
        204
    );
    assert_eq!(
        status(&app, &creds, Method::GET, "/sites", Value::Null).await,
        401
    );
    refresh(&app, &pair["refresh_token"]).await.problem(401);
    // The harness's own admin session still works.
    assert_eq!(
        status(&app, &app.admin, Method::GET, "/sites", Value::Null).await,
        200
    );
}

#[tokio::test]
async fn api_keys_show_their_secret_once_and_revocation_takes_effect_on_the_next_request() {
    let app = TestApp::start().await;
    let created = app
        .raw(
            Method::POST,
            "/api-keys",
            json!({"name": "meter gateway", "role": "writer"}).to_string(),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_eq!(created.headers["cache-control"], "no-store");
    let created = created.json();
    let secret = created["key"].as_str().unwrap().to_string();
    assert!(secret.starts_with("jk_") && secret.len() > 40);
    assert!(secret.starts_with(created["prefix"].as_str().unwrap()));
    assert_eq!(created["site_ids"], Value::Null);
    assert_eq!(created["last_used_at"], Value::Null);

    let key = Creds::Key(secret.clone());
    assert_eq!(
        status(&app, &key, Method::GET, "/sites", Value::Null).await,
        200
    );
    let listed = app.raw(Method::GET, "/api-keys", "").await;
    let text = String::from_utf8_lossy(&listed.body).to_string();
    assert!(!text.contains(&secret), "no secret in the list");
    let item = &listed.json()["items"][0];
    assert!(item.get("key").is_none());
    assert!(item["last_used_at"].is_string(), "{item}");

    // Through the generated client, which sends X-API-Key.
    match app.client_as(&key).sites_list(None, None).await.unwrap() {
        joule_api::SitesListResponse::Ok(_) => {}
        other => panic!("{other:?}"),
    }
    let id = created["id"].as_i64().unwrap();
    let gone = app
        .raw(Method::DELETE, &format!("/api-keys/{id}"), "")
        .await;
    assert_eq!(gone.status, StatusCode::NO_CONTENT);
    app.raw_with(&key, Method::GET, "/sites", "")
        .await
        .problem(401);
    assert_eq!(
        status(
            &app,
            &app.admin,
            Method::DELETE,
            &format!("/api-keys/{id}"),
            Value::Null
        )
        .await,
        404
    );
    let bad = app
        .raw(
            Method::POST,
            "/api-keys",
            json!({"name": "x", "role": "owner", "site_ids": [999]}).to_string(),
        )
        .await;
    let fields = crate::support::error_fields(&bad.problem(422));
    assert!(fields.contains(&"role".to_string()) && fields.contains(&"site_ids".to_string()));
}

#[tokio::test]
async fn site_scoped_keys_reach_only_their_sites() {
    let app = TestApp::start().await;
    let mk = |path: &'static str, body: Value| {
        let app = &app;
        async move {
            let answer = app.raw(Method::POST, path, body.to_string()).await;
            assert!(answer.status.is_success(), "{answer:?}");
            answer.json()["id"].as_i64().unwrap()
        }
    };
    let a = mk("/sites", json!({"name": "A"})).await;
    let b = mk("/sites", json!({"name": "B"})).await;
    let dev_a = mk("/devices", json!({"site_id": a, "name": "meter A"})).await;
    let dev_b = mk("/devices", json!({"site_id": b, "name": "meter B"})).await;
    let numeric = |key: &str, device: Option<i64>| json!({"key": key, "device_id": device, "type": "sensor", "data_format": "generic_numeric"});
    let dp_a = mk("/datapoints", numeric("a.p", Some(dev_a))).await;
    let dp_b = mk("/datapoints", numeric("b.p", Some(dev_b))).await;
    let loose = mk("/datapoints", numeric("loose.p", None)).await;
    let (_, writer) = app.key("writer", Some(&[a])).await;
    let (_, reader) = app.key("reader", Some(&[a])).await;
    let (_, everywhere) = app.key("writer", None).await;

    let ids = |v: Value| -> Vec<i64> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect()
    };
    let list = |creds: Creds, path: &'static str| {
        let app = &app;
        async move { ids(app.raw_with(&creds, Method::GET, path, "").await.json()) }
    };
    assert_eq!(list(reader.clone(), "/sites").await, vec![a]);
    assert_eq!(list(reader.clone(), "/devices").await, vec![dev_a]);
    assert_eq!(list(reader.clone(), "/datapoints").await, vec![dp_a]);
    assert_eq!(
        list(reader.clone(), "/datapoints?site_id=2").await,
        Vec::<i64>::new()
    );
    assert_eq!(
        list(everywhere.clone(), "/datapoints").await,
        vec![dp_a, dp_b, loose]
    );

    let value = json!([{"timestamp": "2026-01-01T00:00:00Z", "value": 1}]);
    let write = |creds: Creds, dp: i64| {
        let (app, value) = (&app, value.clone());
        async move {
            status(
                app,
                &creds,
                Method::POST,
                &format!("/datapoints/{dp}/values"),
                value,
            )
            .await
        }
    };
    assert_eq!(write(writer.clone(), dp_a).await, 200);
    assert_eq!(write(writer.clone(), dp_b).await, 403);
    assert_eq!(
        write(writer.clone(), loose).await,
        403,
        "no device: outside every site"
    );
    assert_eq!(
        write(reader.clone(), dp_a).await,
        403,
        "a reader key does not write"
    );
    assert_eq!(write(everywhere.clone(), loose).await, 200);
    assert_eq!(write(writer.clone(), 999_999).await, 404);

    // A batch naming one datapoint outside, by id or by key, stores nothing.
    for item in [
        json!({"datapoint_id": dp_b}),
        json!({"datapoint_key": "b.p"}),
    ] {
        let mut bad = item.clone();
        bad["timestamp"] = json!("2026-01-02T00:00:00Z");
        bad["value"] = json!(2);
        let batch = json!([
            {"datapoint_id": dp_a, "timestamp": "2026-01-02T00:00:00Z", "value": 2}, bad]);
        let answer = app
            .raw_with(&writer, Method::POST, "/values", batch.to_string())
            .await;
        answer.problem(403);
    }
    let latest = app
        .raw(
            Method::GET,
            &format!("/datapoints/{dp_a}/values/latest"),
            "",
        )
        .await
        .json();
    assert_eq!(
        latest["timestamp"], "2026-01-01T00:00:00Z",
        "nothing of the batches"
    );

    for path in [
        format!("/sites/{b}"),
        format!("/devices/{dev_b}"),
        format!("/datapoints/{dp_b}"),
        format!("/datapoints/{dp_b}/values"),
        format!("/values/latest?datapoint_ids={dp_a},{dp_b}"),
    ] {
        app.raw_with(&reader, Method::GET, &path, "")
            .await
            .problem(403);
    }
    for path in [
        format!("/sites/{a}"),
        format!("/devices/{dev_a}"),
        format!("/datapoints/{dp_a}/values"),
    ] {
        assert_eq!(
            status(&app, &reader, Method::GET, &path, Value::Null).await,
            200,
            "{path}"
        );
    }
    // Keys never manage metadata, users or keys.
    assert_eq!(
        status(
            &app,
            &everywhere,
            Method::POST,
            "/sites",
            json!({"name": "x"})
        )
        .await,
        403
    );
    assert_eq!(
        status(&app, &everywhere, Method::GET, "/api-keys", Value::Null).await,
        403
    );
}

/// A login from `address` (another loopback address stands for another client).
async fn login_from(app: &TestApp, address: &str, user: &str, password: &str) -> u16 {
    let ip: IpAddr = address.parse().unwrap();
    let body = json!({"username": user, "password": password}).to_string();
    let answer = send(
        Method::POST,
        &app.url("/auth/login"),
        body.into(),
        &[],
        Some(ip),
    )
    .await;
    login_status(&answer)
}

/// The status of a login's answer; a 429 must say why and when to retry.
fn login_status(answer: &crate::support::RawResponse) -> u16 {
    if answer.status == StatusCode::TOO_MANY_REQUESTS {
        let p = answer.problem(429);
        assert!(p["detail"].as_str().unwrap().contains("too many"));
        let wait: u64 = answer.headers["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=900).contains(&wait), "{wait}");
    }
    answer.status.as_u16()
}

/// `n` failed logins at once, all for `user` from `address`; answers the statuses.
async fn failures_from(app: &TestApp, address: &str, user: &str, n: usize) -> Vec<u16> {
    let ip: IpAddr = address.parse().unwrap();
    let url = app.url("/auth/login");
    let body = json!({"username": user, "password": "wrong password"}).to_string();
    let attempts: Vec<_> = (0..n)
        .map(|_| {
            let (url, body) = (url.clone(), body.clone());
            tokio::spawn(async move { send(Method::POST, &url, body.into(), &[], Some(ip)).await })
        })
        .collect();
    let mut statuses = Vec::with_capacity(n);
    for attempt in attempts {
        statuses.push(login_status(&attempt.await.unwrap()));
    }
    statuses
}

#[tokio::test]
async fn a_strangers_failures_do_not_lock_the_user_out_from_elsewhere() {
    let app = TestApp::start().await;
    // Ten failures for `admin` from one address: that address must wait...
    for _ in 0..10 {
        assert_eq!(
            login_from(&app, "127.0.0.2", "admin", "wrong password").await,
            401
        );
    }
    assert_eq!(
        login_from(&app, "127.0.0.2", "admin", ADMIN_PASSWORD).await,
        429
    );
    // ...while the admin signs in from anywhere else, and other users from there.
    assert_eq!(
        login_from(&app, "127.0.0.3", "admin", ADMIN_PASSWORD).await,
        200
    );
    let _ = app.user("anna", "viewer").await;
    assert_eq!(
        login_from(&app, "127.0.0.2", "anna", "anna-password").await,
        200
    );
}

#[tokio::test]
async fn one_address_is_throttled_across_usernames() {
    let app = TestApp::start().await;
    // Thirty failures from one address, each for another (unknown) username.
    for i in 0..30 {
        let user = format!("ghost{i}");
        assert_eq!(
            login_from(&app, "127.0.0.40", &user, "whatever1").await,
            401
        );
    }
    assert_eq!(
        login_from(&app, "127.0.0.40", "admin", ADMIN_PASSWORD).await,
        429
    );
    assert_eq!(
        login_from(&app, "127.0.0.41", "admin", ADMIN_PASSWORD).await,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_username_is_throttled_across_addresses_at_a_looser_bound() {
    let app = TestApp::start().await;
    let _ = app.user("anna", "viewer").await;
    // A success from one address forgets only that address's failures.
    assert_eq!(
        failures_from(&app, "127.0.0.9", "anna", 9).await,
        vec![401; 9]
    );
    assert_eq!(
        login_from(&app, "127.0.0.9", "anna", "anna-password").await,
        200
    );
    // 100 failures for anna from ten addresses, none of them full...
    for i in 0..10 {
        let from = format!("127.0.0.{}", 10 + i);
        assert_eq!(failures_from(&app, &from, "anna", 10).await, vec![401; 10]);
    }
    // ...and anna must wait everywhere (login_from checks Retry-After), even with
    // her password and from a fresh address; nobody else does.
    for from in ["127.0.0.9", "127.0.0.30"] {
        assert_eq!(login_from(&app, from, "anna", "anna-password").await, 429);
    }
    assert_eq!(
        login_from(&app, "127.0.0.30", "admin", ADMIN_PASSWORD).await,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_passwords_check_no_more_passwords_than_the_limit() {
    let app = TestApp::start().await;
    let statuses = failures_from(&app, "127.0.0.5", "admin", 200).await;
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!((checked, refused), (10, 190), "{statuses:?}");
}

#[tokio::test]
async fn failed_logins_are_kept_without_the_username() {
    use joule_db::schema::login_failures;
    let app = TestApp::start().await;
    assert_eq!(
        login_from(&app, "127.0.0.2", "anna.b", "wrong password").await,
        401
    );
    let pool = joule_db::connection::connect(app.database_url(), &Default::default()).unwrap();
    let kept: Vec<(String, String)> = login_failures::table
        .select((login_failures::username_hash, login_failures::address))
        .load(&mut pool.get().unwrap())
        .unwrap();
    let sha256 = sha2::Sha256::digest(b"anna.b");
    let hex: String = sha256.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(kept, vec![(hex, "127.0.0.2".to_string())]);
}

#[tokio::test]
async fn the_first_admin_comes_from_joule_admin_password_once() {
    let db = TestDb::fresh();
    // No password: the server starts with no users, and nobody can sign in.
    let (mut child, base) = spawn_server(db.url(), &[("JOULE_ADMIN_PASSWORD", "")]);
    let login = |base: String, password: &'static str| async move {
        let body = json!({"username": "admin", "password": password}).to_string();
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
    };
    assert_eq!(login(base.clone(), "first-password").await, 401);
    let _ = child.kill();
    let _ = child.wait();

    let (mut child, base) = spawn_server(db.url(), &[]);
    let (name, value) = crate::support::admin_authorization(&base);
    assert_eq!(name, "authorization");
    let sites = send(
        Method::GET,
        &format!("{base}/api/v1/sites"),
        bytes::Bytes::new(),
        &[(&name, &value)],
        None,
    )
    .await;
    assert_eq!(sites.status, StatusCode::OK);
    assert_eq!(login(base.clone(), ADMIN_PASSWORD).await, 200);
    let _ = child.kill();
    let _ = child.wait();

    // Users exist now: another password changes nothing.
    let (mut child, base) = spawn_server(db.url(), &[("JOULE_ADMIN_PASSWORD", "second-password")]);
    assert_eq!(login(base.clone(), "second-password").await, 401);
    assert_eq!(login(base.clone(), ADMIN_PASSWORD).await, 200);
    let _ = child.kill();
    let _ = child.wait();
}

#[tokio::test]
async fn admins_manage_users_and_the_last_admin_stays() {
    let app = TestApp::start().await;
    let editor = app.user("edda", "editor").await;
    assert_eq!(
        status(&app, &editor, Method::GET, "/users", Value::Null).await,
        403
    );
    assert_eq!(
        status(&app, &editor, Method::POST, "/sites", json!({"name": "s"})).await,
        201
    );
    let users = app.raw(Method::GET, "/users", "").await.json();
    let edda = users["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "edda")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let admin_id = users["items"][0]["id"].as_i64().unwrap();

    // A role change applies to the next request.
    let patch = |id: i64, body: Value| {
        let app = &app;
        async move {
            app.raw(Method::PATCH, &format!("/users/{id}"), body.to_string())
                .await
        }
    };
    let changed = patch(edda, json!({"role": "viewer"})).await;
    assert_eq!(changed.json()["role"], "viewer");
    assert_eq!(
        status(&app, &editor, Method::POST, "/sites", json!({"name": "t"})).await,
        403
    );
    // Disabling ends the user's sessions at once and refuses new logins.
    patch(edda, json!({"active": false})).await;
    assert_eq!(
        status(&app, &editor, Method::GET, "/sites", Value::Null).await,
        401
    );
    let body = json!({"username": "edda", "password": "edda-password"}).to_string();
    app.raw_with(&Creds::None, Method::POST, "/auth/login", body.clone())
        .await
        .problem(401);
    patch(edda, json!({"active": true, "password": "a new password"})).await;
    app.raw_with(&Creds::None, Method::POST, "/auth/login", body)
        .await
        .problem(401);
    app.login("edda", "a new password").await;

    // The last active admin cannot be demoted, disabled or deleted.
    patch(admin_id, json!({"role": "editor"}))
        .await
        .problem(409);
    patch(admin_id, json!({"active": false})).await.problem(409);
    app.raw(Method::DELETE, &format!("/users/{admin_id}"), "")
        .await
        .problem(409);
    let fields =
        |answer: crate::support::RawResponse| crate::support::error_fields(&answer.problem(422));
    let bad = app
        .raw(
            Method::POST,
            "/users",
            json!({"username": "bad name", "password": "short", "role": "root"}).to_string(),
        )
        .await;
    assert_eq!(fields(bad), vec!["username", "password", "role"]);
    let dup = app
        .raw(
            Method::POST,
            "/users",
            json!({"username": "edda", "password": "long enough", "role": "viewer"}).to_string(),
        )
        .await;
    dup.problem(409);
    assert_eq!(
        status(
            &app,
            &app.admin,
            Method::DELETE,
            &format!("/users/{edda}"),
            Value::Null
        )
        .await,
        204
    );
    assert_eq!(
        status(
            &app,
            &app.admin,
            Method::GET,
            &format!("/users/{edda}"),
            Value::Null
        )
        .await,
        404
    );
}

#[tokio::test]
async fn users_change_their_own_password_with_the_old_one() {
    let app = TestApp::start().await;
    let current = app.user("vic", "viewer").await;
    let elsewhere = app.login("vic", "vic-password").await;
    let change = |old: &str, new: &str| json!({"old_password": old, "new_password": new});
    let answer = app
        .raw_with(
            &current,
            Method::POST,
            "/auth/password",
            change("wrong", "brand new pw").to_string(),
        )
        .await;
    assert_eq!(
        crate::support::error_fields(&answer.problem(422)),
        vec!["old_password"]
    );
    let answer = app
        .raw_with(
            &current,
            Method::POST,
            "/auth/password",
            change("vic-password", "short").to_string(),
        )
        .await;
    assert_eq!(
        crate::support::error_fields(&answer.problem(422)),
        vec!["new_password"]
    );
    assert_eq!(
        status(
            &app,
            &current,
            Method::POST,
            "/auth/password",
            change("vic-password", "brand new pw")
        )
        .await,
        204
    );
    // This session goes on; the others end.
    assert_eq!(
        status(&app, &current, Method::GET, "/auth/me", Value::Null).await,
        200
    );
    assert_eq!(
        status(
            &app,
            &bearer(&elsewhere),
            Method::GET,
            "/auth/me",
            Value::Null
        )
        .await,
        401
    );
    app.login("vic", "brand new pw").await;
}

#[tokio::test]
async fn cors_answers_only_the_configured_origins() {
    let app = TestApp::start_with(&[(
        "JOULE_CORS_ALLOWED_ORIGINS",
        "https://app.example,https://b.example",
    )])
    .await;
    let preflight = |origin: &'static str| {
        let url = app.url("/sites");
        async move {
            send(
                Method::OPTIONS,
                &url,
                bytes::Bytes::new(),
                &[
                    ("origin", origin),
                    ("access-control-request-method", "POST"),
                ],
                None,
            )
            .await
        }
    };
    let ok = preflight("https://app.example").await;
    assert_eq!(ok.status, StatusCode::NO_CONTENT);
    assert_eq!(
        ok.headers["access-control-allow-origin"],
        "https://app.example"
    );
    let allowed = ok.headers["access-control-allow-headers"].to_str().unwrap();
    assert!(allowed.contains("authorization") && allowed.contains("x-api-key"));
    let other = preflight("https://evil.example").await;
    assert!(!other.headers.contains_key("access-control-allow-origin"));

    let token = match &app.admin {
        Creds::Bearer(t) => format!("Bearer {t}"),
        _ => unreachable!(),
    };
    let get = send(
        Method::GET,
        &app.url("/sites"),
        bytes::Bytes::new(),
        &[("origin", "https://b.example"), ("authorization", &token)],
        None,
    )
    .await;
    assert_eq!(get.status, StatusCode::OK);
    assert_eq!(
        get.headers["access-control-allow-origin"],
        "https://b.example"
    );
    // None configured (the default): no CORS headers at all.
    let plain = TestApp::start().await;
    let answer = send(
        Method::OPTIONS,
        &plain.url("/sites"),
        bytes::Bytes::new(),
        &[
            ("origin", "https://app.example"),
            ("access-control-request-method", "GET"),
        ],
        None,
    )
    .await;
    assert!(!answer.headers.contains_key("access-control-allow-origin"));
}

#[tokio::test]
async fn no_secret_reaches_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("server.log");
    let db = TestDb::fresh();
    let mut child = std::process::Command::new(crate::support::BIN)
        .args(["serve", "--bind", "127.0.0.1:0", "--database-url", db.url()])
        .env("JOULE_LOG", "debug")
        .env("JOULE_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .stdout(std::process::Stdio::piped())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let base = line
        .trim()
        .strip_prefix("joule listening on ")
        .unwrap()
        .to_string();
    let url = |p: &str| format!("{base}/api/v1{p}");
    let post = |path: String, body: Value, auth: Option<String>| async move {
        let headers: Vec<(&str, &str)> = match &auth {
            Some(a) => vec![("authorization", a.as_str())],
            None => vec![],
        };
        send(Method::POST, &path, body.to_string().into(), &headers, None).await
    };
    let pair = post(
        url("/auth/login"),
        json!({"username": "admin", "password": ADMIN_PASSWORD}),
        None,
    )
    .await
    .json();
    let access = pair["access_token"].as_str().unwrap().to_string();
    let auth = Some(format!("Bearer {access}"));
    let _ = post(
        url("/auth/login"),
        json!({"username": "admin", "password": "typo-secret-1"}),
        None,
    )
    .await;
    let _ = post(
        url("/auth/login"),
        json!({"username": "mistyped-secret-2", "password": "x"}),
        None,
    )
    .await;
    let renewed = post(
        url("/auth/refresh"),
        json!({"refresh_token": pair["refresh_token"]}),
        None,
    )
    .await
    .json();
    let _ = post(
        url("/users"),
        json!({"username": "u1", "password": "user-secret-3", "role": "viewer"}),
        auth.clone(),
    )
    .await;
    let key = post(
        url("/api-keys"),
        json!({"name": "k", "role": "reader"}),
        auth.clone(),
    )
    .await
    .json();
    let secret = key["key"].as_str().unwrap().to_string();
    let _ = send(
        Method::GET,
        &url("/sites"),
        bytes::Bytes::new(),
        &[("x-api-key", &secret)],
        None,
    )
    .await;
    let _ = child.kill();
    let _ = child.wait();
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.contains("signed in"), "the log is written: {log}");
    for secret in [
        ADMIN_PASSWORD,
        "typo-secret-1",
        "mistyped-secret-2",
        "user-secret-3",
        &access,
        pair["refresh_token"].as_str().unwrap(),
        renewed["access_token"].as_str().unwrap(),
        renewed["refresh_token"].as_str().unwrap(),
        &secret,
    ] {
        assert!(!log.contains(secret), "{secret} in the log:\n{log}");
    }
}

#[tokio::test]
async fn swagger_ui_can_authorize_with_a_token_or_a_key() {
    let app = TestApp::start().await;
    let spec = app
        .raw_with(&Creds::None, Method::GET, "/openapi.json", "")
        .await;
    assert_eq!(spec.status, StatusCode::OK, "the spec is public");
    let spec = spec.json();
    let schemes = &spec["components"]["securitySchemes"];
    assert_eq!(schemes["bearerAuth"]["type"], "http");
    assert_eq!(schemes["bearerAuth"]["scheme"], "bearer");
    assert_eq!(schemes["apiKeyAuth"]["type"], "apiKey");
    assert_eq!(schemes["apiKeyAuth"]["in"], "header");
    assert_eq!(schemes["apiKeyAuth"]["name"], "X-API-Key");
    let ui = app.raw_with(&Creds::None, Method::GET, "/ui/", "").await;
    assert_eq!(ui.status, StatusCode::OK, "the UI is public");
    let init = app
        .raw_with(&Creds::None, Method::GET, "/ui/swagger-initializer.js", "")
        .await;
    assert!(String::from_utf8_lossy(&init.body).contains("persistAuthorization: true"));
    // What the UI sends once authorized: the same headers the schemes name.
    let (_, key) = app.key("reader", None).await;
    assert_eq!(
        status(&app, &key, Method::GET, "/datapoints", Value::Null).await,
        200
    );
    assert_eq!(
        status(&app, &app.admin, Method::GET, "/datapoints", Value::Null).await,
        200
    );
}

/// An API key whose stored site scope does not decode is refused with a 500, in
/// the admin list and when it is presented: never read as "no sites" or "every site".
#[tokio::test]
async fn a_corrupt_stored_key_scope_is_an_internal_error() {
    use diesel::ExpressionMethods as _;
    use joule_db::schema::api_keys;
    let app = TestApp::start().await;
    let site = crate::sites::create_site(&app, "scoped").await;
    let (id, key) = app.key("reader", Some(&[site])).await;
    let pool = joule_db::connection::connect(app.database_url(), &Default::default()).unwrap();
    diesel::update(api_keys::table.find(id))
        .set(api_keys::site_ids.eq(Some("[1,")))
        .execute(&mut pool.get().unwrap())
        .unwrap();
    let listed = app.raw(Method::GET, "/api-keys", "").await;
    assert_eq!(listed.problem(500)["detail"], "internal error");
    let used = app.raw_with(&key, Method::GET, "/sites", "").await;
    used.problem(500);
}
