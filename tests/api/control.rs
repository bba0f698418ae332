//! Setpoints and schedules of actuators: round trips, history, and every rule an
//! item must follow, each refused with 422 naming the item's field.

use crate::datapoints::{create_datapoint, datapoint};
use crate::support::TestApp;
use chrono::{DateTime, Utc};
use hyper::Method;
use joule_api::models::{Problem, Schedule, ScheduleItem, Setpoint, SetpointItem};
use joule_api::{
    ScheduleGetResponse, SchedulePutResponse, SchedulesHistoryResponse, SetpointGetResponse,
    SetpointPutResponse, SetpointsHistoryResponse,
};
use serde_json::{json, Value};
use std::time::Duration;
use swagger::Nullable;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// A period end as sent and as answered: always present, null when open.
fn end(text: Option<&str>) -> Option<Nullable<DateTime<Utc>>> {
    Some(match text {
        Some(t) => Nullable::Present(at(t)),
        None => Nullable::Null,
    })
}

fn nullable(value: Value) -> Nullable<Value> {
    match value {
        Value::Null => Nullable::Null,
        v => Nullable::Present(v),
    }
}

fn sp(from: Option<&str>, to: Option<&str>, preferred: Value) -> SetpointItem {
    SetpointItem {
        from_timestamp: end(from),
        to_timestamp: end(to),
        preferred_value: nullable(preferred),
        acceptable_values: None,
        min_value: None,
        max_value: None,
    }
}

fn limited(mut item: SetpointItem, min: f64, max: f64) -> SetpointItem {
    item.min_value = Some(Nullable::Present(min));
    item.max_value = Some(Nullable::Present(max));
    item
}

fn acceptable(mut item: SetpointItem, values: Value) -> SetpointItem {
    item.acceptable_values = Some(Nullable::Present(
        values.as_array().cloned().unwrap_or_default(),
    ));
    item
}

/// An item's period as test cases write it.
type Span = (Option<&'static str>, Option<&'static str>);

fn sc(from: Option<&str>, to: Option<&str>, value: Value) -> ScheduleItem {
    ScheduleItem {
        from_timestamp: end(from),
        to_timestamp: end(to),
        value: nullable(value),
    }
}

/// An actuator of `format`; `allowed` becomes its allowed_values.
async fn actuator(
    app: &TestApp,
    key: &str,
    format: &str,
    limits: Option<(f64, f64)>,
    allowed: &[&str],
) -> i64 {
    let mut new = datapoint(key, None);
    new.r#type = "actuator".into();
    new.data_format = format.into();
    if !format.ends_with("_numeric") {
        new.unit = None;
    }
    if let Some((min, max)) = limits {
        new.min_value = Some(Nullable::Present(min));
        new.max_value = Some(Nullable::Present(max));
    }
    if !allowed.is_empty() {
        new.allowed_values = Some(Nullable::Present(
            allowed.iter().map(|a| a.to_string()).collect(),
        ));
    }
    create_datapoint(app, new).await
}

fn fields(problem: Problem) -> Vec<String> {
    assert_eq!(problem.status, 422);
    problem
        .errors
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.field)
        .collect()
}

async fn put_setpoint(app: &TestApp, id: i64, items: Vec<SetpointItem>) -> Setpoint {
    match app.client.setpoint_put(id, &items).await.unwrap() {
        SetpointPutResponse::Ok(stored) => stored,
        other => panic!("setpoint not stored: {other:?}"),
    }
}

/// The fields a refused setpoint put names.
async fn setpoint_refused(app: &TestApp, id: i64, items: Vec<SetpointItem>) -> Vec<String> {
    match app.client.setpoint_put(id, &items).await.unwrap() {
        SetpointPutResponse::Unprocessable(p) => fields(p),
        other => panic!("expected 422, got {other:?}"),
    }
}

async fn current_setpoint(app: &TestApp, id: i64) -> Option<Setpoint> {
    match app.client.setpoint_get(id).await.unwrap() {
        SetpointGetResponse::Ok(current) => Some(current),
        SetpointGetResponse::NotFound(p) => {
            assert_eq!(p.status, 404);
            None
        }
        other => panic!("{other:?}"),
    }
}

