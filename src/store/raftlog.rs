//! raft-rs's `Storage` over the write-ahead log (`wal`): entries and hard
//! state from the log, the configuration and snapshot point from the state
//! machine in LMDB (they describe what is applied).

use raft::prelude::{Entry, HardState, Snapshot};
use raft::{GetEntriesContext, RaftState, StorageError as RaftStorageError};

use super::error::Result;
use super::meta;
use super::wal::Wal;
use super::Store;

/// raft-rs's view of the log. The driver writes through `append`,
/// `compact` and `reset`; raft-rs reads through `raft::Storage`.
#[derive(Clone)]
pub struct LogStore {
    store: Store,
}

impl LogStore {
    /// The log kept in `store`'s data directory.
    pub fn new(store: Store) -> Self {
        LogStore { store }
    }

    fn wal(&self) -> std::sync::MutexGuard<'_, Wal> {
        self.store.wal()
    }

    /// Appends entries (replacing any from their first index on) and the
    /// hard state in one record; with `sync`, durably, with one fdatasync.
    pub fn append(
        &self,
        entries: &[Entry],
        hard_state: Option<&HardState>,
        sync: bool,
    ) -> Result<()> {
        self.wal().append(entries, hard_state, sync)
    }

    /// Drops entries up to `index`, which the state machine has applied
    /// durably.
    pub fn compact(&self, index: u64) -> Result<()> {
        self.wal().compact(index)
    }

    /// Starts the log after entry `index` of `term`, where a snapshot the
    /// state machine has installed (durably) left off.
    pub fn reset(&self, index: u64, term: u64) -> Result<()> {
        self.wal().reset(index, term)
    }

    /// Raises the hard state's commit index to `applied` (the commit index
    /// is written only with other changes, so it may trail what is applied).
    pub fn raise_commit(&self, applied: u64) {
        self.wal().raise_commit(applied)
    }

    /// The index of the last log entry.
    pub fn last(&self) -> u64 {
        self.wal().last_index()
    }

    /// The first index still in the log.
    pub fn first(&self) -> u64 {
        self.wal().first_index()
    }
}

fn store_err(e: impl std::error::Error + Send + Sync + 'static) -> raft::Error {
    raft::Error::Store(RaftStorageError::Other(Box::new(e)))
}

impl raft::Storage for LogStore {
    fn initial_state(&self) -> raft::Result<RaftState> {
        let hard_state = self.wal().hard_state().clone();
        let txn = self.store.read().map_err(store_err)?;
        let conf_state = meta::conf_state(txn.view()).map_err(store_err)?;
        Ok(RaftState {
            hard_state,
            conf_state,
        })
    }

    fn entries(
        &self,
        low: u64,
        high: u64,
        max_size: impl Into<Option<u64>>,
        _context: GetEntriesContext,
    ) -> raft::Result<Vec<Entry>> {
        let wal = self.wal();
        if low < wal.first_index() {
            return Err(raft::Error::Store(RaftStorageError::Compacted));
        }
        if high > wal.last_index() + 1 {
            return Err(raft::Error::Store(RaftStorageError::Unavailable));
        }
        wal.entries(low, high, max_size.into().unwrap_or(u64::MAX))
            .map_err(store_err)
    }

    fn term(&self, idx: u64) -> raft::Result<u64> {
        let wal = self.wal();
        if let Some(term) = wal.term(idx) {
            return Ok(term);
        }
        Err(raft::Error::Store(if idx < wal.start().0 {
            RaftStorageError::Compacted
        } else {
            RaftStorageError::Unavailable
        }))
    }

    fn first_index(&self) -> raft::Result<u64> {
        Ok(self.first())
    }

    fn last_index(&self) -> raft::Result<u64> {
        Ok(self.last())
    }

