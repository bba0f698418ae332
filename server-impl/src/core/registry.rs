//! The registry: sites, devices and datapoints, their rules and their lists.

use super::rules::Checks;
use super::{Core, CoreError};
use joule_db::models::{
    Device, DeviceChanges, NewDevice, NewSite, Page, PageRequest, Site, SiteChanges,
};
use joule_db::queries::{devices, sites as q};

fn site_rules(new: &NewSite) -> Result<(), CoreError> {
    let mut checks = Checks::default();
    checks.name("name", &new.name);
    checks.text("description", new.description.as_ref());
    checks.text("address", new.address.as_ref());
    checks.timezone(&new.timezone);
    checks.range("latitude", new.latitude, -90.0, 90.0);
    checks.range("longitude", new.longitude, -180.0, 180.0);
    checks.done()
}

fn site_change_rules(changes: &SiteChanges) -> Result<(), CoreError> {
    let mut checks = Checks::default();
    if let Some(name) = &changes.name {
        checks.name("name", name);
    }
    checks.text(
        "description",
        changes.description.as_ref().and_then(Option::as_ref),
    );
    checks.text("address", changes.address.as_ref().and_then(Option::as_ref));
    if let Some(tz) = &changes.timezone {
        checks.timezone(tz);
    }
    checks.range("latitude", changes.latitude.flatten(), -90.0, 90.0);
    checks.range("longitude", changes.longitude.flatten(), -180.0, 180.0);
    checks.done()
}

fn device_rules(new: &NewDevice) -> Result<(), CoreError> {
    let mut checks = Checks::default();
    checks.id("site_id", Some(new.site_id));
    checks.name("name", &new.name);
    for (field, value) in [
        ("kind", &new.kind),
        ("manufacturer", &new.manufacturer),
        ("model", &new.model),
        ("serial_number", &new.serial_number),
        ("description", &new.description),
    ] {
        checks.text(field, value.as_ref());
    }
    checks.done()
}

fn device_change_rules(changes: &DeviceChanges) -> Result<(), CoreError> {
    let mut checks = Checks::default();
    checks.id("site_id", changes.site_id);
    if let Some(name) = &changes.name {
        checks.name("name", name);
    }
    for (field, value) in [
        ("kind", &changes.kind),
        ("manufacturer", &changes.manufacturer),
        ("model", &changes.model),
        ("serial_number", &changes.serial_number),
        ("description", &changes.description),
    ] {
        checks.text(field, value.as_ref().and_then(Option::as_ref));
    }
    checks.done()
}

impl Core {
    /// `scope`: the sites of a site-scoped API key, the only ones listed.
    pub async fn sites_list(
        &self,
        scope: Option<Vec<i64>>,
        page: PageRequest,
    ) -> Result<Page<Site>, CoreError> {
        self.db
            .run(move |c| q::sites_list_in(c, scope.as_deref(), page))
            .await
    }

    pub async fn site_create(&self, new: NewSite) -> Result<Site, CoreError> {
        site_rules(&new)?;
        self.db.run(move |c| q::site_create(c, &new)).await
    }

    pub async fn site_get(&self, id: i64) -> Result<Site, CoreError> {
        self.db.run(move |c| q::site_get(c, id)).await
    }

    pub async fn site_update(&self, id: i64, changes: SiteChanges) -> Result<Site, CoreError> {
        site_change_rules(&changes)?;
        self.db.run(move |c| q::site_update(c, id, &changes)).await
    }

    /// `cascade`: also delete the site's devices, datapoints and values.
    pub async fn site_delete(&self, id: i64, cascade: bool) -> Result<(), CoreError> {
        self.db.run(move |c| q::site_delete(c, id, cascade)).await
    }

    /// `scope`: the sites of a site-scoped API key, whose devices alone are listed.
    pub async fn devices_list(
        &self,
        scope: Option<Vec<i64>>,
        site_id: Option<i64>,
        page: PageRequest,
    ) -> Result<Page<Device>, CoreError> {
        self.db
            .run(move |c| devices::devices_list_in(c, scope.as_deref(), site_id, page))
            .await
    }

    pub async fn device_create(&self, new: NewDevice) -> Result<Device, CoreError> {
        device_rules(&new)?;
        self.db.run(move |c| devices::device_create(c, &new)).await
    }

    pub async fn device_get(&self, id: i64) -> Result<Device, CoreError> {
        self.db.run(move |c| devices::device_get(c, id)).await
    }

    pub async fn device_update(
        &self,
        id: i64,
        changes: DeviceChanges,
    ) -> Result<Device, CoreError> {
        device_change_rules(&changes)?;
        self.db
            .run(move |c| devices::device_update(c, id, &changes))
            .await
    }

    /// `cascade`: also delete the device's datapoints and values.
    pub async fn device_delete(&self, id: i64, cascade: bool) -> Result<(), CoreError> {
        self.db
            .run(move |c| devices::device_delete(c, id, cascade))
            .await
    }
}
