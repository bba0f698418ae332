//! Data in bulk: line protocol as Telegraf sends it (InfluxDB 1.x and 2.x paths,
//! gzip, `Token` auth, precisions, all or nothing), the streamed export (pages,
//! trailer, gzip, access) and the import (round trips, bad rows, re-runs).

use crate::support::{estate, post, send, Creds, RawResponse, TestApp};
use bytes::Bytes;
use hyper::{Method, StatusCode};
use serde_json::{json, Value};
use std::io::{Read as _, Write as _};

fn gzip(text: &str) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(text.as_bytes()).unwrap();
    Bytes::from(encoder.finish().unwrap())
}

fn gunzip(bytes: &[u8]) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// A numeric datapoint with this key; answers its id.
async fn numeric(app: &TestApp, key: &str, device: Option<i64>) -> i64 {
    post(
        app,
        "/datapoints",
        json!({"key": key, "type": "sensor", "data_format": "continuous_numeric",
               "max_value": 1000.0, "device_id": device}),
    )
    .await["id"]
        .as_i64()
        .unwrap()
}

/// `(timestamp, value)` of every stored value of a datapoint.
async fn stored(app: &TestApp, id: i64) -> Vec<(String, Value)> {
    let page = app
        .ok(
            Method::GET,
            &format!("/datapoints/{id}/values?limit=10000"),
            Value::Null,
        )
        .await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["timestamp"].as_str().unwrap().to_string(),
                v["value"].clone(),
            )
        })
        .collect()
}

/// A line protocol request to a path of the server (not below the API base).
async fn lines(app: &TestApp, path: &str, body: Bytes, headers: &[(&str, &str)]) -> RawResponse {
    let mut all = vec![("content-type", "text/plain; charset=utf-8")];
    all.extend_from_slice(headers);
    send(
        Method::POST,
        &format!("{}{path}", app.base),
        body,
        &all,
        None,
    )
    .await
}

