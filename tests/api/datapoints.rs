use crate::devices::create_device;
use crate::sites::create_site;
use crate::support::TestApp;
use joule_api::models::{DataFormat, DatapointCreate, DatapointType, DatapointUpdate};
use joule_api::{
    DatapointCreateResponse, DatapointDeleteResponse, DatapointGetResponse,
    DatapointUpdateResponse, DatapointsImportResponse, DatapointsListResponse,
    DeviceDeleteResponse, DeviceGetResponse,
};
use swagger::Nullable;

pub fn datapoint(key: &str, device_id: Option<i64>) -> DatapointCreate {
    DatapointCreate {
        key: key.to_string(),
        device_id: device_id.map(Nullable::Present),
        connector_id: None,
        key_in_connector: None,
        name: Some(Nullable::Present(format!("Point {key}"))),
        description: None,
        r#type: "sensor".into(),
        data_format: "continuous_numeric".into(),
        unit: Some(Nullable::Present("W".into())),
        min_value: None,
        max_value: None,
        allowed_values: None,
        kind: None,
        counter_max: None,
    }
}

pub async fn create_datapoint(app: &TestApp, new: DatapointCreate) -> i64 {
    match app
        .client
        .datapoint_create(new)
        .await
        .expect("datapoint_create")
    {
        DatapointCreateResponse::Created { body, .. } => body.id,
        other => panic!("datapoint not created: {other:?}"),
    }
}

fn no_change() -> DatapointUpdate {
    DatapointUpdate {
        key: None,
        device_id: None,
        connector_id: None,
        key_in_connector: None,
        name: None,
        description: None,
        r#type: None,
        data_format: None,
        unit: None,
        min_value: None,
        max_value: None,
        allowed_values: None,
        kind: None,
        counter_max: None,
    }
}

struct Filter {
    site_id: Option<i64>,
    device_id: Option<i64>,
    r#type: Option<DatapointType>,
    data_format: Option<DataFormat>,
    key: Option<&'static str>,
    q: Option<&'static str>,
}

const ALL: Filter = Filter {
    site_id: None,
    device_id: None,
    r#type: None,
    data_format: None,
    key: None,
    q: None,
};

