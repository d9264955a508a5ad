//! Reading every record back, for `kvd check data`: after the structural
//! walk that opening does (verify.rs), each table's records are decoded,
//! so what LMDB holds is known to be what kvd wrote, as far as its format
//! can tell (values changed in place need record checksums to be seen).

use super::error::{Result, StorageError};
use super::keys::{long_id, parse_long_latest_value, parse_revision};
use super::{meta, Store};

/// What a data directory holds, counted while checking it.
#[derive(Debug, Default)]
pub struct Contents {
    /// The keyspace's revision.
    pub revision: i64,
    /// The revision it is compacted at.
    pub compacted: i64,
    /// Live keys now.
    pub keys: u64,
    /// Members, leases and Raft log entries.
    pub members: usize,
    pub leases: usize,
    pub log_entries: u64,
}

impl Store {
    /// Decodes every record of every table; the first that does not decode
    /// is the error.
    pub fn check_records(&self) -> Result<Contents> {
        let txn = self.read()?;
        let view = txn.view();
        let revision = view.current_rev()?;
        let compacted = view.compact_rev()?;
        // The hash walks the key index and decodes every revision record.
        view.hash_kv(revision, compacted)?;
        let mut keys = 0;
        for item in view.dbs.latest.iter(view.txn)? {
            let (_, rev) = item?;
            parse_revision(rev)
                .ok_or_else(|| StorageError::corrupt("latest", "unparsable revision"))?;
            keys += 1;
        }
        for item in view.dbs.long_latest.iter(view.txn)? {
            let (id, value) = item?;
            parse_long_latest_value(value)
                .filter(|(_, key)| long_id(key) == id)
                .ok_or_else(|| StorageError::corrupt("long latest", "unparsable value"))?;
            keys += 1;
        }
        // Opening recovered the log, checking every record's checksum;
        // here each entry is read back from its file.
        let wal = self.wal();
        let (first, last) = (wal.first_index(), wal.last_index());
        let mut at = first;
        while at <= last {
            let chunk = wal.entries(at, (at + 1024).min(last + 1), u64::MAX)?;
            at += chunk.len().max(1) as u64;
        }
        let log_entries = last + 1 - first;
        Ok(Contents {
            revision,
            compacted,
            keys,
            members: meta::members(view)?.len(),
            leases: view.leases()?.len(),
            log_entries,
        })
    }
}