fn key_of(creds: &Creds) -> String {
    match creds {
        Creds::Key(key) => key.clone(),
        other => panic!("not a key: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegraf_writes_through_both_influxdb_paths() {
    let app = TestApp::start_with(&[("JOULE_BULK__IGNORE_TAGS", "host")]).await;
    let idle = numeric(&app, "cpu.cpu=cpu0.usage_idle", None).await;
    let user = numeric(&app, "cpu.cpu=cpu0.usage_user", None).await;
    let mem = numeric(&app, "mem.available", None).await;
    let (_, writer) = app.key("writer", None).await;
    let token = format!("Token {}", key_of(&writer));

    // InfluxDB 1.x: /write?db=&precision=s, gzip, Token auth; the host tag ignored.
    let body = "cpu,cpu=cpu0,host=box usage_idle=97.5,usage_user=2i 1767225600\n\
                mem,host=box available=512u 1767225600\n";
    let v1 = lines(
        &app,
        "/write?db=telegraf&precision=s",
        gzip(body),
        &[("authorization", &token), ("content-encoding", "gzip")],
    )
    .await;
    assert_eq!(v1.status, StatusCode::NO_CONTENT, "{v1:?}");
    assert_eq!(
        stored(&app, idle).await,
        [("2026-01-01T00:00:00Z".into(), json!(97.5))]
    );
    assert_eq!(
        stored(&app, user).await,
        [("2026-01-01T00:00:00Z".into(), json!(2.0))]
    );
    assert_eq!(
        stored(&app, mem).await,
        [("2026-01-01T00:00:00Z".into(), json!(512.0))]
    );

    // InfluxDB 2.x: /api/v2/write?org=&bucket=&precision=ms.
    let v2 = lines(
        &app,
        "/api/v2/write?org=o&bucket=telegraf&precision=ms",
        gzip("cpu,host=box,cpu=cpu0 usage_idle=50 1767225601250\n"),
        &[("authorization", &token), ("content-encoding", "gzip")],
    )
    .await;
    assert_eq!(v2.status, StatusCode::NO_CONTENT, "{v2:?}");
    // Nanoseconds by default, kept to the microsecond; microseconds as `u`.
    for (path, stamp) in [
        ("/write?db=x", "1767225602000001999"),
        ("/write?db=x&precision=u", "1767225603000001"),
    ] {
        let answer = lines(
            &app,
            path,
            Bytes::from(format!("cpu,cpu=cpu0 usage_idle=1 {stamp}")),
            &[("authorization", &token)],
        )
        .await;
        assert_eq!(answer.status, StatusCode::NO_CONTENT, "{answer:?}");
    }
    // Basic auth of InfluxDB 1.x clients: the password is the key.
    let basic = {
        use base64::Engine as _;
        let pair = format!("telegraf:{}", key_of(&writer));
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(pair)
        )
    };
    let answer = lines(
        &app,
        "/write?db=x&precision=h",
        Bytes::from("cpu,cpu=cpu0 usage_idle=3 491000"),
        &[("authorization", &basic)],
    )
    .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT, "{answer:?}");
    let values = stored(&app, idle).await;
    let times: Vec<&str> = values.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        times,
        [
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:00:01.250Z",
            "2026-01-01T00:00:02.000001Z",
            "2026-01-01T00:00:03.000001Z",
            "2026-01-05T08:00:00Z"
        ]
    );

    // Joule's own route takes the same lines, with Joule's credentials.
    let own = send(
        Method::POST,
        &app.url("/write?precision=s"),
        Bytes::from("mem available=1 1767225700"),
        &[
            ("content-type", "text/plain"),
            ("x-api-key", &key_of(&writer)),
        ],
        None,
    )
    .await;
    assert_eq!(own.status, StatusCode::NO_CONTENT, "{own:?}");
    assert_eq!(stored(&app, mem).await.len(), 2);

    // Refusals as InfluxDB clients read them.
    let v1 = lines(
        &app,
        "/write",
        Bytes::from("m f=1"),
        &[("authorization", "Token nope")],
    )
    .await;
    assert_eq!(v1.status, StatusCode::UNAUTHORIZED);
    assert!(v1.json()["error"].is_string(), "{v1:?}");
    let v2 = lines(&app, "/api/v2/write", Bytes::from("m f=1"), &[]).await;
    assert_eq!(v2.status, StatusCode::UNAUTHORIZED);
    assert_eq!(v2.json()["code"], "unauthorized");
    let (_, reader) = app.key("reader", None).await;
    let v2 = lines(
        &app,
        "/api/v2/write",
        Bytes::from("m f=1"),
        &[("authorization", &format!("Token {}", key_of(&reader)))],
    )
    .await;
    assert_eq!(v2.status, StatusCode::FORBIDDEN);
    assert_eq!(v2.json()["code"], "forbidden");
    let get = send(
        Method::GET,
        &format!("{}/write", app.base),
        Bytes::new(),
        &[],
        None,
    )
    .await;
    assert_eq!(get.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_lines_refuse_the_whole_write_naming_their_lines() {
    let app = TestApp::start().await;
    let power = numeric(&app, "meter.power", None).await;
    let (_, writer) = app.key("writer", None).await;
    let token = format!("Token {}", key_of(&writer));
    let refused = |body: &'static str, path: &'static str| {
        let app = &app;
        let token = token.clone();
        async move { lines(app, path, Bytes::from(body), &[("authorization", &token)]).await }
    };

    // A line that is not line protocol.
    let answer = refused("meter power=1 1\nmeter power=\n", "/write").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let error = answer.json()["error"].as_str().unwrap().to_string();
    assert!(error.contains("line 2"), "{error}");
    assert!(
        error.contains("nothing of the request was stored"),
        "{error}"
    );
    // An unknown key, a value its datapoint refuses: named by line.
    let answer = refused(
        "meter power=1 1\n\nmeter power=5000 2\nmeter nowhere=1 3\n",
        "/api/v2/write",
    )
    .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let v2 = answer.json();
    assert_eq!(v2["code"], "invalid");
    let message = v2["message"].as_str().unwrap();
    assert!(
        message.contains("line 3") && message.contains("max_value"),
        "{message}"
    );
    assert!(
        message.contains("line 4") && message.contains("meter.nowhere"),
        "{message}"
    );
    assert_eq!(
        stored(&app, power).await,
        [],
        "nothing of a refused write is stored"
    );

    // Joule's route answers a problem listing the lines.
    let answer = send(
        Method::POST,
        &app.url("/write"),
        Bytes::from("meter power=1 1\nmeter,a power=1 2\n"),
        &[
            ("content-type", "text/plain"),
            ("x-api-key", &key_of(&writer)),
        ],
        None,
    )
    .await;
    let problem = answer.problem(400);
    assert_eq!(crate::support::error_fields(&problem), ["line 2"]);
    let answer = send(
        Method::POST,
        &app.url("/write?precision=fortnights"),
        Bytes::from("meter power=1 1"),
        &[
            ("content-type", "text/plain"),
            ("x-api-key", &key_of(&writer)),
        ],
        None,
    )
    .await;
    assert_eq!(
        crate::support::error_fields(&answer.problem(400)),
        ["precision"]
    );
    // A body that is not gzip although it says so.
    let answer = lines(
        &app,
        "/write",
        Bytes::from("meter power=1 1"),
        &[("authorization", &token), ("content-encoding", "gzip")],
    )
    .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{answer:?}");
    assert_eq!(stored(&app, power).await, []);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_keys_are_registered_under_the_configured_device() {
    let app = TestApp::start_with(&[("JOULE_BULK__AUTO_REGISTER_DEVICE", "1")]).await;
    let (site, device, _) = estate(&app, "plant").await;
    assert_eq!(device, 1, "the first device of a fresh database");
    let other = post(&app, "/sites", json!({"name": "other"})).await["id"]
        .as_i64()
        .unwrap();
    assert_ne!(other, site);
    let (_, elsewhere) = app.key("writer", Some(&[other])).await;
    let answer = lines(
        &app,
        "/write",
        Bytes::from("boiler,zone=2 temp=61.5,on=true,mode=\"eco\" 1767225600000000000"),
        &[("authorization", &format!("Token {}", key_of(&elsewhere)))],
    )
    .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN, "{answer:?}");
    let answer = lines(
        &app,
        "/write",
        Bytes::from("boiler,zone=2 temp=61.5,on=true,mode=\"eco\" 1767225600000000000"),
        &[],
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    let answer = send(
        Method::POST,
        &app.url("/write"),
        Bytes::from("boiler,zone=2 temp=61.5,on=true,mode=\"eco\" 1767225600000000000"),
        &[
            ("content-type", "text/plain"),
            ("authorization", &app_bearer(&app)),
        ],
        None,
    )
    .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT, "{answer:?}");
    let list = app
        .ok(
            Method::GET,
            "/datapoints?key=boiler.zone=2.mode",
            Value::Null,
        )
        .await;
    let mode = &list["items"][0];
    assert_eq!(mode["device_id"], device);
    assert_eq!(mode["data_format"], "generic_text");
    let on = app
        .ok(Method::GET, "/datapoints?key=boiler.zone=2.on", Value::Null)
        .await;
    assert_eq!(on["items"][0]["data_format"], "boolean");
    assert_eq!(
        stored(&app, mode["id"].as_i64().unwrap()).await,
        [("2026-01-01T00:00:00Z".into(), json!("eco"))]
    );
}

fn app_bearer(app: &TestApp) -> String {
    match &app.admin {
        Creds::Bearer(token) => format!("Bearer {token}"),
        other => panic!("{other:?}"),
    }
}

/// Writes `n` values, one a second from 2026-01-01, as line protocol.
async fn fill(app: &TestApp, key: &str, n: usize) {
    let mut body = String::new();
    for i in 0..n {
        body.push_str(&format!(
            "joule,datapoint_key={key} value={} {}\n",
            i % 1000,
            1_767_225_600 + i
        ));
    }
    let answer = send(
        Method::POST,
        &app.url("/write?precision=s"),
        Bytes::from(body),
        &[
            ("content-type", "text/plain"),
            ("authorization", &app_bearer(app)),
        ],
        None,
    )
    .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT, "{answer:?}");
}

