//! The watch hub: after each applied batch it hands every synced watcher
//! the events in its range, without ever blocking apply. A watcher whose
//! buffer is full falls behind ("lags"): it leaves the hub, catches up from
//! the MVCC store, and joins again — so memory per watcher is bounded and a
//! slow watcher still gets every event, in order, exactly once.

mod watcher;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::{mpsc, Notify};

use crate::proto::mvccpb::Event;
use crate::store::RangeEnd;

pub use watcher::{run_watcher, Delivery, WatchSpec};

/// The events a watcher buffers before it falls behind and catches up from
/// the store instead.
pub const WATCHER_BUFFER: usize = 128;

/// The keys a watcher watches.
#[derive(Debug, Clone)]
pub struct KeyRange {
    /// First key.
    pub start: Vec<u8>,
    /// Where the range ends.
    pub end: RangeEnd,
}

impl KeyRange {
    /// Whether `key` is in the range.
    pub fn contains(&self, key: &[u8]) -> bool {
        self.end.contains(&self.start, key)
    }
}

/// Events handed to a watcher: the store's revision after them, and the
/// events themselves (in revision order).
#[derive(Debug)]
pub struct Batch {
    /// The store's revision when the batch was published.
    pub revision: i64,
    /// The events in the watcher's range.
    pub events: Vec<Event>,
}

struct Slot {
    range: KeyRange,
    /// The first revision this watcher has not been given yet.
    next_rev: i64,
    tx: mpsc::Sender<Batch>,
    lagging: bool,
    wake: Arc<Notify>,
}

struct HubState {
    /// The revision of the last published batch.
    published: i64,
    next_id: u64,
    slots: HashMap<u64, Slot>,
}

/// Fans applied events out to synced watchers.
pub struct WatchHub {
    state: Mutex<HubState>,
}

/// A synced watcher's place in the hub.
pub struct Joined {
    /// Its ID in the hub.
    pub id: u64,
    /// Where its batches arrive.
    pub rx: mpsc::Receiver<Batch>,
    /// Woken when it falls behind.
    pub wake: Arc<Notify>,
}

impl WatchHub {
    /// A hub whose store is at `revision`.
    pub fn new(revision: i64) -> Arc<WatchHub> {
        Arc::new(WatchHub {
            state: Mutex::new(HubState {
                published: revision,
                next_id: 1,
                slots: HashMap::new(),
            }),
        })
    }

    fn lock(&self) -> MutexGuard<'_, HubState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The revision of the last published batch.
    pub fn published(&self) -> i64 {
        self.lock().published
    }

    /// Hands an applied batch's events (committed, in revision order, the
    /// store now at `revision`) to every synced watcher whose range they
    /// touch. Never blocks: a watcher with a full buffer is marked lagging.
    pub fn publish(&self, revision: i64, events: Vec<Event>) {
        let mut state = self.lock();
        state.published = state.published.max(revision);
        if events.is_empty() {
            return;
        }
        let mut closed = Vec::new();
        for (id, slot) in state.slots.iter_mut() {
            if slot.lagging {
                continue;
            }
            let mine: Vec<Event> = events
                .iter()
                .filter(|e| {
                    e.kv.as_ref().is_some_and(|kv| {
                        kv.mod_revision >= slot.next_rev && slot.range.contains(&kv.key)
                    })
                })
                .cloned()
                .collect();
            let Some(last) = mine
                .last()
                .and_then(|e| e.kv.as_ref())
                .map(|kv| kv.mod_revision)
            else {
                continue;
            };
            match slot.tx.try_send(Batch {
                revision,
                events: mine,
            }) {
                Ok(()) => slot.next_rev = last + 1,
                Err(mpsc::error::TrySendError::Full(_)) => {
                    slot.lagging = true;
                    slot.wake.notify_one();
                }
                Err(mpsc::error::TrySendError::Closed(_)) => closed.push(*id),
            }
        }
        for id in closed {
            state.slots.remove(&id);
        }
    }

