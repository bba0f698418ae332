//! The latest-value cache behind `Core::value_latest` / `values_latest`: what the
//! services answer after writes, deletes and datapoint changes, through the cache.

use super::ingest::{Batch, Reading};
use super::registry::{DatapointDraft, DatapointEdit};
use super::testing::{fresh_core, TestCore};
use super::{Core, CoreError};
use joule_db::committed::{Change, Committed, Origin, Point, Source};
use joule_db::models::{NewDevice, NewSite};
use serde_json::{json, Value};

async fn datapoint(core: &Core, key: &str, format: &str, device_id: Option<i64>) -> i64 {
    core.datapoint_create(DatapointDraft {
        key: key.into(),
        type_: "sensor".into(),
        data_format: format.into(),
        device_id,
        ..DatapointDraft::default()
    })
    .await
    .expect("a datapoint")
    .id
}

async fn write(core: &Core, id: i64, at: &str, value: Value) {
    let batch = Batch::Of {
        datapoint: id,
        values: vec![Reading {
            timestamp: at.into(),
            value: &value,
        }],
    };
    assert_eq!(core.ingest(batch, Source::Http).await, Ok(1));
}

/// The latest (timestamp as RFC 3339, value), read through the core.
async fn latest(core: &Core, id: i64) -> Result<(String, Value), CoreError> {
    let v = core.value_latest(id).await?;
    let ts = chrono::DateTime::from_timestamp_micros(v.ts)
        .expect("a time")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    Ok((ts, v.value))
}

fn at(hour: u32) -> String {
    format!("2026-01-01T{hour:02}:00:00Z")
}

