//! One watcher's life: catch up from the store (history from its start
//! revision), join the hub's live stream with no gap and no duplicate, and
//! go back to the store whenever it falls behind.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use super::{KeyRange, WatchHub};
use crate::error::Result;
use crate::proto::mvccpb::{event::EventType, Event};
use crate::store::Store;

/// Events, and bytes of them, read from history per step, so a watcher far
/// behind catches up in bounded memory and clients get bounded messages.
const HISTORY_CHUNK: usize = 1000;
const HISTORY_CHUNK_BYTES: usize = 1 << 20;

/// What a watcher watches and how.
#[derive(Debug, Clone)]
pub struct WatchSpec {
    /// The keys.
    pub range: KeyRange,
    /// The first revision to deliver.
    pub start_rev: i64,
    /// Deliver each event's previous key-value.
    pub prev_kv: bool,
    /// Leave out PUT events.
    pub no_put: bool,
    /// Leave out DELETE events.
    pub no_delete: bool,
    /// Send a progress notification this often while idle.
    pub progress_every: Option<Duration>,
}

/// What a watcher hands its stream.
#[derive(Debug)]
pub enum Delivery {
    /// Events, with the store's revision when they were read or published.
    Events { revision: i64, events: Vec<Event> },
    /// Nothing new up to `revision`.
    Progress { revision: i64 },
    /// The start revision has been compacted; the watcher has ended.
    Compacted { compact_revision: i64 },
}

impl WatchSpec {
    fn shape(&self, events: Vec<Event>) -> Vec<Event> {
        events
            .into_iter()
            .filter(|e| {
                let delete = e.r#type == EventType::Delete as i32;
                !(delete && self.no_delete || !delete && self.no_put)
            })
            .map(|mut e| {
                if !self.prev_kv {
                    e.prev_kv = None;
                }
                e
            })
            .collect()
    }
}

/// Runs a watcher until its stream closes (or its history is compacted
/// away), delivering every event from `spec.start_rev` on exactly once.
pub async fn run_watcher(
    spec: WatchSpec,
    hub: Arc<WatchHub>,
    store: Store,
    out: mpsc::Sender<Delivery>,
) {
    if let Err(e) = watch(spec, &hub, &store, &out).await {
        tracing::warn!("watcher stopped: {e}");
    }
}

/// Leaves the hub when the watcher ends, however it ends.
struct Membership<'h> {
    hub: &'h WatchHub,
    id: u64,
}

impl Drop for Membership<'_> {
    fn drop(&mut self) {
        self.hub.leave(self.id);
    }
}

async fn watch(
    spec: WatchSpec,
    hub: &WatchHub,
    store: &Store,
    out: &mpsc::Sender<Delivery>,
) -> Result<()> {
    let mut next_rev = spec.start_rev;
    loop {
        // Catch up from the store until the hub can take over.
        let mut joined = loop {
            match hub.join(&spec.range, next_rev) {
                Ok(j) => break j,
                Err(published) => {
                    let (events, covered) = match read_history(&spec, store, next_rev, published)? {
                        History::Compacted(compact_revision) => {
                            let _ = out.send(Delivery::Compacted { compact_revision }).await;
                            return Ok(());
                        }
                        History::Events(events, covered) => (events, covered),
                    };
                    let events = spec.shape(events);
                    if !events.is_empty() {
                        let delivery = Delivery::Events {
                            revision: published,
                            events,
                        };
                        if out.send(delivery).await.is_err() {
                            return Ok(());
                        }
                    }
                    next_rev = covered + 1;
                }
            }
        };
        let _member = Membership { hub, id: joined.id };
        // Live: batches from the hub, progress while idle.
        let mut progress = spec.progress_every.map(|every| {
            let mut t = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
            t.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            t
        });
        loop {
            tokio::select! {
                batch = joined.rx.recv() => {
                    let Some(batch) = batch else { return Ok(()) };
                    if !deliver(&spec, batch, &mut next_rev, out).await {
                        return Ok(());
                    }
                }
                _ = joined.wake.notified() => {
                    if hub.is_lagging(joined.id) {
                        // Deliver what was buffered, then catch up from the store.
                        while let Ok(batch) = joined.rx.try_recv() {
                            if !deliver(&spec, batch, &mut next_rev, out).await {
                                return Ok(());
                            }
                        }
                        break;
                    }
                }
                _ = tick(&mut progress) => {
                    if joined.rx.is_empty() {
                        let revision = hub.published();
                        if out.send(Delivery::Progress { revision }).await.is_err() {
                            return Ok(());
                        }
                    }
                }
                _ = out.closed() => return Ok(()),
            }
        }
    }
}

/// Hands a live batch on, moving `next_rev` past it; false once the
/// stream is gone.
async fn deliver(
    spec: &WatchSpec,
    batch: super::Batch,
    next_rev: &mut i64,
    out: &mpsc::Sender<Delivery>,
) -> bool {
    if let Some(last) = batch.events.last().and_then(|e| e.kv.as_ref()) {
        *next_rev = last.mod_revision + 1;
    }
    let mut events = spec.shape(batch.events);
    events.retain(|_| !crate::hooks::drop_this_watch_event());
    if events.is_empty() {
        return true;
    }
    let delivery = Delivery::Events {
        revision: batch.revision,
        events,
    };
    out.send(delivery).await.is_ok()
}

enum History {
    Compacted(i64),
    Events(Vec<Event>, i64),
}

/// The next chunk of history from `from` up to `to`, unless the watcher's
/// revision has been compacted away.
fn read_history(spec: &WatchSpec, store: &Store, from: i64, to: i64) -> Result<History> {
    let txn = store.read()?;
    let view = txn.view();
    let compacted = view.compact_rev()?;
    if from < compacted {
        return Ok(History::Compacted(compacted));
    }
    let (events, covered) = view.history(
        &spec.range.start,
        &spec.range.end,
        from,
        to,
        HISTORY_CHUNK,
        HISTORY_CHUNK_BYTES,
    )?;
    Ok(History::Events(events, covered))
}

async fn tick(t: &mut Option<tokio::time::Interval>) {
    match t {
        Some(t) => {
            t.tick().await;
        }
        None => std::future::pending().await,
    }
}
