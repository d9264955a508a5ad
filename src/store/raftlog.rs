//! The Raft log on LMDB, and raft-rs's `Storage` over it.
//!
//! Each log record is the entry's term (8 bytes) followed by the encoded
//! entry, so `term()` — which raft-rs calls often — reads 8 bytes and decodes
//! nothing. `log_start` records the index and term of the last entry removed
//! by log compaction.

use heed::RwTxn;
use protobuf::Message as _;
use raft::prelude::{Entry, HardState, Snapshot};
use raft::{GetEntriesContext, RaftState, StorageError as RaftStorageError};

use super::error::{Result, StorageError};
use super::meta::{self, LOG_START};
use super::{Dbs, Store, View, WriteTxn};

fn index_key(index: u64) -> [u8; 8] {
    index.to_be_bytes()
}

pub(super) fn put_entry(txn: &mut RwTxn, dbs: &Dbs, entry: &Entry) -> Result<()> {
    let body = entry
        .write_to_bytes()
        .map_err(|e| StorageError::corrupt("log entry", e))?;
    let mut record = Vec::with_capacity(8 + body.len());
    record.extend_from_slice(&entry.term.to_be_bytes());
    record.extend_from_slice(&body);
    Ok(dbs.log.put(txn, &index_key(entry.index), &record)?)
}

fn log_start(txn: View<'_>) -> Result<(u64, u64)> {
    let v = txn.dbs.meta.get(txn.txn, LOG_START)?.unwrap_or(&[]);
    if v.len() != 16 {
        return Ok((0, 0));
    }
    let index = u64::from_be_bytes(v[..8].try_into().unwrap_or_default());
    let term = u64::from_be_bytes(v[8..].try_into().unwrap_or_default());
    Ok((index, term))
}

/// The term of entry `idx` as stored: from its record, or from the log
/// start if compaction removed it there; `None` if the log holds neither.
pub(super) fn stored_term(txn: View<'_>, idx: u64) -> Result<Option<u64>> {
    let (start, start_term) = log_start(txn)?;
    if idx == start {
        return Ok(Some(start_term));
    }
    Ok(match txn.dbs.log.get(txn.txn, &index_key(idx))? {
        Some(v) if v.len() >= 8 => Some(u64::from_be_bytes(v[..8].try_into().unwrap_or_default())),
        _ => None,
    })
}

fn set_log_start(txn: &mut WriteTxn<'_>, index: u64, term: u64) -> Result<()> {
    let mut v = [0u8; 16];
    v[..8].copy_from_slice(&index.to_be_bytes());
    v[8..].copy_from_slice(&term.to_be_bytes());
    Ok(txn.dbs.meta.put(&mut txn.txn, LOG_START, &v)?)
}

fn last_index(txn: View<'_>) -> Result<u64> {
    match txn.dbs.log.last(txn.txn)? {
        Some((k, _)) => Ok(k.try_into().map(u64::from_be_bytes).unwrap_or(0)),
        None => Ok(log_start(txn)?.0),
    }
}

impl WriteTxn<'_> {
    /// Appends entries to the log, first removing any entries at or after
    /// the first new index (a new leader may overwrite an uncommitted tail).
    pub fn append_entries(&mut self, entries: &[Entry]) -> Result<()> {
        let Some(first) = entries.first() else {
            return Ok(());
        };
        let from = index_key(first.index);
        let last = last_index(self.view())?;
        if first.index <= last {
            let range = (
                std::ops::Bound::Included(&from[..]),
                std::ops::Bound::Unbounded,
            );
            self.dbs.log.delete_range(&mut self.txn, &range)?;
        }
        for e in entries {
            put_entry(&mut self.txn, &self.dbs, e)?;
        }
        Ok(())
    }

    /// Drops log entries up to and including `index`, which the state
    /// machine must already have applied durably.
    pub fn compact_log(&mut self, index: u64) -> Result<()> {
        let (start, _) = log_start(self.view())?;
        if index <= start {
            return Ok(());
        }
        let term = match self.dbs.log.get(&self.txn, &index_key(index))? {
            Some(v) if v.len() >= 8 => u64::from_be_bytes(v[..8].try_into().unwrap_or_default()),
            _ => return Ok(()),
        };
        let to = index_key(index);
        let range = (
            std::ops::Bound::Unbounded,
            std::ops::Bound::Included(&to[..]),
        );
        self.dbs.log.delete_range(&mut self.txn, &range)?;
        set_log_start(self, index, term)
    }

    /// Empties the log, which then starts after entry `index` of `term`
    /// (a snapshot taken there replaces everything before).
    pub fn reset_log(&mut self, index: u64, term: u64) -> Result<()> {
        self.dbs.log.clear(&mut self.txn)?;
        set_log_start(self, index, term)
    }
}

