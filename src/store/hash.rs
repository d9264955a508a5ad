//! HashKV: a checksum of the keyspace as of a revision, equal on every
//! member that applied the same log whether or not its physical compaction
//! has finished (so members can be compared for divergence); and Hash, a
//! checksum of the whole replicated state as stored now.

use super::error::{Result, StorageError};
use super::keys::{revision_bytes, IndexLayout};
use super::View;

/// CRC-32C (Castagnoli), as etcd uses for its hashes.
fn crc32c_update(crc: u32, bytes: &[u8]) -> u32 {
    crc32c::crc32c_append(crc, bytes)
}

impl View<'_> {
    /// Maintenance.Hash: every record of the tables a snapshot carries
    /// (the replicated state; not this member's own meta records or lease
    /// deadlines), keys and values as stored, table by table. As etcd's
    /// hash of its whole backend, it is equal on members with the same
    /// applied state and physical compaction.
    pub fn backend_hash(&self) -> Result<u32> {
        let mut crc = 0u32;
        for id in super::tables::TableId::ALL {
            if id == super::tables::TableId::Meta || id.snapshot_id().is_none() {
                continue;
            }
            for item in self.dbs.get(id).iter(self.txn)? {
                let (k, v) = item?;
                crc = crc32c_update(crc, k);
                crc = crc32c_update(crc, v);
            }
        }
        Ok(crc)
    }

    /// The hash of every revision a reader at `rev` could still see, given
    /// compaction at `compacted`: all revisions in `(compacted, rev]`, and
    /// each key's newest revision at or below `compacted` if it is a put.
    /// Each is hashed with its index entry, short keys' first, in their
    /// index's order, then long keys' in theirs: the same on every member,
    /// and for a keyspace of short keys the same as before long keys were.
    pub fn hash_kv(&self, rev: i64, compacted: i64) -> Result<u32> {
        let mut crc = 0u32;
        for layout in [IndexLayout::Short, IndexLayout::Long] {
            crc = self.hash_index(crc, layout, rev, compacted)?;
        }
        Ok(crc)
    }

    /// `hash_kv` over one index, continuing from `crc`.
    fn hash_index(&self, crc: u32, layout: IndexLayout, rev: i64, compacted: i64) -> Result<u32> {
        let mut crc = crc;
        let index = match layout {
            IndexLayout::Short => self.dbs.index,
            IndexLayout::Long => self.dbs.long_index,
        };
        // The newest entry at or below `compacted` of the key being read.
        let mut kept: Option<(Vec<u8>, Vec<u8>)> = None;
        let mut current_key: Option<Vec<u8>> = None;
        let add = |crc: &mut u32, index_key: &[u8], rev_bytes: &[u8]| -> Result<()> {
            let record = self
                .dbs
                .revs
                .get(self.txn, rev_bytes)?
                .ok_or_else(|| StorageError::corrupt("revision", "unparsable key"))?;
            *crc = crc32c_update(*crc, index_key);
            *crc = crc32c_update(*crc, record);
            Ok(())
        };
        for item in index.iter(self.txn)? {
            let (k, kind) = item?;
            let (key, r) = layout
                .parse(k)
                .ok_or_else(|| StorageError::corrupt("index", "unparsable key"))?;
            if current_key.as_deref() != Some(key.as_slice()) {
                if let Some((ik, rb)) = kept.take() {
                    add(&mut crc, &ik, &rb)?;
                }
                current_key = Some(key);
            }
            if r.main > rev {
                continue;
            }
            let tombstone = kind == [1];
            if r.main <= compacted {
                kept = (!tombstone).then(|| (k.to_vec(), revision_bytes(r).to_vec()));
            } else {
                if let Some((ik, rb)) = kept.take() {
                    add(&mut crc, &ik, &rb)?;
                }
                add(&mut crc, k, &revision_bytes(r))?;
            }
        }
        if let Some((ik, rb)) = kept.take() {
            add(&mut crc, &ik, &rb)?;
        }
        Ok(crc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32c_known_value() {
        assert_eq!(crc32c_update(0, b"123456789"), 0xE306_9283);
    }
}
