use crate::devices::create_device;
use crate::support::{error_fields, Creds, RawResponse, TestApp};
use bytes::Bytes;
use hyper::{Method, StatusCode};
use joule_api::models::{SiteCreate, SiteFeatureCollection, SiteUpdate};
use joule_api::{
    SiteCreateResponse, SiteDeleteResponse, SiteGetResponse, SiteUpdateResponse, SitesListResponse,
};
use serde_json::{json, Value};
use std::collections::HashSet;
use swagger::{Nullable, OneOf2};

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
            SitesListResponse::Ok(OneOf2::A(page)) => page,
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
        SitesListResponse::Ok(OneOf2::A(page)) => {
            assert_eq!(page.items.len(), 24, "default page holds up to 100");
            assert_eq!(page.next_cursor, Nullable::Null);
        }
        other => panic!("{other:?}"),
    }
}

/// A site at `(latitude, longitude)` with an address, in Berlin's time zone.
async fn located_site(app: &TestApp, name: &str, at: Option<(f64, f64)>) -> i64 {
    let mut new = site(name);
    new.timezone = Some("Europe/Berlin".into());
    new.latitude = at.map(|(lat, _)| Nullable::Present(lat));
    new.longitude = at.map(|(_, lon)| Nullable::Present(lon));
    match app.client.site_create(new).await.unwrap() {
        SiteCreateResponse::Created { body, .. } => body.id,
        other => panic!("{other:?}"),
    }
}

/// `GET /sites` with `Accept: application/geo+json` as `creds`.
async fn geojson(app: &TestApp, creds: &Creds, query: &str) -> RawResponse {
    let mut headers = creds.headers();
    headers.push(("accept", "application/geo+json".into()));
    let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let url = app.url(&format!("/sites{query}"));
    crate::support::send(Method::GET, &url, Bytes::new(), &headers, None).await
}

#[tokio::test]
async fn sites_with_coordinates_are_a_geojson_feature_collection() {
    let app = TestApp::start().await;
    let depot = located_site(&app, "Depot", Some((49.0069, 8.4037))).await;
    let patch = json!({"address": "Hauptstraße 1, Karlsruhe"});
    app.ok(Method::PATCH, &format!("/sites/{depot}"), patch)
        .await;
    create_device(&app, depot, "meter").await;
    create_device(&app, depot, "valve").await;
    let nowhere = located_site(&app, "Nowhere", None).await;
    create_device(&app, nowhere, "orphan").await;
    // Half a position is not a point: such a site is left out.
    app.ok(
        Method::POST,
        "/sites",
        json!({"name": "Half", "latitude": 10.0}),
    )
    .await;
    let office = located_site(&app, "Office", Some((-33.8688, 151.2093))).await;

    let viewer = app.user("watcher", "viewer").await;
    let answer = geojson(&app, &viewer, "").await;
    assert_eq!(answer.status, StatusCode::OK, "{answer:?}");
    assert_eq!(answer.content_type(), "application/geo+json");
    // It reads as the spec's schema…
    let collection: SiteFeatureCollection = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(collection.next_cursor, Nullable::Null);
    let ids: Vec<i64> = collection.features.iter().map(|f| f.id).collect();
    assert_eq!(ids, [depot, office], "only sites with both coordinates");
    // …and as GeoJSON (RFC 7946): longitude first.
    assert_eq!(
        answer.json()["features"][0],
        json!({
            "type": "Feature",
            "id": depot,
            "geometry": {"type": "Point", "coordinates": [8.4037, 49.0069]},
            "properties": {
                "id": depot,
                "name": "Depot",
                "timezone": "Europe/Berlin",
                "address": "Hauptstraße 1, Karlsruhe",
                "device_count": 2
            }
        })
    );
    let office_feature = &answer.json()["features"][1];
    assert_eq!(answer.json()["type"], "FeatureCollection");
    assert_eq!(
        office_feature["geometry"]["coordinates"],
        json!([151.2093, -33.8688])
    );
    assert_eq!(office_feature["properties"]["address"], Value::Null);
    assert_eq!(office_feature["properties"]["device_count"], 0);

    // Without the media type (and through the generated client) the list is JSON.
    let plain = app.raw(Method::GET, "/sites", "").await;
    assert_eq!(plain.content_type(), "application/json");
    assert_eq!(plain.json()["items"].as_array().unwrap().len(), 4);
    match app.client.sites_list(None, None).await.unwrap() {
        SitesListResponse::Ok(OneOf2::A(page)) => assert_eq!(page.items.len(), 4),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn geojson_pages_and_scopes_like_the_list() {
    let app = TestApp::start().await;
    let mut located = Vec::new();
    for i in 0..5 {
        located_site(&app, &format!("dark {i}"), None).await;
        let at = (f64::from(i), f64::from(i) * 2.0);
        located.push(located_site(&app, &format!("site {i}"), Some(at)).await);
    }
    let mut seen = Vec::new();
    let mut query = "?limit=2".to_string();
    let mut pages = 0;
    loop {
        let page = geojson(&app, &app.admin, &query).await.json();
        pages += 1;
        let features = page["features"].as_array().unwrap();
        assert!(features.len() <= 2, "{page}");
        seen.extend(features.iter().map(|f| f["id"].as_i64().unwrap()));
        match page["next_cursor"].as_str() {
            Some(next) => query = format!("?limit=2&cursor={next}"),
            None => break,
        }
    }
    assert_eq!(pages, 3, "the limit counts features, not sites scanned");
    assert_eq!(seen, located);

    // A key limited to some sites sees only those.
    let (_, key) = app.key("reader", Some(&located[1..3])).await;
    let page = geojson(&app, &key, "").await.json();
    let ids: Vec<i64> = page["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, &located[1..3]);

    // Bad paging is the list's 400 problem; no credentials are a 401.
    let bad = geojson(&app, &app.admin, "?limit=0").await;
    let problem = bad.problem(400);
    assert_eq!(error_fields(&problem), ["limit"]);
    geojson(&app, &Creds::None, "").await.problem(401);
}