fn latest_of(hour: u32, value: Value) -> Result<(String, Value), CoreError> {
    Ok((at(hour), value))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_late_older_point_does_not_replace_the_latest() {
    let TestCore { core, .. } = &fresh_core();
    let id = datapoint(core, "a", "continuous_numeric", None).await;
    assert!(
        matches!(latest(core, id).await, Err(CoreError::NotFound(m)) if m.contains("no values yet"))
    );
    write(core, id, &at(2), json!(2.0)).await;
    // Seen at once, with no wait for the hub's follower.
    assert_eq!(latest(core, id).await, latest_of(2, json!(2.0)));
    assert!(core.latest.get(id).is_some(), "filled by the read");
    write(core, id, &at(1), json!(1.0)).await;
    assert_eq!(latest(core, id).await, latest_of(2, json!(2.0)));
    // A rewrite of the latest timestamp replaces it.
    write(core, id, &at(2), json!(5.0)).await;
    assert_eq!(latest(core, id).await, latest_of(2, json!(5.0)));
    let many = core.values_latest(&[id + 100, id]).await.unwrap();
    assert_eq!(many.len(), 1);
    assert_eq!((many[0].0, &many[0].1.value), (id, &json!(5.0)));
    // An unknown datapoint is still a 404 naming it, and is not held.
    let unknown = core.value_latest(id + 100).await;
    assert_eq!(
        unknown,
        Err(CoreError::NotFound(format!(
            "datapoint {} does not exist",
            id + 100
        )))
    );
    assert_eq!(core.latest.get(id + 100), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_the_latest_falls_back_to_the_store() {
    let TestCore { core, .. } = &fresh_core();
    let id = datapoint(core, "a", "continuous_numeric", None).await;
    write(core, id, &at(1), json!(1.0)).await;
    write(core, id, &at(3), json!(3.0)).await;
    assert_eq!(latest(core, id).await, latest_of(3, json!(3.0)));
    let from = Some(at(2).parse().unwrap());
    assert_eq!(core.values_delete(id, from, None).await, Ok(1));
    assert_eq!(latest(core, id).await, latest_of(1, json!(1.0)));
    assert_eq!(core.values_delete(id, None, None).await, Ok(1));
    assert!(
        matches!(latest(core, id).await, Err(CoreError::NotFound(m)) if m.contains("no values yet"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cascading_deletes_evict_their_datapoints() {
    let TestCore { core, .. } = &fresh_core();
    let site = core
        .site_create(NewSite {
            name: "depot".into(),
            description: None,
            timezone: "UTC".into(),
            latitude: None,
            longitude: None,
            address: None,
            created_at: 0,
            updated_at: 0,
        })
        .await
        .expect("a site");
    let device = |name: &str| NewDevice {
        site_id: site.id,
        name: name.into(),
        kind: None,
        manufacturer: None,
        model: None,
        serial_number: None,
        description: None,
        ttn_device_id: None,
        ttn_mapping: None,
        created_at: 0,
        updated_at: 0,
    };
    let d1 = core.device_create(device("one")).await.unwrap().id;
    let d2 = core.device_create(device("two")).await.unwrap().id;
    let p1 = datapoint(core, "one", "continuous_numeric", Some(d1)).await;
    let p2 = datapoint(core, "two", "continuous_numeric", Some(d2)).await;
    for id in [p1, p2] {
        write(core, id, &at(1), json!(1.0)).await;
        assert!(latest(core, id).await.is_ok());
    }
    let mut heard = core.subscribe_changes();

    core.device_delete(d1, true).await.unwrap();
    assert_eq!(core.latest.get(p1), None);
    assert!(
        matches!(latest(core, p1).await, Err(CoreError::NotFound(m)) if m.contains("does not exist"))
    );
    assert!(core.latest.get(p2).is_some());

    core.site_delete(site.id, true).await.unwrap();
    assert_eq!(core.latest.get(p2), None);
    assert!(core.values_latest(&[p1, p2]).await.unwrap().is_empty());
    assert!(core.latest.is_empty(), "nothing held of deleted datapoints");

    // Other listeners (peers, live streams) hear of both.
    for expected in [p1, p2] {
        match heard.recv().await.unwrap() {
            Change::Deleted {
                origin: Origin::Local,
                datapoint_ids,
            } => assert_eq!(&*datapoint_ids, &[expected]),
            other => panic!("heard {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_format_change_renders_the_latest_anew() {
    let TestCore { core, .. } = &fresh_core();
    let id = datapoint(core, "on", "boolean", None).await;
    write(core, id, &at(1), json!(true)).await;
    assert_eq!(latest(core, id).await, latest_of(1, json!(true)));
    let edit = DatapointEdit {
        data_format: Some("discrete_numeric".into()),
        ..DatapointEdit::default()
    };
    core.datapoint_update(id, edit).await.unwrap();
    assert_eq!(latest(core, id).await, latest_of(1, json!(1.0)));
    // An import that updates the datapoint does the same.
    let back = DatapointDraft {
        key: "on".into(),
        type_: "sensor".into(),
        data_format: "boolean".into(),
        ..DatapointDraft::default()
    };
    let counts = core.datapoints_import(vec![back]).await.unwrap();
    assert_eq!(counts.updated_ids, vec![id]);
    assert_eq!(latest(core, id).await, latest_of(1, json!(true)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_heard_from_peers_update_and_evict() {
    let TestCore { core, .. } = &fresh_core();
    let id = datapoint(core, "a", "continuous_numeric", None).await;
    write(core, id, &at(1), json!(1.0)).await;
    assert_eq!(latest(core, id).await, latest_of(1, json!(1.0)));
    // A peer stored a newer value (this instance only hears of it).
    let point = Point {
        datapoint_id: id,
        ts: chrono::DateTime::parse_from_rfc3339(&at(4))
            .unwrap()
            .timestamp_micros(),
        num: Some(4.0),
        txt: None,
    };
    core.announce(Change::Values {
        origin: Origin::Peer,
        batch: Committed {
            source: Source::Http,
            points: vec![point].into(),
        },
    });
    // The cache follows the hub on its own task: the change lands shortly after.
    settles(core, id, latest_of(4, json!(4.0))).await;
    // A peer's delete: the store answers again (it still holds hour 1 only).
    core.announce(Change::Deleted {
        origin: Origin::Peer,
        datapoint_ids: vec![id].into(),
    });
    settles(core, id, latest_of(1, json!(1.0))).await;
}

/// Waits (up to 5 s) until the latest value of `id` is `expected`.
async fn settles(core: &Core, id: i64, expected: Result<(String, Value), CoreError>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let got = latest(core, id).await;
        if got == expected || std::time::Instant::now() > deadline {
            assert_eq!(got, expected);
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

// One thread: the follower runs only once the test waits for it, so it lags.
#[tokio::test(flavor = "current_thread")]
async fn a_lagging_follower_clears_the_cache() {
    let cache = super::latest::LatestCache::new();
    let (hub, _) = tokio::sync::broadcast::channel(2);
    let follower = tokio::spawn(super::latest::follow(cache.clone(), hub.subscribe()));
    let values = |ts| Change::Values {
        origin: Origin::Peer,
        batch: Committed {
            source: Source::Http,
            points: vec![Point {
                datapoint_id: ts,
                ts,
                num: Some(1.0),
                txt: None,
            }]
            .into(),
        },
    };
    cache.fill(
        100,
        joule_db::DataFormat::GenericNumeric,
        None,
        cache.epoch(),
    );
    for ts in 1..=5 {
        hub.send(values(ts)).unwrap();
    }
    drop(hub);
    follower.await.unwrap();
    assert_eq!(cache.get(100), None, "cleared on the lag");
    // What came after the lag is applied again.
    assert!(!cache.is_empty());
}
