//! The registry: sites, devices and datapoints, their rules and their lists.

use super::rules::Checks;
use super::{Core, CoreError};
use joule_db::models::{
    connector_pair_rule, key_rule, Datapoint, DatapointChanges, DatapointSpec, Device,
    DeviceChanges, LocatedSite, NewDevice, NewSite, Page, PageRequest, Site, SiteChanges,
};
use joule_db::queries::connectors::connectors_under;
use joule_db::queries::datapoints::{self as datapoints, DatapointFilter, ImportCounts};
use joule_db::queries::{devices, sites as q};
use joule_db::vocab::UnknownValue;
use joule_db::{DataFormat, DatapointKind, DatapointType, FieldError};
use std::str::FromStr;

/// The most datapoints one import may carry.
pub const MAX_IMPORT: usize = 10_000;

/// A datapoint as a client describes it. `type_` and `data_format` are the names
/// of the vocabularies (`sensor`, `continuous_numeric`…), checked with the rest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DatapointDraft {
    pub key: String,
    pub device_id: Option<i64>,
    /// The connector the datapoint is selected from; set with `key_in_connector`.
    pub connector_id: Option<i64>,
    pub key_in_connector: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub type_: String,
    pub data_format: String,
    pub unit: Option<String>,
    pub min_value: Option<f64>,
    pub max_value: Option<f64>,
    pub allowed_values: Vec<String>,
    /// `gauge` or `counter`; a gauge when `None`.
    pub kind: Option<String>,
    pub counter_max: Option<f64>,
}

/// A partial change of a datapoint: `None` keeps, `Some(None)` clears.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DatapointEdit {
    pub key: Option<String>,
    pub device_id: Option<Option<i64>>,
    pub connector_id: Option<Option<i64>>,
    pub key_in_connector: Option<Option<String>>,
    pub name: Option<Option<String>>,
    pub description: Option<Option<String>>,
    pub type_: Option<String>,
    pub data_format: Option<String>,
    pub unit: Option<Option<String>>,
    pub min_value: Option<Option<f64>>,
    pub max_value: Option<Option<f64>>,
    /// `Some(empty)` clears.
    pub allowed_values: Option<Vec<String>>,
    pub kind: Option<String>,
    pub counter_max: Option<Option<f64>>,
}

/// Reads a vocabulary value, naming `field` when it is unknown.
fn vocabulary<T: FromStr<Err = UnknownValue>>(field: &str, text: &str) -> Result<T, FieldError> {
    text.parse()
        .map_err(|e: UnknownValue| FieldError::new(field, e.to_string()))
}

/// [`vocabulary`] for a field a change may leave out; an unknown value is pushed
/// to `errors`.
fn known<T: FromStr<Err = UnknownValue>>(
    field: &str,
    text: Option<String>,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    vocabulary(field, &text?).map_err(|e| errors.push(e)).ok()
}

/// A draft with every rule checked. An unknown type or data format is named after
/// the text and key checks; the rules that depend on the format are then left out.
fn datapoint_rules(draft: DatapointDraft) -> Result<DatapointSpec, Vec<FieldError>> {
    let mut checks = Checks::default();
    if let Some(name) = &draft.name {
        checks.name("name", name);
    }
    checks.text("description", draft.description.as_ref());
    checks.text("unit", draft.unit.as_ref());
    checks.id("device_id", draft.device_id);
    let mut errors = checks.0;
    let type_ = vocabulary::<DatapointType>("type", &draft.type_);
    let data_format = vocabulary::<DataFormat>("data_format", &draft.data_format);
    let kind = draft
        .kind
        .as_deref()
        .map_or(Ok(DatapointKind::Gauge), |kind| {
            vocabulary::<DatapointKind>("kind", kind)
        });
    let (type_, data_format, kind) = match (type_, data_format, kind) {
        (Ok(type_), Ok(data_format), Ok(kind)) => (type_, data_format, kind),
        (type_, data_format, kind) => {
            errors.extend(key_rule(&draft.key));
            errors.extend(connector_pair_rule(
                draft.connector_id,
                draft.key_in_connector.as_deref(),
            ));
            errors.extend(type_.err());
            errors.extend(data_format.err());
            errors.extend(kind.err());
            return Err(errors);
        }
    };
    let spec = DatapointSpec {
        key: draft.key,
        device_id: draft.device_id,
        connector_id: draft.connector_id,
        key_in_connector: draft.key_in_connector,
        name: draft.name,
        description: draft.description,
        type_,
        data_format,
        unit: draft.unit,
        min_value: draft.min_value,
        max_value: draft.max_value,
        allowed_values: draft.allowed_values,
        kind,
        counter_max: draft.counter_max,
    };
    if let Err(rules) = spec.check() {
        errors.extend(rules);
    }
    if errors.is_empty() {
        Ok(spec)
    } else {
        Err(errors)
    }
}

