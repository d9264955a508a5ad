//! Physical compaction: removing history below a compacted revision, in
//! bounded batches so that writes are never held up for long.

use std::ops::Bound;

use super::error::{Result, StorageError};
use super::keys::{revision_bytes, IndexLayout};
use super::meta::{self, COMPACT_DONE};
use super::{Dbs, Revision, Store, Table};

fn table(dbs: &Dbs, layout: IndexLayout) -> Table {
    match layout {
        IndexLayout::Short => dbs.index,
        IndexLayout::Long => dbs.long_index,
    }
}

/// Where a compaction resumes: a tag byte for the index (0 short keys', 1
/// long keys'), then the ident of the key to continue from. Empty: the
/// start.
fn resume_at(layout: IndexLayout, ident: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(ident.len() + 1);
    out.push(match layout {
        IndexLayout::Short => 0,
        IndexLayout::Long => 1,
    });
    out.extend(ident);
    out
}

/// Removes, for up to `budget` keys starting at `from`, every revision at or
/// below `rev` except each key's newest one when that one is a put (a
/// tombstone at or below `rev` goes too). Short keys are walked first, then
/// long ones (in their index's order: compaction needs no key order).
/// Returns where to continue from, or `None` when the whole keyspace is
/// done and recorded as compacted.
pub fn compact_step(
    store: &Store,
    rev: i64,
    from: &[u8],
    budget: usize,
) -> Result<Option<Vec<u8>>> {
    let mut txn = store.write()?;
    let dbs = txn.dbs;
    let (mut layout, mut cursor) = match from.split_first() {
        Some((1, ident)) => (
            IndexLayout::Long,
            Bound::Included(IndexLayout::Long.first(ident)),
        ),
        Some((_, ident)) => (
            IndexLayout::Short,
            Bound::Included(IndexLayout::Short.first(ident)),
        ),
        None => (IndexLayout::Short, Bound::Unbounded),
    };
    let mut budget = budget;
    loop {
        let index = table(&dbs, layout);
        let bound = (cursor.as_ref().map(Vec::as_slice), Bound::Unbounded);
        let found = match index.range(&txn.txn, &bound)?.next() {
            Some(item) => Some(
                layout
                    .parse(item?.0)
                    .ok_or_else(|| StorageError::corrupt("index", "unparsable key"))?
                    .0,
            ),
            None => None,
        };
        let Some(next_key) = found else {
            if layout == IndexLayout::Short {
                layout = IndexLayout::Long;
                cursor = Bound::Unbounded;
                continue;
            }
            meta::put_u64(&mut txn, COMPACT_DONE, rev as u64)?;
            txn.commit()?;
            return Ok(None);
        };
        if budget == 0 {
            txn.commit()?;
            return Ok(Some(resume_at(layout, next_key)));
        }
        budget -= 1;
        let doomed = {
            let lo = layout.first(&next_key);
            let hi = layout.at(&next_key, Revision::last_of(rev));
            let bound = (
                Bound::Included(lo.as_slice()),
                Bound::Included(hi.as_slice()),
            );
            let mut entries = Vec::new();
            for item in index.range(&txn.txn, &bound)? {
                let (k, kind) = item?;
                entries.push((k.to_vec(), kind == [1]));
            }
            if let Some((_, false)) = entries.last() {
                entries.pop();
            }
            entries
        };
        for (k, _) in doomed {
            if let Some((_, r)) = layout.parse(&k) {
                dbs.revs.delete(&mut txn.txn, &revision_bytes(r))?;
            }
            index.delete(&mut txn.txn, &k)?;
        }
        cursor = Bound::Excluded(layout.after(&next_key));
    }
}
