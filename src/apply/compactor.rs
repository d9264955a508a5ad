//! Physical compaction in the background: after a compaction is applied,
//! the history it made unreachable is removed in small batches on a thread
//! of its own, so that apply never waits for it.

use std::sync::mpsc;
use std::time::Duration;

use tokio::sync::watch;

use crate::store::{compact_step, Store};

/// Keys handled per write transaction: small enough that an apply waiting
/// for LMDB's single writer is held up for milliseconds at most.
const KEYS_PER_BATCH: usize = 1000;

/// Handle to the compaction thread.
#[derive(Clone)]
pub struct Compactor {
    todo: mpsc::Sender<i64>,
    done: watch::Receiver<i64>,
}

impl Compactor {
    /// Starts the thread; it first finishes any compaction a crash
    /// interrupted.
    pub fn start(store: Store) -> crate::error::Result<Compactor> {
        let (todo, rx) = mpsc::channel::<i64>();
        let view = store.read()?;
        let (target, done_rev) = (view.view().compact_rev()?, view.view().compact_done_rev()?);
        drop(view);
        let (done_tx, done) = watch::channel(done_rev);
        if target > done_rev {
            let _ = todo.send(target);
        }
        std::thread::Builder::new()
            .name("kvd-compactor".into())
            .spawn(move || run(store, rx, done_tx))
            .map_err(|e| crate::error::Error::Internal(format!("starting compactor: {e}")))?;
        Ok(Compactor { todo, done })
    }

    /// Asks for history at or below `rev` to be removed.
    pub fn schedule(&self, rev: i64) {
        let _ = self.todo.send(rev);
    }

    /// Watches the revision up to which removal has finished.
    pub fn done(&self) -> watch::Receiver<i64> {
        self.done.clone()
    }
}

fn run(store: Store, todo: mpsc::Receiver<i64>, done: watch::Sender<i64>) {
    while let Ok(mut rev) = todo.recv() {
        // A later compaction covers an earlier one.
        while let Ok(later) = todo.try_recv() {
            rev = rev.max(later);
        }
        let mut from = Vec::new();
        loop {
            match compact_step(&store, rev, &from, KEYS_PER_BATCH) {
                Ok(Some(next)) => from = next,
                Ok(None) => break,
                Err(e) => {
                    tracing::error!("compaction at revision {rev} failed: {e}; retrying");
                    std::thread::sleep(Duration::from_secs(1));
                }
            }
        }
        done.send_replace(rev);
    }
}