    fn snapshot(&self, _request_index: u64, _to: u64) -> raft::Result<Snapshot> {
        // Only the metadata: the transport streams the records themselves,
        // from a view it opens when it sends (see `store::snapshot`).
        let txn = self.store.read().map_err(store_err)?;
        let md = txn.view().snapshot_metadata().map_err(store_err)?;
        if md.index == 0 {
            return Err(raft::Error::Store(
                RaftStorageError::SnapshotTemporarilyUnavailable,
            ));
        }
        let mut snap = Snapshot::default();
        snap.set_metadata(md);
        Ok(snap)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::wal::tests::entry;
    use raft::Storage;

    fn log() -> (tempfile::TempDir, LogStore) {
        let (tmp, s) = crate::store::scratch_store();
        (tmp, LogStore::new(s))
    }

    #[test]
    fn append_overwrites_a_conflicting_tail() {
        let (_t, l) = log();
        l.append(
            &[entry(1, 1, b"a"), entry(2, 1, b"b"), entry(3, 1, b"c")],
            None,
            true,
        )
        .unwrap();
        l.append(&[entry(2, 2, b"B")], None, true).unwrap();
        assert_eq!(l.last_index().unwrap(), 2);
        assert_eq!(l.term(2).unwrap(), 2);
        let es = l
            .entries(1, 3, None, GetEntriesContext::empty(false))
            .unwrap();
        assert_eq!(es[1].data.as_ref(), b"B");
    }

    #[test]
    fn entries_respect_max_size_but_return_one() {
        let (_t, l) = log();
        let big: Vec<Entry> = (1..=5).map(|i| entry(i, 1, &[0u8; 100])).collect();
        l.append(&big, None, true).unwrap();
        let ctx = || GetEntriesContext::empty(false);
        assert_eq!(l.entries(1, 6, 0, ctx()).unwrap().len(), 1);
        assert_eq!(l.entries(1, 6, 250, ctx()).unwrap().len(), 2);
        assert_eq!(l.entries(1, 6, None, ctx()).unwrap().len(), 5);
    }

    #[test]
    fn a_restart_replays_exactly_the_entries_after_the_applied_index() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("d");
        let b = crate::store::Bootstrap {
            member_id: 1,
            cluster_id: 2,
            members: vec![crate::proto::kvdpb::MemberRecord {
                id: 1,
                name: "m".into(),
                ..Default::default()
            }],
            join: false,
        };
        {
            // Entry 1 is the bootstrap's conf change; 2..=10 follow, all
            // committed, and the state machine applied up to 6.
            let (s, _) = crate::store::Store::open(&dir, &b).unwrap();
            let es: Vec<Entry> = (2..=10).map(|i| entry(i, 1, b"x")).collect();
            let hs = HardState {
                term: 1,
                vote: 1,
                commit: 10,
                ..Default::default()
            };
            LogStore::new(s.clone())
                .append(&es, Some(&hs), true)
                .unwrap();
            let mut txn = s.write().unwrap();
            txn.set_applied(6, 1).unwrap();
            txn.commit().unwrap();
        }
        let (s, _) = crate::store::Store::open(&dir, &b).unwrap();
        let applied = meta::applied_index(s.read().unwrap().view()).unwrap();
        let config = raft::Config {
            id: 1,
            applied,
            ..Default::default()
        };
        let logger = slog::Logger::root(slog::Discard, slog::o!());
        let mut node = raft::RawNode::new(&config, LogStore::new(s), &logger).unwrap();
        let ready = node.ready();
        let replayed: Vec<u64> = ready.committed_entries().iter().map(|e| e.index).collect();
        assert_eq!(replayed, (7..=10).collect::<Vec<_>>());
    }

    #[test]
    fn compaction_moves_the_first_index_and_keeps_the_term() {
        let (_t, l) = log();
        let es: Vec<Entry> = (1..=5).map(|i| entry(i, i, b"x")).collect();
        l.append(&es, None, true).unwrap();
        l.compact(3).unwrap();
        assert_eq!(l.first_index().unwrap(), 4);
        assert_eq!(l.term(3).unwrap(), 3);
        assert!(matches!(
            l.entries(2, 4, None, GetEntriesContext::empty(false)),
            Err(raft::Error::Store(RaftStorageError::Compacted))
        ));
    }
}
