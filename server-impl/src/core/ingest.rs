//! The value ingest service: the one path by which values are written, whichever
//! door they come through (the REST API today; brokers, import jobs, webhooks and
//! rules next). A batch is all or nothing: every item is checked first, the errors
//! name each item, and only a batch without errors reaches the writer.

use super::{timestamps, value_rules, Core, CoreError};
use crate::metrics::names::{self, source_label};
use joule_db::committed::{Point, Source};
use joule_db::models::Datapoint;
use joule_db::queries::datapoints::datapoint_get;
use joule_db::queries::values as q;
use joule_db::FieldError;
use serde_json::Value;
use std::collections::HashMap;

/// Item errors listed in one answer; a batch of bad values should not answer megabytes.
pub const MAX_REPORTED: usize = 100;

/// How an item names its datapoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatapointRef<'a> {
    Id(i64),
    Key(&'a str),
}

impl<'a> DatapointRef<'a> {
    /// The datapoint an item names by exactly one of id and key; `None` when it
    /// names neither or both (the item is then refused).
    pub fn from_id_or_key(id: Option<i64>, key: Option<&'a str>) -> Option<DatapointRef<'a>> {
        match (id, key) {
            (Some(id), None) => Some(DatapointRef::Id(id)),
            (None, Some(key)) => Some(DatapointRef::Key(key)),
            _ => None,
        }
    }
}

/// One value as a door received it: the timestamp (checked here, so that every
/// door applies the same time rules) and the value as JSON. Borrowed from the
/// door's own input, so a batch is not copied before it is checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading<'a> {
    pub timestamp: Stamp<'a>,
    pub value: &'a Value,
}

/// A reading's timestamp as the door has it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stamp<'a> {
    /// RFC 3339 text.
    Text(&'a str),
    /// Microseconds since the epoch, already read by the door (line protocol).
    Micros(i64),
}

impl<'a> From<&'a str> for Stamp<'a> {
    fn from(text: &'a str) -> Self {
        Stamp::Text(text)
    }
}

impl<'a> From<&'a String> for Stamp<'a> {
    fn from(text: &'a String) -> Self {
        Stamp::Text(text)
    }
}

impl Stamp<'_> {
    fn micros(self) -> Result<i64, String> {
        match self {
            Stamp::Text(text) => timestamps::parse(text),
            Stamp::Micros(micros) => timestamps::check(micros),
        }
    }
}

/// A value that names its datapoint (`None`: it named neither or both ways).
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming<'a> {
    pub datapoint: Option<DatapointRef<'a>>,
    pub reading: Reading<'a>,
}

/// What one write carries.
#[derive(Debug, Clone, PartialEq)]
pub enum Batch<'a> {
    /// Values of one datapoint; an unknown datapoint refuses the whole batch.
    Of {
        datapoint: i64,
        values: Vec<Reading<'a>>,
    },
    /// Values that each name their datapoint; an unknown one is its item's error.
    Mixed(Vec<Incoming<'a>>),
}

impl Batch<'_> {
    fn len(&self) -> usize {
        match self {
            Batch::Of { values, .. } => values.len(),
            Batch::Mixed(items) => items.len(),
        }
    }
}

/// Collects per-item errors of a batch, keeping the answer small.
#[derive(Default)]
struct BatchErrors {
    errors: Vec<FieldError>,
    total: usize,
}

impl BatchErrors {
    fn push(&mut self, index: usize, field: &str, message: impl Into<String>) {
        self.total += 1;
        if self.errors.len() < MAX_REPORTED {
            self.errors
                .push(FieldError::new(field, message).at_index(index));
        }
    }

    fn refused(&mut self, refusal: Refusal) {
        self.push(refusal.index, refusal.field, refusal.message);
    }