/// The rules of a change that need no stored datapoint; joule-db checks the
/// datapoint as it would be after the change.
fn datapoint_change_rules(edit: DatapointEdit) -> Result<DatapointChanges, CoreError> {
    let mut unknown = Vec::new();
    let type_ = known("type", edit.type_, &mut unknown);
    let data_format = known("data_format", edit.data_format, &mut unknown);
    let kind = known("kind", edit.kind, &mut unknown);
    let changes = DatapointChanges {
        key: edit.key,
        device_id: edit.device_id,
        connector_id: edit.connector_id,
        key_in_connector: edit.key_in_connector,
        name: edit.name,
        description: edit.description,
        type_,
        data_format,
        unit: edit.unit,
        min_value: edit.min_value,
        max_value: edit.max_value,
        allowed_values: edit.allowed_values,
        kind,
        counter_max: edit.counter_max,
    };
    let mut checks = Checks::default();
    if let Some(Some(name)) = &changes.name {
        checks.name("name", name);
    }
    checks.text(
        "description",
        changes.description.as_ref().and_then(Option::as_ref),
    );
    checks.text("unit", changes.unit.as_ref().and_then(Option::as_ref));
    checks.id("device_id", changes.device_id.flatten());
    checks.0.extend(unknown);
    checks.done()?;
    Ok(changes)
}

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
    super::ttn::device_rules(
        &mut checks,
        new.ttn_device_id.as_deref(),
        new.ttn_mapping.as_ref().map(|m| &m.0),
    );
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
    super::ttn::device_rules(
        &mut checks,
        changes.ttn_device_id.as_ref().and_then(Option::as_deref),
        changes
            .ttn_mapping
            .as_ref()
            .and_then(Option::as_ref)
            .map(|m| &m.0),
    );
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

    /// The sites that have coordinates, each with its device count; `scope` as for
    /// `sites_list`.
    pub async fn sites_located(
        &self,
        scope: Option<Vec<i64>>,
        page: PageRequest,
    ) -> Result<Page<LocatedSite>, CoreError> {
        self.db
            .run(move |c| q::sites_located_in(c, scope.as_deref(), page))
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
        let (gone, linked) = self
            .db
            .run(move |c| {
                let linked = connectors_under(c, Some(id), None)?;
                let gone = q::site_delete(c, id, cascade)?;
                Ok((gone, linked))
            })
            .await?;
        self.announce_deleted(gone);
        self.announce_maps(linked);
        Ok(())
    }

    /// Announces that the datapoint maps of `connectors` changed.
    fn announce_maps(&self, connectors: impl IntoIterator<Item = i64>) {
        let mut connectors: Vec<i64> = connectors.into_iter().collect();
        connectors.sort_unstable();
        connectors.dedup();
        for id in connectors {
            self.announce_connector_map(id, None);
        }
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
        let (gone, linked) = self
            .db
            .run(move |c| {
                let linked = connectors_under(c, None, Some(id))?;
                let gone = devices::device_delete(c, id, cascade)?;
                Ok((gone, linked))
            })
            .await?;
        self.announce_deleted(gone);
        self.announce_maps(linked);
        Ok(())
    }

    /// `filter.sites`: the sites of a site-scoped API key, whose datapoints alone
    /// are listed.
    pub async fn datapoints_list(
        &self,
        filter: DatapointFilter,
        page: PageRequest,
    ) -> Result<Page<Datapoint>, CoreError> {
        self.db
            .run(move |c| datapoints::datapoints_list(c, &filter, page))
            .await
    }

    pub async fn datapoint_create(&self, draft: DatapointDraft) -> Result<Datapoint, CoreError> {
        let spec = datapoint_rules(draft).map_err(CoreError::invalid)?;
        let now = joule_db::now_micros();
        let created = self
            .db
            .run(move |c| datapoints::datapoint_create(c, &spec, now))
            .await?;
        self.announce_maps(created.connector_id);
        Ok(created)
    }

    /// Creates or updates each datapoint by key, all or nothing; the errors name
    /// the item (`[3].min_value`).
    pub async fn datapoints_import(
        &self,
        drafts: Vec<DatapointDraft>,
    ) -> Result<ImportCounts, CoreError> {
        if drafts.len() > MAX_IMPORT {
            return Err(CoreError::TooLarge(format!(
                "{} datapoints in one import; at most {MAX_IMPORT}",
                drafts.len()
            )));
        }
        let mut specs = Vec::with_capacity(drafts.len());
        let mut errors = Vec::new();
        for (i, draft) in drafts.into_iter().enumerate() {
            match datapoint_rules(draft) {
                Ok(spec) => specs.push(spec),
                Err(errs) => errors.extend(errs.into_iter().map(|e| e.at_index(i))),
            }
        }
        if !errors.is_empty() {
            return Err(CoreError::invalid(errors));
        }
        let now = joule_db::now_micros();
        let (counts, linked) = self
            .db
            .run(move |c| datapoints::datapoints_import(c, &specs, now))
            .await?;
        self.announce_redefined(counts.updated_ids.clone());
        self.announce_maps(linked);
        Ok(counts)
    }

    pub async fn datapoint_get(&self, id: i64) -> Result<Datapoint, CoreError> {
        self.db.run(move |c| datapoints::datapoint_get(c, id)).await
    }

    pub async fn datapoint_update(
        &self,
        id: i64,
        edit: DatapointEdit,
    ) -> Result<Datapoint, CoreError> {
        let changes = datapoint_change_rules(edit)?;
        let now = joule_db::now_micros();
        let (before, after) = self
            .db
            .run(move |c| datapoints::datapoint_update(c, id, changes, now))
            .await?;
        self.announce_redefined(vec![id]);
        self.announce_maps(before.connector_id.into_iter().chain(after.connector_id));
        Ok(after)
    }

    /// Deletes a datapoint with its values.
    pub async fn datapoint_delete(&self, id: i64) -> Result<(), CoreError> {
        let linked = self
            .db
            .run(move |c| datapoints::datapoint_delete(c, id))
            .await?;
        self.announce_deleted(vec![id]);
        self.announce_maps(linked);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> DatapointDraft {
        DatapointDraft {
            key: "office/meter/power".into(),
            type_: "sensor".into(),
            data_format: "continuous_numeric".into(),
            ..DatapointDraft::default()
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_draft_passes_every_rule_or_names_each_broken_one() {
        let spec = datapoint_rules(draft()).expect("a plain sensor");
        assert_eq!(spec.type_, DatapointType::Sensor);
        assert_eq!(spec.data_format, DataFormat::ContinuousNumeric);

        let limits = DatapointDraft {
            name: Some(" ".into()),
            data_format: "generic_text".into(),
            min_value: Some(1.0),
            ..draft()
        };
        let errors = datapoint_rules(limits).unwrap_err();
        assert_eq!(fields(&errors), ["name", "min_value"]);

        // An unknown vocabulary skips the rules that depend on the format.
        let unknown = DatapointDraft {
            key: String::new(),
            type_: "meter".into(),
            min_value: Some(2.0),
            max_value: Some(1.0),
            ..draft()
        };
        let errors = datapoint_rules(unknown).unwrap_err();
        assert_eq!(fields(&errors), ["key", "type"]);
    }

    #[test]
    fn a_change_names_unknown_vocabularies_after_the_text_rules() {
        let edit = DatapointEdit {
            name: Some(Some(String::new())),
            data_format: Some("float".into()),
            ..DatapointEdit::default()
        };
        let Err(CoreError::Invalid { errors, .. }) = datapoint_change_rules(edit) else {
            panic!("the change is refused");
        };
        assert_eq!(fields(&errors), ["name", "data_format"]);
        let edit = DatapointEdit {
            type_: Some("actuator".into()),
            device_id: Some(None),
            ..DatapointEdit::default()
        };
        let changes = datapoint_change_rules(edit).expect("a valid change");
        assert_eq!(changes.type_, Some(DatapointType::Actuator));
        assert_eq!(changes.device_id, Some(None));
    }
}
