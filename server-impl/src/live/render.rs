//! One rendering of a committed batch per subscription shape, shared by the
//! WebSocket connections: with a thousand sockets following one datapoint, a batch
//! is turned into JSON once, and every socket queues a reference to the same bytes
//! instead of filtering, converting and serialising it again.
//!
//! A message depends only on the subscription id and on which points of the batch
//! the subscription takes, read by which data format; that is the key. Recent
//! batches are kept by identity (the `Arc` of their points, held here, so its
//! address cannot be reused while it is a key); a socket far behind the others
//! renders for itself, as does any socket when the memo is at its size bound.

use super::LiveValue;
use crate::core::live::Followed;
use joule_db::committed::Point;
use joule_db::DataFormat;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash as _, Hasher as _};
use std::sync::{Arc, Mutex};
use tokio_tungstenite::tungstenite::Utf8Bytes;

/// Batches remembered: sockets a little behind the others still find theirs.
const RECENT_BATCHES: usize = 16;
/// Bytes of rendered messages the memo may hold; beyond, sockets render alone.
const MAX_BYTES: usize = 8 << 20;

/// `{"sub": …, "values": […]}`, the spec's `LiveValues`.
#[derive(serde::Serialize)]
struct ValuesMessage<'a> {
    sub: i64,
    values: &'a [LiveValue],
}

/// The shared memo of rendered value messages (one per server).
#[derive(Default)]
pub struct Renderings {
    memo: Mutex<Memo>,
}

#[derive(Default)]
struct Memo {
    batches: VecDeque<Batch>,
    bytes: usize,
}

struct Batch {
    points: Arc<[Point]>,
    /// By (subscription id, hash of the picks); the picks are compared on a hit.
    shapes: HashMap<(i64, u64), Vec<Shape>>,
    bytes: usize,
}

struct Shape {
    picks: Vec<(u32, DataFormat)>,
    text: Utf8Bytes,
}

/// The points of `points` that `followed` takes, by index, with their format.
fn picks<'a>(
    followed: &'a Followed,
    points: &'a [Point],
) -> impl Iterator<Item = (u32, DataFormat)> + 'a {
    points.iter().enumerate().filter_map(|(i, p)| {
        let format = followed.format_of(p.datapoint_id)?;
        Some((u32::try_from(i).unwrap_or(u32::MAX), format))
    })
}

/// The message of subscription `sub` for one batch, rendered without the memo.
fn render(sub: i64, followed: &Followed, points: &[Point]) -> Option<Utf8Bytes> {
    let values: Vec<LiveValue> = followed
        .values_of(points)
        .into_iter()
        .map(LiveValue::of)
        .collect();
    if values.is_empty() {
        return None;
    }
    let body = ValuesMessage {
        sub,
        values: &values,
    };
    Some(Utf8Bytes::from(
        serde_json::to_string(&body).unwrap_or_default(),
    ))
}

impl Renderings {
    /// The text of subscription `sub`'s message for the batch `points`, or `None`
    /// when the subscription follows none of them.
    pub fn values(
        &self,
        sub: i64,
        followed: &Followed,
        points: &Arc<[Point]>,
    ) -> Option<Utf8Bytes> {
        let mut hasher = DefaultHasher::new();
        let mut count = 0usize;
        for pick in picks(followed, points) {
            pick.hash(&mut hasher);
            count += 1;
        }
        if count == 0 {
            return None;
        }
        let key = (sub, hasher.finish());
        let same = |shape: &Shape| shape.picks.iter().copied().eq(picks(followed, points));
        {
            let memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
            let found = memo
                .batches
                .iter()
                .find(|b| Arc::ptr_eq(&b.points, points))
                .and_then(|b| b.shapes.get(&key))
                .and_then(|shapes| shapes.iter().find(|s| same(s)));
            if let Some(shape) = found {
                return Some(shape.text.clone());
            }
        }
        // Rendered outside the lock; two sockets may both render a new shape once.
        let text = render(sub, followed, points)?;
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        memo.remember(points, key, picks(followed, points).collect(), text.clone());
        Some(text)
    }
}