    fn finish(self) -> Result<(), CoreError> {
        if self.total == 0 {
            return Ok(());
        }
        let listed = if self.total > MAX_REPORTED {
            " (the first 100 are listed)"
        } else {
            ""
        };
        Err(CoreError::Invalid {
            detail: Some(format!(
                "{} value(s) rejected; nothing of the batch was stored{listed}",
                self.total
            )),
            errors: self.errors,
        })
    }
}

/// An item of a batch that breaks a rule: its place in the batch and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub index: usize,
    pub field: &'static str,
    pub message: String,
}

/// A batch checked against every rule: the stored form of its good items and the
/// refusals of the others (by index, in batch order).
#[derive(Debug, Default)]
pub struct Checked {
    pub points: Vec<Point>,
    pub refused: Vec<Refusal>,
    /// The index in the batch of each of `points`.
    pub indexes: Vec<usize>,
}

impl Checked {
    fn refuse(&mut self, index: usize, field: &'static str, message: impl Into<String>) {
        self.refused.push(Refusal {
            index,
            field,
            message: message.into(),
        });
    }
}

/// Checks one item and adds its stored form, or its refusals, to `checked`.
fn accept(dp: &Datapoint, index: usize, reading: &Reading<'_>, checked: &mut Checked) {
    let ts = reading.timestamp.micros();
    let stored = value_rules::check(dp, reading.value);
    match (ts, stored) {
        (Ok(ts), Ok(stored)) => {
            checked.points.push(Point {
                datapoint_id: dp.id,
                ts,
                num: stored.num,
                txt: stored.txt,
            });
            checked.indexes.push(index);
        }
        (ts, stored) => {
            if let Err(e) = ts {
                checked.refuse(index, "timestamp", e);
            }
            if let Err(e) = stored {
                checked.refuse(index, "value", e);
            }
        }
    }
}

/// The datapoints an item names, found in one round trip.
struct Named {
    by_id: HashMap<i64, Datapoint>,
    by_key: HashMap<String, Datapoint>,
}

impl Named {
    fn get(&self, name: Option<&DatapointRef<'_>>) -> Result<&Datapoint, (&'static str, String)> {
        match name {
            Some(DatapointRef::Id(id)) => self
                .by_id
                .get(id)
                .ok_or_else(|| ("datapoint_id", format!("no datapoint has id {id}"))),
            Some(DatapointRef::Key(key)) => self
                .by_key
                .get(*key)
                .ok_or_else(|| ("datapoint_key", format!("no datapoint has key '{key}'"))),
            None => Err((
                "datapoint_id",
                "give exactly one of datapoint_id and datapoint_key".to_string(),
            )),
        }
    }
}

impl Core {
    /// Checks a batch against the size limit, its datapoints and every value rule,
    /// and stores it whole (answering how many values were written) or not at all.
    /// Subscribers of [`Core::subscribe_changes`] see it tagged with `source`.
    pub async fn ingest(&self, batch: Batch<'_>, source: Source) -> Result<usize, CoreError> {
        let written = self.ingest_checked(batch, source).await;
        if written.is_err() {
            metrics::counter!(names::BATCHES_REJECTED, "source" => source_label(source))
                .increment(1);
        }
        written
    }

    async fn ingest_checked(&self, batch: Batch<'_>, source: Source) -> Result<usize, CoreError> {
        let len = batch.len();
        if len > self.limits.max_batch {
            return Err(CoreError::TooLarge(format!(
                "{len} values in one request; at most {}",
                self.limits.max_batch
            )));
        }
        let checked = self.ingest_check(batch).await?;
        let mut errors = BatchErrors::default();
        checked.refused.into_iter().for_each(|r| errors.refused(r));
        errors.finish()?;
        self.write_values(checked.points, source).await
    }