async fn keys(app: &TestApp, f: Filter) -> Vec<String> {
    let answer = app
        .client
        .datapoints_list(
            f.site_id,
            f.device_id,
            None,
            f.r#type,
            f.data_format,
            f.key.map(String::from),
            f.q.map(String::from),
            None,
            None,
        )
        .await
        .unwrap();
    match answer {
        DatapointsListResponse::Ok(page) => page.items.into_iter().map(|d| d.key).collect(),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn datapoints_can_be_created_read_updated_and_deleted() {
    let app = TestApp::start().await;
    let site = create_site(&app, "Office").await;
    let device = create_device(&app, site, "Heat pump").await;
    let mut new = datapoint("hp/flow_setpoint", Some(device));
    new.r#type = "actuator".into();
    new.min_value = Some(Nullable::Present(20.0));
    new.max_value = Some(Nullable::Present(60.0));
    new.unit = Some(Nullable::Present("°C".into()));
    let created = match app.client.datapoint_create(new).await.unwrap() {
        DatapointCreateResponse::Created { body, location } => {
            assert_eq!(location, Some(format!("/api/v1/datapoints/{}", body.id)));
            body
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(created.r#type, DatapointType::Actuator);
    assert_eq!(created.data_format, DataFormat::ContinuousNumeric);
    assert_eq!(created.device_id, Some(Nullable::Present(device)));
    assert_eq!(created.unit, Some(Nullable::Present("°C".into())));
    assert!(created.allowed_values.is_empty());

    let mut change = no_change();
    change.data_format = Some("discrete_numeric".into());
    change.allowed_values = Some(Nullable::Present(vec!["20".into(), "40".into()]));
    change.device_id = Some(Nullable::Null);
    let updated = match app
        .client
        .datapoint_update(created.id, change)
        .await
        .unwrap()
    {
        DatapointUpdateResponse::Ok(d) => d,
        other => panic!("{other:?}"),
    };
    assert_eq!(updated.data_format, DataFormat::DiscreteNumeric);
    assert_eq!(updated.allowed_values, vec!["20", "40"]);
    assert_eq!(updated.device_id, Some(Nullable::Null));
    assert_eq!(updated.min_value, Some(Nullable::Present(20.0)));

    match app.client.datapoint_get(created.id).await.unwrap() {
        DatapointGetResponse::Ok(d) => assert_eq!(d, updated),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        app.client.datapoint_delete(created.id).await.unwrap(),
        DatapointDeleteResponse::Deleted
    ));
    assert!(matches!(
        app.client.datapoint_get(created.id).await.unwrap(),
        DatapointGetResponse::NotFound(_)
    ));
    assert!(matches!(
        app.client.datapoint_delete(created.id).await.unwrap(),
        DatapointDeleteResponse::NotFound(_)
    ));
}

#[tokio::test]
async fn a_duplicate_key_is_a_conflict() {
    let app = TestApp::start().await;
    let first = create_datapoint(&app, datapoint("meter/power", None)).await;
    match app
        .client
        .datapoint_create(datapoint("meter/power", None))
        .await
        .unwrap()
    {
        DatapointCreateResponse::Conflict(p) => assert!(p.detail.unwrap().contains("meter/power")),
        other => panic!("{other:?}"),
    }
    let second = create_datapoint(&app, datapoint("meter/energy", None)).await;
    let mut change = no_change();
    change.key = Some("meter/power".into());
    assert!(matches!(
        app.client.datapoint_update(second, change).await.unwrap(),
        DatapointUpdateResponse::Conflict(_)
    ));
    // Keeping one's own key is no conflict.
    let mut change = no_change();
    change.key = Some("meter/power".into());
    assert!(matches!(
        app.client.datapoint_update(first, change).await.unwrap(),
        DatapointUpdateResponse::Ok(_)
    ));
}

#[tokio::test]
async fn metadata_that_breaks_the_rules_is_a_422_naming_each_field() {
    let app = TestApp::start().await;
    let cases: Vec<(DatapointCreate, &[&str])> = vec![
        (
            {
                let mut d = datapoint("a", None);
                d.min_value = Some(Nullable::Present(10.0));
                d.max_value = Some(Nullable::Present(1.0));
                d
            },
            &["min_value"],
        ),
        (
            {
                let mut d = datapoint("b", None);
                d.r#type = "thermostat".into();
                d
            },
            &["type"],
        ),
        (
            {
                let mut d = datapoint("c", None);
                d.data_format = "float".into();
                d
            },
            &["data_format"],
        ),
        (datapoint("", None), &["key"]),
        (datapoint("d", Some(999)), &["device_id"]),
        (
            {
                let mut d = datapoint("e", None);
                d.data_format = "discrete_numeric".into();
                d.allowed_values = Some(Nullable::Present(vec!["1".into(), "two".into()]));
                d
            },
            &["allowed_values[1]"],
        ),
    ];
    for (body, fields) in cases {
        match app.client.datapoint_create(body.clone()).await.unwrap() {
            DatapointCreateResponse::Unprocessable(p) => {
                let got: Vec<_> = p.errors.unwrap().into_iter().map(|e| e.field).collect();
                assert_eq!(got, fields, "for {body:?}");
            }
            other => panic!("{body:?} answered {other:?}"),
        }
    }
    // A change is checked against the datapoint it produces.
    let id = create_datapoint(&app, {
        let mut d = datapoint("f", None);
        d.max_value = Some(Nullable::Present(5.0));
        d
    })
    .await;
    let mut change = no_change();
    change.min_value = Some(Nullable::Present(6.0));
    match app.client.datapoint_update(id, change).await.unwrap() {
        DatapointUpdateResponse::Unprocessable(p) => {
            assert_eq!(p.errors.unwrap()[0].field, "min_value")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        keys(&app, ALL).await,
        vec!["f"],
        "nothing invalid was stored"
    );
}

#[tokio::test]
async fn datapoints_are_filtered_by_site_device_type_format_key_and_text() {
    let app = TestApp::start().await;
    let office = create_site(&app, "Office").await;
    let lab = create_site(&app, "Lab").await;
    let hp = create_device(&app, office, "Heat pump").await;
    let room = create_device(&app, office, "Room").await;
    let charger = create_device(&app, lab, "Charger").await;
    let mut setpoint = datapoint("office/hp/setpoint", Some(hp));
    setpoint.r#type = "actuator".into();
    setpoint.name = Some(Nullable::Present("Flow temperature setpoint".into()));
    create_datapoint(&app, setpoint).await;
    let mut co2 = datapoint("office/room/co2", Some(room));
    co2.name = Some(Nullable::Present("CO2".into()));
    co2.description = Some(Nullable::Present("Air quality 100% measured".into()));
    create_datapoint(&app, co2).await;
    let mut occupied = datapoint("office/room/occupied", Some(room));
    occupied.data_format = "boolean".into();
    occupied.unit = None;
    create_datapoint(&app, occupied).await;
    create_datapoint(&app, datapoint("lab/charger/power", Some(charger))).await;
    create_datapoint(&app, datapoint("loose", None)).await;

    assert_eq!(keys(&app, ALL).await.len(), 5);
    assert_eq!(
        keys(
            &app,
            Filter {
                site_id: Some(office),
                ..ALL
            }
        )
        .await,
        [
            "office/hp/setpoint",
            "office/room/co2",
            "office/room/occupied"
        ]
    );
    assert_eq!(
        keys(
            &app,
            Filter {
                site_id: Some(lab),
                ..ALL
            }
        )
        .await,
        ["lab/charger/power"]
    );
    assert_eq!(
        keys(
            &app,
            Filter {
                device_id: Some(room),
                ..ALL
            }
        )
        .await,
        ["office/room/co2", "office/room/occupied"]
    );
    assert_eq!(
        keys(
            &app,
            Filter {
                r#type: Some(DatapointType::Actuator),
                ..ALL
            }
        )
        .await,
        ["office/hp/setpoint"]
    );
    assert_eq!(
        keys(
            &app,
            Filter {
                data_format: Some(DataFormat::Boolean),
                ..ALL
            }
        )
        .await,
        ["office/room/occupied"]
    );
    assert_eq!(
        keys(
            &app,
            Filter {
                key: Some("loose"),
                ..ALL
            }
        )
        .await,
        ["loose"]
    );
    assert_eq!(
        keys(
            &app,
            Filter {
                q: Some("FLOW temp"),
                ..ALL
            }
        )
        .await,
        ["office/hp/setpoint"]
    );
    assert_eq!(
        keys(
            &app,
            Filter {
                q: Some("100%"),
                ..ALL
            }
        )
        .await,
        ["office/room/co2"]
    );
    assert!(
        keys(
            &app,
            Filter {
                q: Some("_"),
                ..ALL
            }
        )
        .await
        .is_empty(),
        "wildcards match literally"
    );
    assert_eq!(
        keys(
            &app,
            Filter {
                site_id: Some(office),
                r#type: Some(DatapointType::Sensor),
                q: Some("co2"),
                ..ALL
            }
        )
        .await,
        ["office/room/co2"]
    );
}

#[tokio::test]
async fn an_import_upserts_by_key_all_or_nothing() {
    let app = TestApp::start().await;
    let site = create_site(&app, "Office").await;
    let device = create_device(&app, site, "Meter").await;
    create_datapoint(&app, datapoint("m/power", Some(device))).await;

    let mut renamed = datapoint("m/power", Some(device));
    renamed.name = Some(Nullable::Present("Active power".into()));
    let batch = vec![
        renamed,
        datapoint("m/energy", Some(device)),
        datapoint("m/voltage", None),
    ];
    match app.client.datapoints_import(&batch).await.unwrap() {
        DatapointsImportResponse::Ok(counts) => {
            assert_eq!((counts.created, counts.updated), (2, 1));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(keys(&app, ALL).await, ["m/power", "m/energy", "m/voltage"]);
    let power = keys(
        &app,
        Filter {
            q: Some("active power"),
            ..ALL
        },
    )
    .await;
    assert_eq!(power, ["m/power"]);

    // One bad item anywhere: nothing of the batch is stored, and the error names it.
    let mut bad = datapoint("m/frequency", None);
    bad.min_value = Some(Nullable::Present(51.0));
    bad.max_value = Some(Nullable::Present(49.0));
    let batch = vec![
        datapoint("m/current", None),
        datapoint("m/energy", Some(device)),
        bad,
    ];
    match app.client.datapoints_import(&batch).await.unwrap() {
        DatapointsImportResponse::Unprocessable(p) => {
            let fields: Vec<_> = p.errors.unwrap().into_iter().map(|e| e.field).collect();
            assert_eq!(fields, ["[2].min_value"]);
        }
        other => panic!("{other:?}"),
    }
    let batch = vec![datapoint("m/current", None), datapoint("m/x", Some(777))];
    match app.client.datapoints_import(&batch).await.unwrap() {
        DatapointsImportResponse::Unprocessable(p) => {
            assert_eq!(p.errors.unwrap()[0].field, "[1].device_id");
        }
        other => panic!("{other:?}"),
    }
    let batch = vec![datapoint("m/dup", None), datapoint("m/dup", None)];
    match app.client.datapoints_import(&batch).await.unwrap() {
        DatapointsImportResponse::Unprocessable(p) => {
            assert_eq!(p.errors.unwrap()[0].field, "[1].key")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(keys(&app, ALL).await, ["m/power", "m/energy", "m/voltage"]);
}

#[tokio::test]
async fn a_device_with_datapoints_is_deleted_only_with_cascade() {
    let app = TestApp::start().await;
    let site = create_site(&app, "Office").await;
    let device = create_device(&app, site, "Meter").await;
    let point = create_datapoint(&app, datapoint("m/power", Some(device))).await;
    assert!(matches!(
        app.client.device_delete(device, None).await.unwrap(),
        DeviceDeleteResponse::Conflict(_)
    ));
    assert!(matches!(
        app.client.datapoint_get(point).await.unwrap(),
        DatapointGetResponse::Ok(_)
    ));
    assert!(matches!(
        app.client.device_delete(device, Some(true)).await.unwrap(),
        DeviceDeleteResponse::Deleted
    ));
    assert!(matches!(
        app.client.device_get(device).await.unwrap(),
        DeviceGetResponse::NotFound(_)
    ));
    assert!(matches!(
        app.client.datapoint_get(point).await.unwrap(),
        DatapointGetResponse::NotFound(_)
    ));
}

/// A stored value that does not decode is the server's fault: a 500 with a
/// generic message, never an empty `allowed_values` or a guessed type.
#[tokio::test]
async fn a_corrupt_stored_datapoint_is_an_internal_error() {
    use diesel::prelude::*;
    use joule_db::schema::datapoints;
    let app = TestApp::start().await;
    let mut list = datapoint("room/mode", None);
    list.data_format = "discrete_text".into();
    list.allowed_values = Some(Nullable::Present(vec!["eco".into(), "comfort".into()]));
    let id = create_datapoint(&app, list).await;
    let kind = create_datapoint(&app, datapoint("room/temp", None)).await;
    let pool = joule_db::connection::connect(app.database_url(), &Default::default()).unwrap();
    let mut conn = pool.get().unwrap();
    diesel::update(datapoints::table.find(id))
        .set(datapoints::allowed_values.eq("[\"eco\", "))
        .execute(&mut conn)
        .unwrap();
    diesel::update(datapoints::table.find(kind))
        .set(datapoints::type_.eq("valve"))
        .execute(&mut conn)
        .unwrap();
    for id in [id, kind] {
        let answer = app
            .raw(hyper::Method::GET, &format!("/datapoints/{id}"), "")
            .await;
        let problem = answer.problem(500);
        assert_eq!(problem["detail"], "internal error", "{problem}");
    }
    let listed = app.raw(hyper::Method::GET, "/datapoints", "").await;
    listed.problem(500);
}