async fn export(app: &TestApp, query: &str, headers: &[(&str, &str)]) -> RawResponse {
    let mut all = headers.to_vec();
    let bearer = app_bearer(app);
    if !all.iter().any(|(k, _)| *k == "x-api-key") {
        all.push(("authorization", &bearer));
    }
    send(
        Method::GET,
        &app.url(&format!("/export?{query}")),
        Bytes::new(),
        &all,
        None,
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_streams_every_page_with_a_trailer() {
    let app = TestApp::start().await;
    let (site, _, first) = estate(&app, "north").await;
    let (other_site, _, other) = estate(&app, "south").await;
    // More values than one page of the export (10,000).
    fill(&app, "north.power", 25_000).await;

    let csv = export(&app, &format!("datapoint_ids={first}"), &[]).await;
    assert_eq!(csv.status, StatusCode::OK, "{csv:?}");
    assert_eq!(csv.content_type(), "text/csv; charset=utf-8");
    let text = String::from_utf8(csv.body.to_vec()).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows[0], "datapoint_id,datapoint_key,timestamp,value");
    assert_eq!(
        rows[1],
        format!("{first},north.power,2026-01-01T00:00:00Z,0")
    );
    assert_eq!(
        rows[25_000],
        format!("{first},north.power,2026-01-01T06:56:39Z,999")
    );
    assert_eq!(rows.last(), Some(&"# complete rows=25000"));
    assert_eq!(rows.len(), 25_002);

    // A range, as ndjson, gzipped.
    let ndjson = export(
        &app,
        "site_id=1&format=ndjson&from=2026-01-01T00:00:10Z&to=2026-01-01T00:00:20Z",
        &[("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(ndjson.status, StatusCode::OK, "{ndjson:?}");
    assert_eq!(site, 1);
    assert_eq!(ndjson.headers["content-encoding"], "gzip");
    let text = gunzip(&ndjson.body);
    let rows: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 11);
    assert_eq!(
        rows[0],
        json!({"datapoint_id": first, "datapoint_key": "north.power",
               "timestamp": "2026-01-01T00:00:10Z", "value": 10.0})
    );
    assert_eq!(rows[10], json!({"complete": true, "rows": 10}));

    // Access as for reads: a key of one site exports that site only.
    let (_, north) = app.key("reader", Some(&[site])).await;
    let key = key_of(&north);
    let own = export(
        &app,
        &format!("datapoint_ids={first}&format=lp&to=2026-01-01T00:00:02Z"),
        &[("x-api-key", &key)],
    )
    .await;
    assert_eq!(own.status, StatusCode::OK);
    assert_eq!(
        String::from_utf8(own.body.to_vec()).unwrap(),
        "joule,datapoint_key=north.power value=0 1767225600000000000\n\
         joule,datapoint_key=north.power value=1 1767225601000000000\n\
         # complete rows=2 skipped=0\n"
    );
    for query in [
        format!("datapoint_ids={first},{other}"),
        format!("site_id={other_site}"),
    ] {
        let refused = export(&app, &query, &[("x-api-key", &key)]).await;
        refused.problem(403);
    }
    // Bad requests are refused before anything streams.
    export(&app, "format=xml&site_id=1", &[]).await.problem(400);
    export(&app, "", &[]).await.problem(400);
    export(&app, "datapoint_ids=1&site_id=1", &[])
        .await
        .problem(400);
    export(&app, "datapoint_ids=99999", &[]).await.problem(404);
    export(&app, "site_id=1&from=yesterday", &[])
        .await
        .problem(400);
    let anonymous = send(
        Method::GET,
        &app.url("/export?site_id=1"),
        Bytes::new(),
        &[],
        None,
    )
    .await;
    anonymous.problem(401);
}

async fn import(app: &TestApp, format: &str, body: Bytes, headers: &[(&str, &str)]) -> Value {
    let bearer = app_bearer(app);
    let mut all = vec![
        ("content-type", "text/plain"),
        ("authorization", bearer.as_str()),
    ];
    all.extend_from_slice(headers);
    let answer = send(
        Method::POST,
        &app.url(&format!("/import?format={format}")),
        body,
        &all,
        None,
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
    answer.json()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imports_take_back_every_export_format() {
    let app = TestApp::start().await;
    let power = numeric(&app, "plant/power", None).await;
    let on = post(
        &app,
        "/datapoints",
        json!({"key": "plant/on", "type": "sensor", "data_format": "boolean"}),
    )
    .await["id"]
        .as_i64()
        .unwrap();
    let note = post(
        &app,
        "/datapoints",
        json!({"key": "plant/note, \"quoted\"", "type": "sensor", "data_format": "generic_text"}),
    )
    .await["id"]
        .as_i64()
        .unwrap();
    fill(&app, "plant/power", 12_000).await;
    post(
        &app,
        "/values",
        json!([
            {"datapoint_id": on, "timestamp": "2026-01-01T00:00:00Z", "value": true},
            {"datapoint_id": on, "timestamp": "2026-01-01T00:00:01.5Z", "value": false},
            {"datapoint_id": note, "timestamp": "2026-01-01T00:00:00Z", "value": "a, \"b\"\nc"},
            {"datapoint_id": power, "timestamp": "2026-02-01T00:00:00Z", "value": 0.125},
        ]),
    )
    .await;
    let ids = format!("{power},{on},{note}");
    for format in ["csv", "ndjson", "lp"] {
        let before = export(&app, &format!("datapoint_ids={ids}&format={format}"), &[]).await;
        assert_eq!(before.status, StatusCode::OK);
        let text = String::from_utf8(before.body.to_vec()).unwrap();
        let trailer = text.lines().last().unwrap();
        assert!(
            trailer.contains("rows=12004") || trailer.contains("\"rows\":12004"),
            "{format}: {trailer}"
        );
        for id in [power, on, note] {
            app.ok(
                Method::DELETE,
                &format!("/datapoints/{id}/values"),
                Value::Null,
            )
            .await;
        }
        // gzip, in chunks smaller than a row, as a large upload arrives.
        let report = import(
            &app,
            format,
            gzip(std::str::from_utf8(&before.body).unwrap()),
            &[("content-encoding", "gzip")],
        )
        .await;
        assert_eq!(
            report,
            json!({"rows_written": 12_004, "rows_refused": 0, "refused": []}),
            "{format}"
        );
        let after = export(&app, &format!("datapoint_ids={ids}&format={format}"), &[]).await;
        assert_eq!(
            after.body, before.body,
            "{format}: export → import → export"
        );
        // Again: the same values replace themselves.
        let report = import(&app, format, before.body.clone(), &[]).await;
        assert_eq!(report["rows_written"], 12_004);
        let again = export(&app, &format!("datapoint_ids={ids}&format={format}"), &[]).await;
        assert_eq!(
            again.body, before.body,
            "{format}: a re-run changes nothing"
        );
    }

    // Bad rows are listed by line; the good ones are stored.
    let csv = format!(
        "datapoint_id,datapoint_key,timestamp,value\n\
         {power},,2026-03-01T00:00:00Z,1\n\
         ,plant/none,2026-03-01T00:00:00Z,1\n\
         ,plant/power,yesterday,1\n\
         ,plant/power,2026-03-01T00:00:01Z,lots\n\
         ,plant/power,2026-03-01T00:00:02Z,5000\n\
         ,plant/on,2026-03-01T00:00:02Z,true\n"
    );
    let report = import(&app, "csv", Bytes::from(csv), &[]).await;
    assert_eq!(report["rows_written"], 2);
    assert_eq!(report["rows_refused"], 4);
    let lines: Vec<(i64, &str)> = report["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["line"].as_i64().unwrap(),
                r["field"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            (3, "datapoint_key"),
            (4, "timestamp"),
            (5, "value"),
            (6, "value")
        ]
    );
    let ndjson = "{\"datapoint_key\":\"plant/power\",\"timestamp\":\"2026-03-02T00:00:00Z\",\"value\":2}\nnot json\n{\"datapoint_key\":\"plant/power\",\"timestamp\":\"2026-03-02T00:00:01Z\"}\n";
    let report = import(&app, "ndjson", Bytes::from(ndjson), &[]).await;
    assert_eq!(report["rows_written"], 1);
    let lines: Vec<i64> = report["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["line"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, [2, 3]);
    let report = import(&app, "lp", Bytes::from("joule,datapoint_key=plant/power value=3 1772323200000000000\njoule,datapoint_key=plant/power value=\n"), &[]).await;
    assert_eq!(report["rows_written"], 1);
    assert_eq!(report["refused"][0]["line"], 2);

    // A site-limited key imports into its sites only; other rows are refused.
    let (site, _, mine) = estate(&app, "east").await;
    let (_, key) = app.key("writer", Some(&[site])).await;
    let body = format!(
        "datapoint_id,timestamp,value\n{mine},2026-04-01T00:00:00Z,4\n{power},2026-04-01T00:00:00Z,4\n"
    );
    let answer = send(
        Method::POST,
        &app.url("/import"),
        Bytes::from(body),
        &[("content-type", "text/csv"), ("x-api-key", &key_of(&key))],
        None,
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
    let report = answer.json();
    assert_eq!(report["rows_written"], 1);
    assert_eq!(report["refused"][0]["line"], 3);
    // A body without a csv header, and an import over its own limit.
    let answer = send(
        Method::POST,
        &app.url("/import"),
        Bytes::from("1,2,3\n"),
        &[
            ("content-type", "text/csv"),
            ("authorization", &app_bearer(&app)),
        ],
        None,
    )
    .await;
    answer.problem(400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_has_its_own_size_limit() {
    let app = TestApp::start_with(&[("JOULE_BULK__IMPORT_MAX_BYTES", "100")]).await;
    numeric(&app, "p", None).await;
    let mut body = String::from("datapoint_key,timestamp,value\n");
    for s in 0..10 {
        body.push_str(&format!("p,2026-01-01T00:00:{s:02}Z,{s}\n"));
    }
    let answer = send(
        Method::POST,
        &app.url("/import"),
        Bytes::from(body),
        &[
            ("content-type", "text/csv"),
            ("authorization", &app_bearer(&app)),
        ],
        None,
    )
    .await;
    answer.problem(413);
}
