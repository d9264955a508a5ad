//! Defragment: LMDB reuses freed pages but never gives them back to the
//! file system, so a file that once grew stays that size. A compacting
//! copy (LMDB writes only the live pages, renumbered) replaces it:
//! writes wait during the copy, reads go on; only the swap itself, when
//! the old file is closed and the copy opened in its place, makes reads
//! wait, for as long as the transactions already open take to finish.
//! The copy is complete and synced before the rename that puts it in
//! place, so a crash at any point leaves one whole database file.

use std::fs;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use heed::CompactionOption;
use thiserror::Error;

use super::error::StorageError;
use super::{open_dbs, open_env, EnvState, Generation, Store};

/// Where the compacted copy is written, inside the data directory.
pub(super) const COPY_DIR: &str = "db.defrag";
/// How long the swap waits for open read transactions (a snapshot being
/// sent holds one for its whole length) before giving up.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(3);

/// What a defragment did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Defragmented {
    /// The file's size before, in bytes.
    pub before: u64,
    /// The file's size after, in bytes.
    pub after: u64,
}

/// Why a defragment did not happen.
#[derive(Debug, Error)]
pub enum DefragError {
    /// A read stayed open too long; nothing changed.
    #[error("defragment gave up: a read (such as a snapshot being sent) stayed open for more than {}s; nothing was changed, try again", .0.as_secs())]
    Busy(Duration),
    /// The copy or the swap failed. Unless it is `StorageError::Lost`, the
    /// old file is still in use and nothing was changed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl Store {
    /// Replaces the database file with a compacted copy of itself. Safe
    /// to call while the member serves; see the module's comment.
    pub fn defragment(&self) -> Result<Defragmented, DefragError> {
        let _no_writes = self.inner.writes.lock().unwrap_or_else(|p| p.into_inner());
        let before = self.size();
        let copy = self.compacted_copy().inspect_err(|_| self.discard_copy())?;
        if let Err(e) = self.close_for_swap() {
            self.discard_copy();
            return Err(e);
        }
        let swapped = fs::rename(&copy, self.dir().join("db").join("data.mdb"))
            .and_then(|()| fs::File::open(self.dir().join("db"))?.sync_all());
        self.discard_copy();
        // Whether or not the rename happened, db/ holds one whole file.
        let reopened = self.reopen();
        let after = self.size();
        reopened?;
        swapped.map_err(StorageError::Io)?;
        tracing::info!(before, after, "defragmented the database");
        Ok(Defragmented { before, after })
    }

    /// Writes the compacted copy of the database beside it, synced.
    fn compacted_copy(&self) -> Result<PathBuf, StorageError> {
        let dir = self.dir().join(COPY_DIR);
        self.discard_copy();
        fs::create_dir(&dir)?;
        let path = dir.join("data.mdb");
        let generation = self.generation()?;
        let file = generation
            .env
            .copy_to_path(&path, CompactionOption::Enabled)?;
        file.sync_all()?;
        Ok(path)
    }

    /// Removes what a defragment left beside the database (its copy).
    pub(super) fn discard_copy(&self) {
        let _ = fs::remove_dir_all(self.dir().join(COPY_DIR));
    }

