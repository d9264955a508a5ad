//! Leases as stored: each lease's granted TTL, the keys attached to it, and
//! (kept by the lessor, outside Raft) the wall-clock deadline this member
//! last knew for it, so remaining TTLs survive a restart.

use std::ops::Bound;

use prost::Message as _;

use super::error::{Result, StorageError};
use super::keys::{is_long, long_id};
use super::{View, WriteTxn};
use crate::proto::kvdpb::LeaseRecord;

fn id_bytes(id: i64) -> [u8; 8] {
    (id as u64).to_be_bytes()
}

fn id_of(b: &[u8]) -> Option<i64> {
    Some(u64::from_be_bytes(b.get(..8)?.try_into().ok()?) as i64)
}

/// A short key's entry in `lease_keys`, or a long key's (its identity in
/// place of the key) in `long_lease_keys`.
fn attached_key(id: i64, key: &[u8]) -> Vec<u8> {
    let mut k = id_bytes(id).to_vec();
    if is_long(key) {
        k.extend_from_slice(&long_id(key));
    } else {
        k.extend_from_slice(key);
    }
    k
}

impl View<'_> {
    /// The lease with this ID.
    pub fn lease(&self, id: i64) -> Result<Option<LeaseRecord>> {
        match self.dbs.leases.get(self.txn, &id_bytes(id))? {
            Some(v) => Ok(Some(
                LeaseRecord::decode(v).map_err(|e| StorageError::corrupt("lease", e))?,
            )),
            None => Ok(None),
        }
    }

    /// Every lease.
    pub fn leases(&self) -> Result<Vec<LeaseRecord>> {
        let mut out = Vec::new();
        for item in self.dbs.leases.iter(self.txn)? {
            out.push(LeaseRecord::decode(item?.1).map_err(|e| StorageError::corrupt("lease", e))?);
        }
        Ok(out)
    }

    /// The keys attached to lease `id`, in key order.
    pub fn lease_keys(&self, id: i64) -> Result<Vec<Vec<u8>>> {
        let prefix = id_bytes(id);
        let mut out = Vec::new();
        for item in self.dbs.lease_keys.prefix_iter(self.txn, &prefix)? {
            out.push(item?.0[8..].to_vec());
        }
        // Long keys are named by identity; the value holds the key.
        let short = out.len();
        for item in self.dbs.long_lease_keys.prefix_iter(self.txn, &prefix)? {
            let key = item?.1;
            if !is_long(key) {
                return Err(StorageError::corrupt("long lease key", "not a long key"));
            }
            out.push(key.to_vec());
        }
        if out.len() > short {
            out.sort_unstable();
        }
        Ok(out)
    }

    /// The deadlines (Unix milliseconds) last recorded for leases.
    pub fn lease_deadlines(&self) -> Result<Vec<(i64, u64)>> {
        let mut out = Vec::new();
        for item in self.dbs.lease_deadlines.iter(self.txn)? {
            let (k, v) = item?;
            let (Some(id), Some(ms)) = (id_of(k), id_of(v)) else {
                return Err(StorageError::corrupt("lease deadline", "bad length"));
            };
            out.push((id, ms as u64));
        }
        Ok(out)
    }
}

impl WriteTxn<'_> {
    /// Records a granted lease.
    pub fn put_lease(&mut self, lease: &LeaseRecord) -> Result<()> {
        self.dbs
            .leases
            .put(&mut self.txn, &id_bytes(lease.id), &lease.encode_to_vec())?;
        Ok(())
    }

    /// Forgets a lease, its attachments and its deadline.
    pub fn delete_lease(&mut self, id: i64) -> Result<()> {
        let key = id_bytes(id);
        self.dbs.leases.delete(&mut self.txn, &key)?;
        self.dbs.lease_deadlines.delete(&mut self.txn, &key)?;
        let end = (id as u64).checked_add(1).map(u64::to_be_bytes);
        let range = (
            Bound::Included(&key[..]),
            match &end {
                Some(end) => Bound::Excluded(&end[..]),
                None => Bound::Unbounded,
            },
        );
        for table in [self.dbs.lease_keys, self.dbs.long_lease_keys] {
            table.delete_range(&mut self.txn, &range)?;
        }
        Ok(())
    }

    /// Attaches `key` to lease `id`.
    pub(super) fn attach(&mut self, id: i64, key: &[u8]) -> Result<()> {
        if is_long(key) {
            self.dbs
                .long_lease_keys
                .put(&mut self.txn, &attached_key(id, key), key)?;
        } else {
            self.dbs
                .lease_keys
                .put(&mut self.txn, &attached_key(id, key), &[])?;
        }
        Ok(())
    }

    /// Detaches `key` from lease `id`.
    pub(super) fn detach(&mut self, id: i64, key: &[u8]) -> Result<()> {
        let table = if is_long(key) {
            self.dbs.long_lease_keys
        } else {
            self.dbs.lease_keys
        };
        table.delete(&mut self.txn, &attached_key(id, key))?;
        Ok(())
    }

    /// Records lease deadlines (Unix milliseconds).
    pub fn set_lease_deadlines(&mut self, deadlines: &[(i64, u64)]) -> Result<()> {
        for (id, ms) in deadlines {
            if self.dbs.leases.get(&self.txn, &id_bytes(*id))?.is_some() {
                self.dbs
                    .lease_deadlines
                    .put(&mut self.txn, &id_bytes(*id), &ms.to_be_bytes())?;
            }
        }
        Ok(())
    }
}
