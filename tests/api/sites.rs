use crate::support::TestApp;
use joule_api::models::{SiteCreate, SiteUpdate};
use joule_api::{
    SiteCreateResponse, SiteDeleteResponse, SiteGetResponse, SiteUpdateResponse, SitesListResponse,
};
use std::collections::HashSet;
use swagger::Nullable;

pub fn site(name: &str) -> SiteCreate {
    SiteCreate {
        name: name.to_string(),
        description: None,
        timezone: None,
        latitude: None,
        longitude: None,
        address: None,
    }
}

pub async fn create_site(app: &TestApp, name: &str) -> i64 {
    match app
        .client
        .site_create(site(name))
        .await
        .expect("site_create")
    {
        SiteCreateResponse::Created { body, .. } => body.id,
        other => panic!("site not created: {other:?}"),
    }
}

#[tokio::test]
async fn sites_can_be_created_read_updated_and_deleted() {
    let app = TestApp::start().await;
    let mut new = site("Karlsruhe office");
    new.timezone = Some("Europe/Berlin".into());
    new.latitude = Some(Nullable::Present(49.0));
    new.description = Some(Nullable::Present("HQ".into()));
    let (created, location) = match app.client.site_create(new).await.unwrap() {
        SiteCreateResponse::Created { body, location } => (body, location),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        location.as_deref(),
        Some(format!("/api/v1/sites/{}", created.id).as_str())
    );
    assert_eq!(created.name, "Karlsruhe office");
    assert_eq!(created.timezone, "Europe/Berlin");
    assert_eq!(created.latitude, Some(Nullable::Present(49.0)));

    let read = match app.client.site_get(created.id).await.unwrap() {
        SiteGetResponse::Ok(site) => site,
        other => panic!("{other:?}"),
    };
    assert_eq!(read, created);

    let change = SiteUpdate {
        name: Some("Karlsruhe HQ".into()),
        description: Some(Nullable::Null),
        timezone: None,
        latitude: None,
        longitude: Some(Nullable::Present(8.4)),
        address: None,
    };
    let updated = match app.client.site_update(created.id, change).await.unwrap() {
        SiteUpdateResponse::Ok(site) => site,
        other => panic!("{other:?}"),
    };
    assert_eq!(updated.name, "Karlsruhe HQ");
    assert_eq!(
        updated.description,
        Some(Nullable::Null),
        "null clears a field"
    );
    assert_eq!(
        updated.latitude,
        Some(Nullable::Present(49.0)),
        "absent keeps a field"
    );
    assert_eq!(updated.longitude, Some(Nullable::Present(8.4)));
    assert!(updated.updated_at >= created.updated_at);
    assert_eq!(updated.created_at, created.created_at);

    assert!(matches!(
        app.client.site_delete(created.id, None).await.unwrap(),
        SiteDeleteResponse::Deleted
    ));
    match app.client.site_get(created.id).await.unwrap() {
        SiteGetResponse::NotFound(p) => assert_eq!(p.status, 404),
        other => panic!("{other:?}"),
    }
    match app.client.site_delete(created.id, None).await.unwrap() {
        SiteDeleteResponse::NotFound(p) => assert_eq!(p.status, 404),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_site_without_timezone_is_in_utc() {
    let app = TestApp::start().await;
    match app.client.site_create(site("Plain")).await.unwrap() {
        SiteCreateResponse::Created { body, .. } => assert_eq!(body.timezone, "UTC"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn invalid_site_fields_are_named_in_a_422() {
    let app = TestApp::start().await;
    let mut bad = site(" ");
    bad.timezone = Some("Mars/Olympus".into());
    bad.latitude = Some(Nullable::Present(91.0));
    bad.longitude = Some(Nullable::Present(-181.0));
    match app.client.site_create(bad).await.unwrap() {
        SiteCreateResponse::Unprocessable(p) => {
            assert_eq!(p.status, 422);
            let mut fields: Vec<_> = p.errors.unwrap().into_iter().map(|e| e.field).collect();
            fields.sort();
            assert_eq!(fields, ["latitude", "longitude", "name", "timezone"]);
        }
        other => panic!("{other:?}"),
    }
    let id = create_site(&app, "Valid").await;
    let change = SiteUpdate {
        name: None,
        description: None,
        timezone: Some("Nowhere".into()),
        latitude: None,
        longitude: None,
        address: None,
    };
    match app.client.site_update(id, change).await.unwrap() {
        SiteUpdateResponse::Unprocessable(p) => {
            assert_eq!(p.errors.unwrap()[0].field, "timezone");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn pages_cover_every_site_once_in_id_order() {
    let app = TestApp::start().await;
    let mut expected = Vec::new();
    for i in 0..23 {
        expected.push(create_site(&app, &format!("site {i}")).await);
    }
    let mut seen = Vec::new();
    let mut cursor = None;
    let mut pages = 0;
    loop {
        let page = match app
            .client
            .sites_list(Some(7), cursor.clone())
            .await
            .unwrap()
        {
            SitesListResponse::Ok(page) => page,
            other => panic!("{other:?}"),
        };
        pages += 1;
        assert!(page.items.len() <= 7);
        seen.extend(page.items.iter().map(|s| s.id));
        match page.next_cursor {
            Nullable::Present(next) => cursor = Some(next),
            Nullable::Null => break,
        }
        // A site added while paging appears on a later page, never twice.
        if pages == 2 {
            expected.push(create_site(&app, "late").await);
        }
    }
    assert_eq!(pages, 4);
    assert_eq!(seen, expected, "no gaps, no duplicates, ordered by id");
    assert_eq!(seen.iter().collect::<HashSet<_>>().len(), seen.len());

    match app.client.sites_list(None, None).await.unwrap() {
        SitesListResponse::Ok(page) => {
            assert_eq!(page.items.len(), 24, "default page holds up to 100");
            assert_eq!(page.next_cursor, Nullable::Null);
        }
        other => panic!("{other:?}"),
    }
}