async fn setpoints(
    app: &TestApp,
    id: i64,
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
) -> Vec<Setpoint> {
    match app.client.setpoints_history(id, from, to).await.unwrap() {
        SetpointsHistoryResponse::Ok(history) => history.items,
        other => panic!("{other:?}"),
    }
}

async fn put_schedule(app: &TestApp, id: i64, items: Vec<ScheduleItem>) -> Schedule {
    match app.client.schedule_put(id, &items).await.unwrap() {
        SchedulePutResponse::Ok(stored) => stored,
        other => panic!("schedule not stored: {other:?}"),
    }
}

async fn schedule_refused(app: &TestApp, id: i64, items: Vec<ScheduleItem>) -> Vec<String> {
    match app.client.schedule_put(id, &items).await.unwrap() {
        SchedulePutResponse::Unprocessable(p) => fields(p),
        other => panic!("expected 422, got {other:?}"),
    }
}

async fn current_schedule(app: &TestApp, id: i64) -> Option<Schedule> {
    match app.client.schedule_get(id).await.unwrap() {
        ScheduleGetResponse::Ok(current) => Some(current),
        ScheduleGetResponse::NotFound(p) => {
            assert_eq!(p.status, 404);
            None
        }
        other => panic!("{other:?}"),
    }
}

async fn schedules(
    app: &TestApp,
    id: i64,
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
) -> Vec<Schedule> {
    match app.client.schedules_history(id, from, to).await.unwrap() {
        SchedulesHistoryResponse::Ok(history) => history.items,
        other => panic!("{other:?}"),
    }
}

/// Versions stored in one microsecond would share `created_at`; the range tests
/// need them apart.
async fn tick() {
    tokio::time::sleep(Duration::from_millis(2)).await;
}