/// raft-rs's view of the log: reads go straight to LMDB; writes happen in
/// the driver through `WriteTxn::append_entries` and `set_hard_state`.
/// Entries appended in a transaction not yet committed are staged here
/// too, so that Raft, told they are persisted, can read them back before
/// the commit makes them visible to LMDB readers.
#[derive(Clone)]
pub struct LogStore {
    store: Store,
    staged: std::sync::Arc<std::sync::Mutex<Vec<Entry>>>,
}

impl LogStore {
    /// The log kept in `store`.
    pub fn new(store: Store) -> Self {
        LogStore {
            store,
            staged: Default::default(),
        }
    }

    fn staged(&self) -> std::sync::MutexGuard<'_, Vec<Entry>> {
        self.staged.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Entries being appended in the current write transaction; they
    /// replace any staged or stored entries from their first index on.
    pub fn stage(&self, entries: &[Entry]) {
        let Some(first) = entries.first() else {
            return;
        };
        let mut staged = self.staged();
        staged.retain(|e| e.index < first.index);
        staged.extend_from_slice(entries);
    }

    /// The transaction that appended the staged entries has committed.
    pub fn unstage(&self) {
        self.staged().clear();
    }

    /// The index of the last log entry.
    pub fn last(&self) -> Result<u64> {
        if let Some(e) = self.staged().last() {
            return Ok(e.index);
        }
        last_index(self.store.read()?.view())
    }

    /// The first index still in the log.
    pub fn first(&self) -> Result<u64> {
        Ok(log_start(self.store.read()?.view())?.0 + 1)
    }
}

fn store_err(e: impl std::error::Error + Send + Sync + 'static) -> raft::Error {
    raft::Error::Store(RaftStorageError::Other(Box::new(e)))
}

impl raft::Storage for LogStore {
    fn initial_state(&self) -> raft::Result<RaftState> {
        let txn = self.store.read().map_err(store_err)?;
        let hard_state: HardState = meta::hard_state(txn.view()).map_err(store_err)?;
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
        context: GetEntriesContext,
    ) -> raft::Result<Vec<Entry>> {
        let max_size = max_size.into().unwrap_or(u64::MAX);
        let staged = self.staged().clone();
        if let Some(first_staged) = staged.first().map(|e| e.index) {
            if high > first_staged {
                // Stored entries below the staged ones, then the staged.
                let mut out = if low < first_staged {
                    self.entries(low, first_staged, max_size, context)?
                } else {
                    Vec::new()
                };
                if out.len() as u64 == first_staged.saturating_sub(low) {
                    let mut size: u64 = out.iter().map(|e| e.data.len() as u64).sum();
                    for e in staged.iter().filter(|e| e.index >= low && e.index < high) {
                        size += e.data.len() as u64;
                        if !out.is_empty() && size > max_size {
                            break;
                        }
                        out.push(e.clone());
                    }
                }
                return Ok(out);
            }
        }
        let txn = self.store.read().map_err(store_err)?;
        let (start, _) = log_start(txn.view()).map_err(store_err)?;
        if low <= start {
            return Err(raft::Error::Store(RaftStorageError::Compacted));
        }
        if high > last_index(txn.view()).map_err(store_err)? + 1 {
            return Err(raft::Error::Store(RaftStorageError::Unavailable));
        }
        let (lo, hi) = (index_key(low), index_key(high));
        let range = (
            std::ops::Bound::Included(&lo[..]),
            std::ops::Bound::Excluded(&hi[..]),
        );
        let mut out = Vec::with_capacity((high - low) as usize);
        let mut size = 0u64;
        for item in txn.dbs.log.range(&txn.txn, &range).map_err(store_err)? {
            let (_, v) = item.map_err(store_err)?;
            let body = v.get(8..).unwrap_or(&[]);
            let entry = Entry::parse_from_bytes(body)
                .map_err(|e| raft::Error::Store(RaftStorageError::Other(Box::new(e))))?;
            size += body.len() as u64;
            if !out.is_empty() && size > max_size {
                break;
            }
            out.push(entry);
        }
        if out.len() as u64 != high - low && (out.is_empty() || size <= max_size) {
            return Err(raft::Error::Store(RaftStorageError::Unavailable));
        }
        Ok(out)
    }

