//! Reading every record back, for `kvd check data`: after the structural
//! walk that opening does (verify.rs), each table's records are decoded,
//! so what LMDB holds is known to be what kvd wrote, as far as its format
//! can tell (values changed in place need record checksums to be seen).

use protobuf::Message as _;
use raft::prelude::Entry;

use super::error::{Result, StorageError};
use super::keys::parse_revision;
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
        let mut log_entries = 0;
        for item in view.dbs.log.iter(view.txn)? {
            let (_, record) = item?;
            let body = record
                .get(8..)
                .ok_or_else(|| StorageError::corrupt("log entry", "too short"))?;
            Entry::parse_from_bytes(body).map_err(|e| StorageError::corrupt("log entry", e))?;
            log_entries += 1;
        }
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
