use crate::sites::create_site;
use crate::support::TestApp;
use joule_api::models::{DeviceCreate, DeviceUpdate};
use joule_api::{
    DeviceCreateResponse, DeviceDeleteResponse, DeviceGetResponse, DeviceUpdateResponse,
    DevicesListResponse, SiteDeleteResponse, SiteGetResponse,
};
use swagger::Nullable;

pub fn device(site_id: i64, name: &str) -> DeviceCreate {
    DeviceCreate {
        site_id,
        name: name.to_string(),
        kind: Some(Nullable::Present("meter".into())),
        manufacturer: None,
        model: None,
        serial_number: None,
        description: None,
        ttn_device_id: None,
        ttn_mapping: None,
    }
}

pub async fn create_device(app: &TestApp, site_id: i64, name: &str) -> i64 {
    match app
        .client
        .device_create(device(site_id, name))
        .await
        .expect("device_create")
    {
        DeviceCreateResponse::Created { body, .. } => body.id,
        other => panic!("device not created: {other:?}"),
    }
}

async fn list(app: &TestApp, site_id: Option<i64>) -> Vec<i64> {
    match app.client.devices_list(site_id, None, None).await.unwrap() {
        DevicesListResponse::Ok(page) => page.items.into_iter().map(|d| d.id).collect(),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn devices_can_be_created_read_updated_filtered_and_deleted() {
    let app = TestApp::start().await;
    let office = create_site(&app, "Office").await;
    let lab = create_site(&app, "Lab").await;
    let mut new = device(office, "Main meter");
    new.serial_number = Some(Nullable::Present("SN-1".into()));
    let created = match app.client.device_create(new).await.unwrap() {
        DeviceCreateResponse::Created { body, location } => {
            assert_eq!(location, Some(format!("/api/v1/devices/{}", body.id)));
            body
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(created.site_id, office);
    assert_eq!(created.kind, Some(Nullable::Present("meter".into())));
    assert_eq!(
        created.serial_number,
        Some(Nullable::Present("SN-1".into()))
    );
    let other = create_device(&app, lab, "Lab meter").await;

    assert_eq!(list(&app, None).await, vec![created.id, other]);
    assert_eq!(list(&app, Some(office)).await, vec![created.id]);
    assert_eq!(list(&app, Some(lab)).await, vec![other]);

    let change = DeviceUpdate {
        site_id: Some(lab),
        name: None,
        kind: Some(Nullable::Null),
        manufacturer: Some(Nullable::Present("Janitza".into())),
        model: None,
        serial_number: None,
        description: None,
        ttn_device_id: None,
        ttn_mapping: None,
    };
    let updated = match app.client.device_update(created.id, change).await.unwrap() {
        DeviceUpdateResponse::Ok(d) => d,
        other => panic!("{other:?}"),
    };
    assert_eq!(updated.site_id, lab);
    assert_eq!(updated.kind, Some(Nullable::Null));
    assert_eq!(
        updated.manufacturer,
        Some(Nullable::Present("Janitza".into()))
    );
    assert_eq!(
        updated.serial_number,
        Some(Nullable::Present("SN-1".into()))
    );
    assert_eq!(list(&app, Some(lab)).await, vec![created.id, other]);

    match app.client.device_get(created.id).await.unwrap() {
        DeviceGetResponse::Ok(d) => assert_eq!(d, updated),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        app.client.device_delete(created.id, None).await.unwrap(),
        DeviceDeleteResponse::Deleted
    ));
    assert!(matches!(
        app.client.device_get(created.id).await.unwrap(),
        DeviceGetResponse::NotFound(_)
    ));
}

#[tokio::test]
async fn a_device_must_belong_to_an_existing_site() {
    let app = TestApp::start().await;
    match app
        .client
        .device_create(device(4242, "Orphan"))
        .await
        .unwrap()
    {
        DeviceCreateResponse::Unprocessable(p) => {
            assert_eq!(p.errors.unwrap()[0].field, "site_id");
        }
        other => panic!("{other:?}"),
    }
    let site = create_site(&app, "Office").await;
    let id = create_device(&app, site, "Meter").await;
    let change = DeviceUpdate {
        site_id: Some(4242),
        name: None,
        kind: None,
        manufacturer: None,
        model: None,
        serial_number: None,
        description: None,
        ttn_device_id: None,
        ttn_mapping: None,
    };
    match app.client.device_update(id, change).await.unwrap() {
        DeviceUpdateResponse::Unprocessable(p) => assert_eq!(p.errors.unwrap()[0].field, "site_id"),
        other => panic!("{other:?}"),
    }
    assert_eq!(list(&app, None).await, vec![id]);
}

#[tokio::test]
async fn a_site_with_devices_is_deleted_only_with_cascade() {
    let app = TestApp::start().await;
    let site = create_site(&app, "Office").await;
    let meter = create_device(&app, site, "Meter").await;
    match app.client.site_delete(site, None).await.unwrap() {
        SiteDeleteResponse::Conflict(p) => {
            assert_eq!(p.status, 409);
            assert!(p.detail.unwrap().contains("cascade"));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        app.client.site_get(site).await.unwrap(),
        SiteGetResponse::Ok(_)
    ));
    assert!(matches!(
        app.client.device_get(meter).await.unwrap(),
        DeviceGetResponse::Ok(_)
    ));

    assert!(matches!(
        app.client.site_delete(site, Some(true)).await.unwrap(),
        SiteDeleteResponse::Deleted
    ));
    assert!(matches!(
        app.client.device_get(meter).await.unwrap(),
        DeviceGetResponse::NotFound(_)
    ));
}