    fn term(&self, idx: u64) -> raft::Result<u64> {
        if let Some(e) = self.staged().iter().find(|e| e.index == idx) {
            return Ok(e.term);
        }
        let txn = self.store.read().map_err(store_err)?;
        if let Some(term) = stored_term(txn.view(), idx).map_err(store_err)? {
            return Ok(term);
        }
        let (start, _) = log_start(txn.view()).map_err(store_err)?;
        Err(raft::Error::Store(if idx < start {
            RaftStorageError::Compacted
        } else {
            RaftStorageError::Unavailable
        }))
    }

    fn first_index(&self) -> raft::Result<u64> {
        self.first().map_err(store_err)
    }

    fn last_index(&self) -> raft::Result<u64> {
        self.last().map_err(store_err)
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
    use crate::store::Store;
    use raft::Storage;

    fn entry(index: u64, term: u64, data: &[u8]) -> Entry {
        Entry {
            index,
            term,
            data: data.to_vec().into(),
            ..Default::default()
        }
    }

    fn log() -> (tempfile::TempDir, Store, LogStore) {
        let (tmp, s) = crate::store::scratch_store();
        let l = LogStore::new(s.clone());
        (tmp, s, l)
    }

    #[test]
    fn append_overwrites_a_conflicting_tail() {
        let (_t, s, l) = log();
        let mut txn = s.write().unwrap();
        txn.append_entries(&[entry(1, 1, b"a"), entry(2, 1, b"b"), entry(3, 1, b"c")])
            .unwrap();
        txn.append_entries(&[entry(2, 2, b"B")]).unwrap();
        txn.commit().unwrap();
        assert_eq!(l.last_index().unwrap(), 2);
        assert_eq!(l.term(2).unwrap(), 2);
        let es = l
            .entries(1, 3, None, GetEntriesContext::empty(false))
            .unwrap();
        assert_eq!(es[1].data.as_ref(), b"B");
    }

    #[test]
    fn entries_respect_max_size_but_return_one() {
        let (_t, s, l) = log();
        let mut txn = s.write().unwrap();
        let big: Vec<Entry> = (1..=5).map(|i| entry(i, 1, &[0u8; 100])).collect();
        txn.append_entries(&big).unwrap();
        txn.commit().unwrap();
        let ctx = || GetEntriesContext::empty(false);
        assert_eq!(l.entries(1, 6, 0, ctx()).unwrap().len(), 1);
        assert_eq!(l.entries(1, 6, 250, ctx()).unwrap().len(), 2);
        assert_eq!(l.entries(1, 6, None, ctx()).unwrap().len(), 5);
    }

    #[test]
    fn compaction_moves_the_first_index_and_keeps_the_term() {
        let (_t, s, l) = log();
        let mut txn = s.write().unwrap();
        let es: Vec<Entry> = (1..=5).map(|i| entry(i, i, b"x")).collect();
        txn.append_entries(&es).unwrap();
        txn.compact_log(3).unwrap();
        txn.commit().unwrap();
        assert_eq!(l.first_index().unwrap(), 4);
        assert_eq!(l.term(3).unwrap(), 3);
        assert!(matches!(
            l.entries(2, 4, None, GetEntriesContext::empty(false)),
            Err(raft::Error::Store(RaftStorageError::Compacted))
        ));
    }
}