    /// Stops new transactions, waits for the open ones to end and closes
    /// the environment. On time out the environment is put back as it was.
    fn close_for_swap(&self) -> Result<(), DefragError> {
        let old = {
            let mut state = self.inner.env.lock().unwrap_or_else(|p| p.into_inner());
            match std::mem::replace(&mut *state, EnvState::Swapping) {
                EnvState::Open(generation) => generation,
                other => {
                    *state = other;
                    return Err(StorageError::Lost("the database is not open".into()).into());
                }
            }
        };
        let deadline = Instant::now() + DRAIN_TIMEOUT;
        // No clone can be made while the state is Swapping: the count only falls.
        while Arc::strong_count(&old) > 1 {
            if Instant::now() >= deadline {
                self.install(EnvState::Open(old));
                return Err(DefragError::Busy(DRAIN_TIMEOUT));
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        let Ok(generation) = Arc::try_unwrap(old) else {
            unreachable!("the count was one and cannot rise while swapping")
        };
        generation.env.prepare_for_closing().wait();
        Ok(())
    }

    /// Opens db/ again and lets transactions start from it; if it does not
    /// open, the store is lost and every later transaction says so.
    fn reopen(&self) -> Result<(), StorageError> {
        // Just written by LMDB itself: the checks for a file found on disk are skipped.
        let opened = open_env(self.dir(), false)
            .map_err(|e| e.to_string())
            .and_then(|env| match open_dbs(&env, false) {
                Ok(dbs) => Ok(Generation { env, dbs }),
                Err(e) => Err(e.to_string()),
            });
        match opened {
            Ok(generation) => {
                self.install(EnvState::Open(Arc::new(generation)));
                Ok(())
            }
            Err(why) => {
                tracing::error!("the database did not reopen after defragmenting: {why}");
                self.install(EnvState::Lost(why.clone()));
                Err(StorageError::Lost(why))
            }
        }
    }

    fn install(&self, state: EnvState) {
        *self.inner.env.lock().unwrap_or_else(|p| p.into_inner()) = state;
        self.inner.env_changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{scratch_store, Revision};

    fn fill(store: &Store, from: i64, n: i64, value: &[u8]) {
        let mut txn = store.write().unwrap();
        for i in 0..n {
            let rev = Revision {
                main: from + i,
                sub: 0,
            };
            txn.put_kv(format!("k{i:05}").as_bytes(), value, 0, rev)
                .unwrap();
            txn.set_current_rev(from + i).unwrap();
        }
        txn.commit().unwrap();
    }

    #[test]
    fn defragment_shrinks_the_file_and_keeps_every_key() {
        let (_tmp, store) = scratch_store();
        fill(&store, 2, 2000, &[7u8; 2048]);
        // Overwrite and drop most of it: the pages are free but kept.
        let mut txn = store.write().unwrap();
        for i in 0..1990 {
            txn.delete_kv(
                format!("k{i:05}").as_bytes(),
                0,
                Revision {
                    main: 3000 + i,
                    sub: 0,
                },
            )
            .unwrap();
        }
        txn.set_current_rev(3000 + 1989).unwrap();
        txn.commit().unwrap();
        let mut from = Vec::new();
        while let Some(next) = crate::store::compact_step(&store, 4989, &from, 10_000).unwrap() {
            from = next;
        }
        let grown = store.size();
        let done = store.defragment().unwrap();
        assert_eq!(done.before, grown);
        assert!(done.after * 4 < done.before, "{done:?}");
        assert_eq!(store.size(), done.after);
        let txn = store.read().unwrap();
        for i in 1990..2000 {
            let kv = txn.view().get(format!("k{i:05}").as_bytes(), 4989).unwrap();
            assert_eq!(kv.unwrap().value, vec![7u8; 2048]);
        }
        assert_eq!(txn.view().get(b"k00000", 4989).unwrap(), None);
        drop(txn);
        assert!(!store.dir().join(COPY_DIR).exists());
        // Writes go on after it.
        fill(&store, 5000, 1, b"after");
    }

    #[test]
    fn reads_go_on_while_defragmenting() {
        let (_tmp, store) = scratch_store();
        fill(&store, 2, 500, &[1u8; 1024]);
        let stop = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|s| {
            let readers: Vec<_> = (0..3)
                .map(|_| {
                    s.spawn(|| {
                        let mut reads = 0u64;
                        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                            let txn = store.read().unwrap();
                            let kv = txn.view().get(b"k00042", 501).unwrap().unwrap();
                            assert_eq!(kv.value.len(), 1024);
                            reads += 1;
                        }
                        reads
                    })
                })
                .collect();
            for _ in 0..5 {
                store.defragment().unwrap();
            }
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
            for r in readers {
                assert!(r.join().unwrap() > 0);
            }
        });
    }

    #[test]
    fn a_read_held_open_makes_defragment_give_up_and_change_nothing() {
        let (_tmp, store) = scratch_store();
        fill(&store, 2, 10, b"v");
        let held = store.read().unwrap();
        let e = store.defragment().unwrap_err();
        assert!(matches!(e, DefragError::Busy(_)), "{e}");
        // The held read still works, and so does everything else.
        assert!(held.view().get(b"k00001", 11).unwrap().is_some());
        drop(held);
        fill(&store, 12, 1, b"w");
        assert!(!store.dir().join(COPY_DIR).exists());
        store.defragment().unwrap();
    }
}