    /// The store jumped to `revision` without its events being published
    /// (a snapshot was installed): every synced watcher falls behind and
    /// catches up from the store's history.
    pub fn reset(&self, revision: i64) {
        let mut state = self.lock();
        state.published = state.published.max(revision);
        for slot in state.slots.values_mut() {
            if !slot.lagging {
                slot.lagging = true;
                slot.wake.notify_one();
            }
        }
    }

    /// Joins the live stream from revision `from`, if nothing from `from`
    /// on has been published yet; otherwise returns the published revision,
    /// up to which the caller must first read history from the store.
    pub fn join(&self, range: &KeyRange, from: i64) -> Result<Joined, i64> {
        let mut state = self.lock();
        if from <= state.published {
            return Err(state.published);
        }
        let (tx, rx) = mpsc::channel(WATCHER_BUFFER);
        let wake = Arc::new(Notify::new());
        let id = state.next_id;
        state.next_id += 1;
        state.slots.insert(
            id,
            Slot {
                range: range.clone(),
                next_rev: from,
                tx,
                lagging: false,
                wake: wake.clone(),
            },
        );
        Ok(Joined { id, rx, wake })
    }

    /// Whether watcher `id` has fallen behind.
    pub fn is_lagging(&self, id: u64) -> bool {
        self.lock().slots.get(&id).is_none_or(|s| s.lagging)
    }

    /// Removes watcher `id`.
    pub fn leave(&self, id: u64) {
        self.lock().slots.remove(&id);
    }

    /// How many watchers are synced (for tests and metrics).
    pub fn synced(&self) -> usize {
        self.lock().slots.values().filter(|s| !s.lagging).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::mvccpb::KeyValue;

    fn put(key: &str, rev: i64) -> Event {
        Event {
            r#type: 0,
            kv: Some(KeyValue {
                key: key.as_bytes().to_vec().into(),
                mod_revision: rev,
                ..Default::default()
            }),
            prev_kv: None,
        }
    }

    fn all() -> KeyRange {
        KeyRange {
            start: vec![0],
            end: RangeEnd::Unbounded,
        }
    }

    #[test]
    fn join_refuses_a_revision_already_published() {
        let hub = WatchHub::new(5);
        assert_eq!(hub.join(&all(), 5).err(), Some(5));
        assert!(hub.join(&all(), 6).is_ok());
    }

    #[test]
    fn events_below_the_join_revision_are_not_repeated() {
        let hub = WatchHub::new(5);
        let mut j = hub.join(&all(), 7).unwrap();
        hub.publish(7, vec![put("a", 6), put("b", 7)]);
        let batch = j.rx.try_recv().unwrap();
        assert_eq!(batch.events.len(), 1);
        assert_eq!(batch.events[0].kv.as_ref().unwrap().mod_revision, 7);
    }

    #[test]
    fn ranges_filter_events() {
        let hub = WatchHub::new(1);
        let range = KeyRange {
            start: b"a".to_vec(),
            end: RangeEnd::Before(b"b".to_vec()),
        };
        let mut j = hub.join(&range, 2).unwrap();
        hub.publish(3, vec![put("a1", 2), put("b", 3)]);
        let batch = j.rx.try_recv().unwrap();
        assert_eq!(batch.events.len(), 1);
    }

    #[test]
    fn a_full_buffer_makes_the_watcher_lag_instead_of_blocking() {
        let hub = WatchHub::new(1);
        let j = hub.join(&all(), 2).unwrap();
        for rev in 2..(2 + WATCHER_BUFFER as i64 + 5) {
            hub.publish(rev, vec![put("k", rev)]);
        }
        assert!(hub.is_lagging(j.id));
        assert_eq!(hub.synced(), 0);
        hub.leave(j.id);
        assert!(hub.is_lagging(j.id));
    }
}