    /// Checks every item of a batch against its datapoint and the time and value
    /// rules, without writing: for doors that report refused items their own way
    /// (line numbers) and decide what to write ([`Core::write_values`]). The size
    /// limit is the caller's to apply.
    pub async fn ingest_check(&self, batch: Batch<'_>) -> Result<Checked, CoreError> {
        let mut checked = Checked {
            points: Vec::with_capacity(batch.len()),
            indexes: Vec::with_capacity(batch.len()),
            refused: Vec::new(),
        };
        match batch {
            Batch::Of { datapoint, values } => {
                let dp = self.db.run(move |c| datapoint_get(c, datapoint)).await?;
                for (i, reading) in values.iter().enumerate() {
                    accept(&dp, i, reading, &mut checked);
                }
            }
            Batch::Mixed(items) => {
                let named = self.named(&items).await?;
                for (i, item) in items.iter().enumerate() {
                    match named.get(item.datapoint.as_ref()) {
                        Ok(dp) => accept(dp, i, &item.reading, &mut checked),
                        Err((field, message)) => checked.refuse(i, field, message),
                    }
                }
            }
        }
        Ok(checked)
    }

    async fn named(&self, items: &[Incoming<'_>]) -> Result<Named, CoreError> {
        let mut ids = Vec::new();
        let mut keys = Vec::new();
        for item in items {
            match &item.datapoint {
                Some(DatapointRef::Id(id)) => ids.push(*id),
                Some(DatapointRef::Key(key)) => keys.push(key.to_string()),
                None => {}
            }
        }
        ids.sort_unstable();
        ids.dedup();
        keys.sort_unstable();
        keys.dedup();
        let (by_id, by_key) = self
            .db
            .run(move |c| {
                Ok((
                    q::datapoints_by_ids(c, &ids)?,
                    q::datapoints_by_keys(c, &keys)?,
                ))
            })
            .await?;
        Ok(Named {
            by_id: by_id.into_iter().map(|d| (d.id, d)).collect(),
            by_key: by_key.into_iter().map(|d| (d.key.clone(), d)).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_names_its_datapoint_one_way() {
        assert_eq!(
            DatapointRef::from_id_or_key(Some(3), None),
            Some(DatapointRef::Id(3))
        );
        assert_eq!(
            DatapointRef::from_id_or_key(None, Some("a/b")),
            Some(DatapointRef::Key("a/b"))
        );
        assert_eq!(DatapointRef::from_id_or_key(Some(3), Some("a")), None);
        assert_eq!(DatapointRef::from_id_or_key(None, None), None);
    }

    #[test]
    fn batch_errors_list_at_most_a_hundred() {
        let mut errors = BatchErrors::default();
        for i in 0..150 {
            errors.push(i, "value", "bad");
        }
        let Err(CoreError::Invalid { detail, errors }) = errors.finish() else {
            panic!("a batch with errors is refused");
        };
        assert_eq!(errors.len(), MAX_REPORTED);
        assert_eq!(errors[3].field, "[3].value");
        assert_eq!(
            detail.as_deref(),
            Some(
                "150 value(s) rejected; nothing of the batch was stored (the first 100 are listed)"
            )
        );
        assert!(BatchErrors::default().finish().is_ok());
    }

    /// A reading that lives as long as the test (its value is leaked).
    fn reading(timestamp: &'static str, value: Value) -> Reading<'static> {
        Reading {
            timestamp: timestamp.into(),
            value: Box::leak(Box::new(value)),
        }
    }

    fn by<'a>(datapoint: DatapointRef<'a>, timestamp: &'static str, value: Value) -> Incoming<'a> {
        Incoming {
            datapoint: Some(datapoint),
            reading: reading(timestamp, value),
        }
    }

    /// The seam: every value of an accepted batch reaches a subscriber, tagged with
    /// its source; nothing of a refused batch does.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn subscribers_see_accepted_batches_whole_and_refused_ones_not_at_all() {
        use crate::core::registry::DatapointDraft;
        use serde_json::json;
        use tokio::sync::broadcast::error::TryRecvError;

        let test = crate::core::testing::fresh_core();
        let core = &test.core;
        let draft = |key: &str, data_format: &str| DatapointDraft {
            key: key.into(),
            type_: "sensor".into(),
            data_format: data_format.into(),
            max_value: (data_format == "continuous_numeric").then_some(100.0),
            ..DatapointDraft::default()
        };
        let power = core
            .datapoint_create(draft("site/meter/power", "continuous_numeric"))
            .await
            .expect("a datapoint");
        let state = core
            .datapoint_create(draft("site/meter/state", "generic_text"))
            .await
            .expect("a datapoint");
        let mut committed = core.subscribe_changes();

        let batch = Batch::Mixed(vec![
            by(
                DatapointRef::Id(power.id),
                "2026-01-01T00:00:00Z",
                json!(1.5),
            ),
            by(
                DatapointRef::Key(&state.key),
                "2026-01-01T00:00:00Z",
                json!("ok"),
            ),
            by(
                DatapointRef::Id(power.id),
                "2026-01-01T02:00:00+01:00",
                json!(null),
            ),
        ]);
        assert_eq!(core.ingest(batch, Source::Http).await, Ok(3));
        let Ok(joule_db::committed::Change::Values { batch: seen, .. }) = committed.recv().await
        else {
            panic!("the committed batch");
        };
        assert_eq!(seen.source, Source::Http);
        let t0 = 1_767_225_600_000_000;
        let point = |datapoint_id, ts, num, txt: Option<&str>| Point {
            datapoint_id,
            ts,
            num,
            txt: txt.map(Into::into),
        };
        let mut points = seen.points.to_vec();
        points.sort_by_key(|p| (p.datapoint_id, p.ts));
        let hour = 3_600_000_000;
        let mut expected = vec![
            point(power.id, t0, Some(1.5), None),
            point(state.id, t0, None, Some("ok")),
            // The same instant in another offset is the same stored instant.
            point(power.id, t0 + hour, None, None),
        ];
        expected.sort_by_key(|p| (p.datapoint_id, p.ts));
        assert_eq!(points, expected);

        // One bad item refuses the batch: nothing is published.
        let refused = Batch::Of {
            datapoint: power.id,
            values: vec![
                reading("2026-01-01T02:00:00Z", json!(5)),
                reading("2026-01-01T03:00:00Z", json!(500)),
                reading("2026-06-30T23:59:60Z", json!(5)),
            ],
        };
        let Err(CoreError::Invalid { detail, errors }) = core.ingest(refused, Source::Http).await
        else {
            panic!("a batch with bad items is refused");
        };
        assert_eq!(
            detail.as_deref(),
            Some("2 value(s) rejected; nothing of the batch was stored")
        );
        assert_eq!(errors[0].field, "[1].value");
        assert_eq!(errors[1].field, "[2].timestamp");
        let unknown = Batch::Mixed(vec![
            by(DatapointRef::Id(power.id), "2026-01-01T02:00:00Z", json!(5)),
            by(
                DatapointRef::Key("nowhere"),
                "2026-01-01T02:00:00Z",
                json!(5),
            ),
        ]);
        assert!(core.ingest(unknown, Source::Http).await.is_err());
        let missing = Batch::Of {
            datapoint: power.id + 100,
            values: vec![reading("2026-01-01T02:00:00Z", json!(5))],
        };
        assert!(matches!(
            core.ingest(missing, Source::Http).await,
            Err(CoreError::NotFound(_))
        ));
        assert_eq!(committed.try_recv().unwrap_err(), TryRecvError::Empty);

        // The next accepted batch is the next one seen.
        let next = Batch::Of {
            datapoint: power.id,
            values: vec![reading("2026-01-01T04:00:00Z", json!(7))],
        };
        assert_eq!(core.ingest(next, Source::Http).await, Ok(1));
        let Ok(joule_db::committed::Change::Values { batch: seen, .. }) = committed.recv().await
        else {
            panic!("the next batch");
        };
        assert_eq!(
            seen.points.to_vec(),
            [point(power.id, t0 + 4 * hour, Some(7.0), None)]
        );
        let stored = core.value_latest(power.id).await.expect("a latest value");
        assert_eq!(stored.value, json!(7.0));
    }
}