/// One message holding the values of several messages of subscription `sub`, in
/// their order: what a socket sends for the batches committed while it rested.
/// Each text is `{"sub":N,"values":[…]}` as [`render`] writes it, so the values
/// arrays are joined without parsing them again.
pub fn merge(sub: i64, texts: &[Utf8Bytes]) -> Utf8Bytes {
    if let [one] = texts {
        return one.clone();
    }
    let head = format!(r#"{{"sub":{sub},"values":["#);
    let tail = "]}";
    let mut merged = String::with_capacity(texts.iter().map(|t| t.len()).sum::<usize>());
    merged.push_str(&head);
    for (i, text) in texts.iter().enumerate() {
        let inner = text
            .as_str()
            .strip_prefix(head.as_str())
            .and_then(|t| t.strip_suffix(tail));
        debug_assert!(inner.is_some(), "a rendered message of subscription {sub}");
        if i > 0 {
            merged.push(',');
        }
        merged.push_str(inner.unwrap_or_default());
    }
    merged.push_str(tail);
    Utf8Bytes::from(merged)
}

impl Memo {
    fn remember(
        &mut self,
        points: &Arc<[Point]>,
        key: (i64, u64),
        picks: Vec<(u32, DataFormat)>,
        text: Utf8Bytes,
    ) {
        let size = text.len() + picks.len() * size_of::<(u32, DataFormat)>();
        let known = self
            .batches
            .iter()
            .position(|b| Arc::ptr_eq(&b.points, points));
        let index = match known {
            Some(i) => i,
            None => {
                // A batch not seen yet is the newest; the oldest makes room.
                while self.batches.len() >= RECENT_BATCHES {
                    if let Some(old) = self.batches.pop_back() {
                        self.bytes -= old.bytes;
                    }
                }
                self.batches.push_front(Batch {
                    points: points.clone(),
                    shapes: HashMap::new(),
                    bytes: 0,
                });
                0
            }
        };
        while self.bytes + size > MAX_BYTES {
            // Free the oldest other batches first; a message too large for the
            // memo is simply not kept.
            if self.batches.len() <= 1 || index == self.batches.len() - 1 {
                return;
            }
            if let Some(old) = self.batches.pop_back() {
                self.bytes -= old.bytes;
            }
        }
        let batch = &mut self.batches[index];
        batch
            .shapes
            .entry(key)
            .or_default()
            .push(Shape { picks, text });
        batch.bytes += size;
        self.bytes += size;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(datapoint_id: i64, ts: i64, num: f64) -> Point {
        Point {
            datapoint_id,
            ts,
            num: Some(num),
            txt: None,
        }
    }

    fn followed(ids: &[(i64, DataFormat)]) -> Followed {
        Followed::from_formats(ids.iter().copied())
    }

    #[test]
    fn one_rendering_is_shared_by_equal_subscriptions() {
        let memo = Renderings::default();
        let batch: Arc<[Point]> = vec![point(1, 0, 1.5), point(2, 0, 2.5)].into();
        let a = followed(&[(1, DataFormat::ContinuousNumeric)]);
        let b = followed(&[(1, DataFormat::ContinuousNumeric), (9, DataFormat::Boolean)]);
        let first = memo.values(1, &a, &batch).unwrap();
        assert_eq!(
            first.as_str(),
            r#"{"sub":1,"values":[{"datapoint_id":1,"timestamp":"1970-01-01T00:00:00Z","value":1.5}]}"#
        );
        // Another socket taking the same points under the same id: the same bytes.
        let second = memo.values(1, &b, &batch).unwrap();
        assert_eq!(first.as_str().as_ptr(), second.as_str().as_ptr());
        // Another subscription id, or other points, or another format: its own text.
        let other_id = memo.values(2, &a, &batch).unwrap();
        assert!(other_id.as_str().starts_with(r#"{"sub":2,"#));
        let both = followed(&[
            (1, DataFormat::ContinuousNumeric),
            (2, DataFormat::ContinuousNumeric),
        ]);
        assert_eq!(
            memo.values(1, &both, &batch)
                .unwrap()
                .matches("datapoint_id")
                .count(),
            2
        );
        let as_bool = followed(&[(1, DataFormat::Boolean)]);
        let text = memo.values(1, &as_bool, &batch).unwrap();
        assert!(text.as_str().ends_with(r#""value":true}]}"#));
        assert_eq!(text.as_str(), render(1, &as_bool, &batch).unwrap().as_str());
        // Nothing followed: no message.
        assert!(memo
            .values(1, &followed(&[(7, DataFormat::Boolean)]), &batch)
            .is_none());
    }

    #[test]
    fn merged_messages_hold_every_value_in_order() {
        let memo = Renderings::default();
        let a = followed(&[(1, DataFormat::ContinuousNumeric)]);
        let texts: Vec<Utf8Bytes> = (0..3)
            .map(|n| {
                let batch: Arc<[Point]> = vec![point(1, n * 1_000_000, n as f64)].into();
                memo.values(4, &a, &batch).unwrap()
            })
            .collect();
        let merged: serde_json::Value = serde_json::from_str(merge(4, &texts).as_str()).unwrap();
        assert_eq!(merged["sub"], 4);
        let values: Vec<f64> = merged["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["value"].as_f64().unwrap())
            .collect();
        assert_eq!(values, [0.0, 1.0, 2.0]);
        assert_eq!(merge(4, &texts[..1]).as_str(), texts[0].as_str());
    }

    #[test]
    fn an_equal_batch_committed_again_is_rendered_again() {
        let memo = Renderings::default();
        let a = followed(&[(1, DataFormat::ContinuousNumeric)]);
        let first: Arc<[Point]> = vec![point(1, 0, 1.0)].into();
        let second: Arc<[Point]> = vec![point(1, 0, 2.0)].into();
        assert!(memo.values(1, &a, &first).unwrap().contains("1.0"));
        assert!(memo.values(1, &a, &second).unwrap().contains("2.0"));
        // Only the recent batches are kept.
        for n in 0..(RECENT_BATCHES * 2) {
            let batch: Arc<[Point]> = vec![point(1, n as i64, 3.0)].into();
            memo.values(1, &a, &batch);
        }
        let memo = memo.memo.lock().unwrap();
        assert_eq!(memo.batches.len(), RECENT_BATCHES);
        assert_eq!(
            memo.bytes,
            memo.batches.iter().map(|b| b.bytes).sum::<usize>()
        );
    }
}