#[tokio::test]
async fn setpoints_are_stored_read_back_and_kept_as_history() {
    let app = TestApp::start().await;
    let id = actuator(
        &app,
        "hp/flow",
        "continuous_numeric",
        Some((10.0, 60.0)),
        &[],
    )
    .await;
    assert!(current_setpoint(&app, id).await.is_none());
    assert!(setpoints(&app, id, None, None).await.is_empty());

    let first = vec![
        limited(
            sp(None, Some("2026-03-01T06:00:00Z"), json!(21.5)),
            19.0,
            23.0,
        ),
        sp(
            Some("2026-03-01T06:00:00Z"),
            Some("2026-03-01T22:00:00+01:00"),
            json!(45),
        ),
        sp(Some("2026-03-01T21:00:00Z"), None, Value::Null),
    ];
    let a = put_setpoint(&app, id, first.clone()).await;
    assert_eq!(a.datapoint_id, id);
    let mut expected = first;
    expected[1].to_timestamp = end(Some("2026-03-01T21:00:00Z"));
    assert_eq!(a.setpoint, expected);
    assert_eq!(current_setpoint(&app, id).await, Some(a.clone()));

    tick().await;
    let b = put_setpoint(&app, id, vec![sp(None, None, json!(30))]).await;
    assert!(b.created_at > a.created_at);
    assert_eq!(current_setpoint(&app, id).await, Some(b.clone()));
    tick().await;
    let c = put_setpoint(&app, id, vec![]).await;
    assert!(c.setpoint.is_empty());
    assert_eq!(current_setpoint(&app, id).await, Some(c.clone()));

    // History by the time each version was stored: from inclusive, to exclusive.
    let all = vec![a.clone(), b.clone(), c.clone()];
    assert_eq!(setpoints(&app, id, None, None).await, all);
    assert_eq!(
        setpoints(&app, id, Some(b.created_at), None).await,
        [b.clone(), c.clone()]
    );
    assert_eq!(
        setpoints(&app, id, None, Some(b.created_at)).await,
        vec![a.clone()]
    );
    assert_eq!(
        setpoints(&app, id, Some(a.created_at), Some(c.created_at)).await,
        [a.clone(), b]
    );
    assert!(setpoints(
        &app,
        id,
        Some(c.created_at + chrono::Duration::microseconds(1)),
        None
    )
    .await
    .is_empty());
    match app
        .client
        .setpoints_history(id, Some(c.created_at), Some(a.created_at))
        .await
        .unwrap()
    {
        SetpointsHistoryResponse::BadRequest(p) => assert_eq!(p.status, 400),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn schedules_are_stored_read_back_and_kept_as_history() {
    let app = TestApp::start().await;
    let id = actuator(&app, "hp/power", "generic_numeric", None, &[]).await;
    assert!(current_schedule(&app, id).await.is_none());

    let first = vec![
        sc(None, Some("2026-03-01T06:00:00Z"), json!(0)),
        sc(
            Some("2026-03-01T06:00:00Z"),
            Some("2026-03-01T08:00:00Z"),
            json!(2500.5),
        ),
        sc(Some("2026-03-01T08:00:00Z"), None, Value::Null),
    ];
    let a = put_schedule(&app, id, first.clone()).await;
    assert_eq!((a.datapoint_id, &a.schedule), (id, &first));
    assert_eq!(current_schedule(&app, id).await, Some(a.clone()));

    tick().await;
    let b = put_schedule(
        &app,
        id,
        vec![sc(Some("2026-04-01T00:00:00Z"), None, json!(-1e3))],
    )
    .await;
    assert_eq!(current_schedule(&app, id).await, Some(b.clone()));
    assert_eq!(
        schedules(&app, id, None, None).await,
        [a.clone(), b.clone()]
    );
    assert_eq!(
        schedules(&app, id, Some(b.created_at), None).await,
        vec![b.clone()]
    );
    assert_eq!(schedules(&app, id, None, Some(b.created_at)).await, [a]);
    assert!(schedules(&app, id, None, Some(at("2000-01-01T00:00:00Z")))
        .await
        .is_empty());
}

#[tokio::test]
async fn items_travel_in_bemcom_form() {
    let app = TestApp::start().await;
    let id = actuator(&app, "room/temp", "continuous_numeric", None, &[]).await;
    let sent = json!([
        {"from_timestamp": null, "to_timestamp": "2026-03-01T06:00:00Z",
         "preferred_value": 21, "min_value": 19, "max_value": 23},
        {"from_timestamp": "2026-03-01T06:00:00Z", "preferred_value": 18}
    ]);
    let put = app
        .raw(
            Method::PUT,
            &format!("/datapoints/{id}/setpoint"),
            sent.to_string(),
        )
        .await;
    assert_eq!(put.status, 200, "{:?}", put.body);
    let get = app
        .raw(Method::GET, &format!("/datapoints/{id}/setpoint"), "")
        .await;
    let body = get.json();
    assert_eq!(body, put.json());
    assert_eq!(body["datapoint_id"], id);
    assert_eq!(
        body["setpoint"],
        json!([
            {"from_timestamp": null, "to_timestamp": "2026-03-01T06:00:00Z",
             "preferred_value": 21, "min_value": 19.0, "max_value": 23.0},
            {"from_timestamp": "2026-03-01T06:00:00Z", "to_timestamp": null,
             "preferred_value": 18}
        ])
    );

    let schedule = json!([{"from_timestamp": "2026-03-01T06:00:00Z", "value": 20}]);
    let put = app
        .raw(
            Method::PUT,
            &format!("/datapoints/{id}/schedule"),
            schedule.to_string(),
        )
        .await;
    assert_eq!(put.status, 200, "{:?}", put.body);
    assert_eq!(
        put.json()["schedule"],
        json!([{"from_timestamp": "2026-03-01T06:00:00Z", "to_timestamp": null, "value": 20}])
    );
}

#[tokio::test]
async fn only_actuators_take_setpoints_and_schedules() {
    let app = TestApp::start().await;
    let sensor = create_datapoint(&app, datapoint("meter/power", None)).await;
    assert_eq!(
        setpoint_refused(&app, sensor, vec![sp(None, None, json!(1))]).await,
        ["datapoint_id"]
    );
    assert_eq!(
        schedule_refused(&app, sensor, vec![sc(None, None, json!(1))]).await,
        ["datapoint_id"]
    );
    match app.client.setpoint_put(sensor, &vec![]).await.unwrap() {
        SetpointPutResponse::Unprocessable(p) => {
            assert!(p.detail.unwrap().contains("only to actuators"));
        }
        other => panic!("{other:?}"),
    }
    assert!(current_setpoint(&app, sensor).await.is_none());
    assert!(current_schedule(&app, sensor).await.is_none());
    assert!(setpoints(&app, sensor, None, None).await.is_empty());

    let unknown = sensor + 1000;
    assert!(matches!(
        app.client.setpoint_put(unknown, &vec![]).await.unwrap(),
        SetpointPutResponse::NotFound(_)
    ));
    assert!(matches!(
        app.client.setpoint_get(unknown).await.unwrap(),
        SetpointGetResponse::NotFound(_)
    ));
    assert!(matches!(
        app.client
            .setpoints_history(unknown, None, None)
            .await
            .unwrap(),
        SetpointsHistoryResponse::NotFound(_)
    ));
    assert!(matches!(
        app.client.schedule_put(unknown, &vec![]).await.unwrap(),
        SchedulePutResponse::NotFound(_)
    ));
    assert!(matches!(
        app.client.schedule_get(unknown).await.unwrap(),
        ScheduleGetResponse::NotFound(_)
    ));
    assert!(matches!(
        app.client
            .schedules_history(unknown, None, None)
            .await
            .unwrap(),
        SchedulesHistoryResponse::NotFound(_)
    ));
}

#[tokio::test]
async fn setpoint_values_must_suit_the_datapoint() {
    let app = TestApp::start().await;
    let id = actuator(
        &app,
        "hp/flow",
        "continuous_numeric",
        Some((10.0, 60.0)),
        &[],
    )
    .await;
    let ok = |v: Value| sp(None, None, v);
    assert_eq!(
        setpoint_refused(&app, id, vec![ok(json!(61))]).await,
        ["[0].preferred_value"]
    );
    assert_eq!(
        setpoint_refused(&app, id, vec![ok(json!("45"))]).await,
        ["[0].preferred_value"]
    );
    assert_eq!(
        setpoint_refused(&app, id, vec![acceptable(ok(json!(45)), json!([40, 50]))]).await,
        ["[0].acceptable_values"]
    );
    assert_eq!(
        setpoint_refused(&app, id, vec![limited(ok(json!(45)), 50.0, 40.0)]).await,
        ["[0].min_value"]
    );
    assert_eq!(
        setpoint_refused(&app, id, vec![limited(ok(json!(45)), 20.0, 40.0)]).await,
        ["[0].preferred_value"]
    );
    let mut only_max = ok(json!(45));
    only_max.max_value = Some(Nullable::Present(44.0));
    assert_eq!(
        setpoint_refused(&app, id, vec![only_max]).await,
        ["[0].preferred_value"]
    );
    // Every broken rule of every item is reported at once.
    let items = vec![
        sp(None, Some("2026-03-01T00:00:00Z"), json!(20)),
        sp(
            Some("2026-03-01T00:00:00Z"),
            Some("2026-03-02T00:00:00Z"),
            json!(5),
        ),
        limited(
            sp(Some("2026-03-02T00:00:00Z"), None, json!(30)),
            31.0,
            40.0,
        ),
    ];
    assert_eq!(
        setpoint_refused(&app, id, items).await,
        ["[1].preferred_value", "[2].preferred_value"]
    );
    // A null preferred value, and limits alone, are fine.
    let stored = put_setpoint(&app, id, vec![limited(ok(Value::Null), 20.0, 40.0)]).await;
    assert_eq!(stored.setpoint[0].preferred_value, Nullable::Null);

    // A discrete_numeric actuator takes both acceptable values and limits.
    let level = actuator(
        &app,
        "fan/level",
        "discrete_numeric",
        None,
        &["0", "1", "2", "3"],
    )
    .await;
    let item = limited(acceptable(ok(json!(2)), json!([1, 2, 3])), 1.0, 3.0);
    let stored = put_setpoint(&app, level, vec![item.clone()]).await;
    assert_eq!(stored.setpoint, [item]);
    assert_eq!(
        setpoint_refused(
            &app,
            level,
            vec![acceptable(ok(json!(2)), json!([1, 4, "3"]))]
        )
        .await,
        ["[0].acceptable_values[1]", "[0].acceptable_values[2]"]
    );
    assert_eq!(
        setpoint_refused(&app, level, vec![ok(json!(2.5))]).await,
        ["[0].preferred_value"]
    );
}

#[tokio::test]
async fn periods_must_be_ordered_and_must_not_overlap() {
    let app = TestApp::start().await;
    let id = actuator(&app, "valve", "continuous_numeric", None, &[]).await;
    let one = json!(1);
    let cases: Vec<(Vec<Span>, &str)> = vec![
        // from must come before to
        (
            vec![(Some("2026-03-01T06:00:00Z"), Some("2026-03-01T06:00:00Z"))],
            "[0].to_timestamp",
        ),
        (
            vec![(Some("2026-03-01T07:00:00Z"), Some("2026-03-01T06:00:00Z"))],
            "[0].to_timestamp",
        ),
        // overlap
        (
            vec![
                (Some("2026-03-01T06:00:00Z"), Some("2026-03-01T08:00:00Z")),
                (Some("2026-03-01T07:59:59Z"), None),
            ],
            "[1].from_timestamp",
        ),
        // out of order
        (
            vec![
                (Some("2026-03-01T06:00:00Z"), Some("2026-03-01T08:00:00Z")),
                (Some("2026-03-01T04:00:00Z"), Some("2026-03-01T05:00:00Z")),
            ],
            "[1].from_timestamp",
        ),
        // only the first item may start now
        (
            vec![
                (Some("2026-03-01T06:00:00Z"), Some("2026-03-01T08:00:00Z")),
                (None, None),
            ],
            "[1].from_timestamp",
        ),
        (
            vec![(None, Some("2026-03-01T06:00:00Z")), (None, None)],
            "[1].from_timestamp",
        ),
        // nothing follows an open-ended item
        (
            vec![
                (Some("2026-03-01T06:00:00Z"), None),
                (Some("2027-03-01T06:00:00Z"), None),
            ],
            "[1].from_timestamp",
        ),
        // outside 1970..9999
        (
            vec![(Some("1969-12-31T23:59:59Z"), None)],
            "[0].from_timestamp",
        ),
        (
            vec![
                (None, Some("2026-03-01T06:00:00Z")),
                (Some("2026-03-01T06:00:00Z"), Some("+10000-01-01T00:00:00Z")),
            ],
            "[1].to_timestamp",
        ),
    ];
    for (periods, expected) in cases {
        let setpoint = periods
            .iter()
            .map(|(f, t)| sp(*f, *t, one.clone()))
            .collect();
        assert_eq!(
            setpoint_refused(&app, id, setpoint).await,
            [expected],
            "{periods:?}"
        );
        let schedule = periods
            .iter()
            .map(|(f, t)| sc(*f, *t, one.clone()))
            .collect();
        assert_eq!(
            schedule_refused(&app, id, schedule).await,
            [expected],
            "{periods:?}"
        );
    }
    assert!(current_setpoint(&app, id).await.is_none());
    assert!(current_schedule(&app, id).await.is_none());

    // Periods may touch: each `to` is exclusive.
    let touching = [
        (None, Some("2026-03-01T06:00:00Z")),
        (Some("2026-03-01T06:00:00Z"), Some("2026-03-01T08:00:00Z")),
        (Some("2026-03-01T09:00:00Z"), None),
    ];
    let stored = put_schedule(
        &app,
        id,
        touching
            .iter()
            .map(|(f, t)| sc(*f, *t, one.clone()))
            .collect(),
    )
    .await;
    assert_eq!(stored.schedule.len(), 3);
    put_setpoint(
        &app,
        id,
        touching
            .iter()
            .map(|(f, t)| sp(*f, *t, one.clone()))
            .collect(),
    )
    .await;
}

#[tokio::test]
async fn a_refused_put_stores_nothing() {
    let app = TestApp::start().await;
    let id = actuator(
        &app,
        "hp/flow",
        "continuous_numeric",
        Some((10.0, 60.0)),
        &[],
    )
    .await;
    let setpoint = put_setpoint(&app, id, vec![sp(None, None, json!(40))]).await;
    let schedule = put_schedule(&app, id, vec![sc(None, None, json!(40))]).await;
    tick().await;

    // The first item is fine, the second is not: neither is kept.
    let items = vec![
        sp(None, Some("2026-03-01T06:00:00Z"), json!(50)),
        sp(Some("2026-03-01T06:00:00Z"), None, json!(70)),
    ];
    assert_eq!(
        setpoint_refused(&app, id, items).await,
        ["[1].preferred_value"]
    );
    let items = vec![
        sc(None, Some("2026-03-01T06:00:00Z"), json!(50)),
        sc(Some("2026-03-01T05:00:00Z"), None, json!(20)),
    ];
    assert_eq!(
        schedule_refused(&app, id, items).await,
        ["[1].from_timestamp"]
    );
    assert_eq!(current_setpoint(&app, id).await, Some(setpoint.clone()));
    assert_eq!(current_schedule(&app, id).await, Some(schedule.clone()));
    assert_eq!(setpoints(&app, id, None, None).await, [setpoint]);
    assert_eq!(schedules(&app, id, None, None).await, [schedule]);
}

#[tokio::test]
async fn boolean_actuators_take_true_and_false() {
    let app = TestApp::start().await;
    let id = actuator(&app, "pump/on", "boolean", None, &[]).await;
    let stored = put_setpoint(&app, id, vec![sp(None, None, json!(true))]).await;
    assert_eq!(
        stored.setpoint[0].preferred_value,
        Nullable::Present(json!(true))
    );
    assert_eq!(
        setpoint_refused(&app, id, vec![sp(None, None, json!(1))]).await,
        ["[0].preferred_value"]
    );
    assert_eq!(
        setpoint_refused(
            &app,
            id,
            vec![limited(sp(None, None, json!(true)), 0.0, 1.0)]
        )
        .await,
        ["[0].min_value"]
    );
    assert_eq!(
        setpoint_refused(
            &app,
            id,
            vec![acceptable(sp(None, None, json!(true)), json!([false]))]
        )
        .await,
        ["[0].acceptable_values"]
    );

    let items = vec![
        sc(None, Some("2026-03-01T06:00:00Z"), json!(false)),
        sc(Some("2026-03-01T06:00:00Z"), None, json!(true)),
    ];
    assert_eq!(put_schedule(&app, id, items.clone()).await.schedule, items);
    assert_eq!(
        schedule_refused(&app, id, vec![sc(None, None, json!("on"))]).await,
        ["[0].value"]
    );
}

#[tokio::test]
async fn discrete_text_actuators_take_their_allowed_values() {
    let app = TestApp::start().await;
    let id = actuator(
        &app,
        "ahu/mode",
        "discrete_text",
        None,
        &["off", "eco", "comfort"],
    )
    .await;
    let item = acceptable(sp(None, None, json!("eco")), json!(["eco", "comfort"]));
    let stored = put_setpoint(&app, id, vec![item.clone()]).await;
    assert_eq!(stored.setpoint, [item]);
    assert_eq!(current_setpoint(&app, id).await, Some(stored));

    assert_eq!(
        setpoint_refused(&app, id, vec![sp(None, None, json!("turbo"))]).await,
        ["[0].preferred_value"]
    );
    assert_eq!(
        setpoint_refused(
            &app,
            id,
            vec![acceptable(
                sp(None, None, json!("eco")),
                json!(["eco", "turbo", null])
            )]
        )
        .await,
        ["[0].acceptable_values[1]", "[0].acceptable_values[2]"]
    );
    let mut low = sp(None, None, json!("eco"));
    low.min_value = Some(Nullable::Present(1.0));
    assert_eq!(
        setpoint_refused(&app, id, vec![low]).await,
        ["[0].min_value"]
    );

    let items = vec![
        sc(None, Some("2026-03-01T06:00:00Z"), json!("off")),
        sc(Some("2026-03-01T06:00:00Z"), None, json!("comfort")),
    ];
    assert_eq!(put_schedule(&app, id, items.clone()).await.schedule, items);
    assert_eq!(
        schedule_refused(&app, id, vec![sc(None, None, json!("turbo"))]).await,
        ["[0].value"]
    );
}
