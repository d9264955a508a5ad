//! Waiters: a request's proposer waits here, by request ID, for the apply
//! result of its entry.

use std::collections::HashMap;
use std::sync::Mutex;

use tokio::sync::oneshot;

use crate::apply::{Applied, Outcome};
use crate::error::Result;

/// Pending requests of this member, by request ID.
#[derive(Default)]
pub struct Waiters {
    map: Mutex<HashMap<u64, oneshot::Sender<Result<Applied>>>>,
}

impl Waiters {
    /// Registers a waiter for request `id`.
    pub fn register(&self, id: u64) -> oneshot::Receiver<Result<Applied>> {
        let (tx, rx) = oneshot::channel();
        self.lock().insert(id, tx);
        rx
    }

    /// Gives up waiting for `id` (the request timed out).
    pub fn cancel(&self, id: u64) {
        self.lock().remove(&id);
    }

    /// Delivers applied results; results of other members' requests have no
    /// waiter here and are dropped.
    pub fn deliver(&self, outcomes: Vec<Outcome>) {
        let mut map = self.lock();
        for o in outcomes {
            if let Some(tx) = map.remove(&o.id) {
                let _ = tx.send(o.result);
            }
        }
    }

    /// Fails a request that never made it into the log.
    pub fn fail(&self, id: u64, err: crate::error::Error) {
        if let Some(tx) = self.lock().remove(&id) {
            let _ = tx.send(Err(err));
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, oneshot::Sender<Result<Applied>>>> {
        // A panic while holding this lock leaves the map consistent.
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }
}
