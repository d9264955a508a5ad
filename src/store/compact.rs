//! Physical compaction: removing history below a compacted revision, in
//! bounded batches so that writes are never held up for long.

use std::ops::Bound;

use super::error::{Result, StorageError};
use super::keys::{index_key, index_key_after, index_prefix, parse_index_key, revision_bytes};
use super::meta::{self, COMPACT_DONE};
use super::{Revision, Store};

/// Removes, for up to `budget` keys starting at `from`, every revision at or
/// below `rev` except each key's newest one when that one is a put (a
/// tombstone at or below `rev` goes too). Returns the key to continue from,
/// or `None` when the whole keyspace is done and recorded as compacted.
pub fn compact_step(
    store: &Store,
    rev: i64,
    from: &[u8],
    budget: usize,
) -> Result<Option<Vec<u8>>> {
    let mut txn = store.write()?;
    let dbs = txn.dbs;
    let mut cursor = Bound::Included(index_prefix(from));
    for _ in 0..budget {
        let bound = (cursor.as_ref().map(Vec::as_slice), Bound::Unbounded);
        let found = match dbs.index.range(&txn.txn, &bound)?.next() {
            Some(item) => Some(
                parse_index_key(item?.0)
                    .ok_or_else(|| StorageError::corrupt("index", "unparsable key"))?
                    .0,
            ),
            None => None,
        };
        let Some(next_key) = found else {
            meta::put_u64(&mut txn, COMPACT_DONE, rev as u64)?;
            txn.commit()?;
            return Ok(None);
        };
        let doomed = {
            let lo = index_prefix(&next_key);
            let hi = index_key(&next_key, Revision::last_of(rev));
            let bound = (
                Bound::Included(lo.as_slice()),
                Bound::Included(hi.as_slice()),
            );
            let mut entries = Vec::new();
            for item in dbs.index.range(&txn.txn, &bound)? {
                let (k, kind) = item?;
                entries.push((k.to_vec(), kind == [1]));
            }
            if let Some((_, false)) = entries.last() {
                entries.pop();
            }
            entries
        };
        for (k, _) in doomed {
            if let Some((_, r)) = parse_index_key(&k) {
                dbs.revs.delete(&mut txn.txn, &revision_bytes(r))?;
            }
            dbs.index.delete(&mut txn.txn, &k)?;
        }
        cursor = Bound::Excluded(index_key_after(&next_key));
    }
    let resume = match &cursor {
        Bound::Excluded(after) => {
            let bound = (Bound::Excluded(after.as_slice()), Bound::Unbounded);
            match dbs.index.range(&txn.txn, &bound)?.next() {
                Some(item) => parse_index_key(item?.0).map(|(k, _)| k),
                None => None,
            }
        }
        _ => None,
    };
    if resume.is_none() {
        meta::put_u64(&mut txn, COMPACT_DONE, rev as u64)?;
    }
    txn.commit()?;
    Ok(resume)
}
