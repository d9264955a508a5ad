//! Range requests, as etcd answers them: at a revision, with count, limit
//! and `more`, filters on create and mod revisions, and sorting. Used both
//! for reads outside Raft and for ranges inside a transaction.

use std::cmp::Ordering;

use super::error::Result;
use crate::error::Error;
use crate::proto::etcdserverpb::range_request::{SortOrder, SortTarget};
use crate::proto::etcdserverpb::{RangeRequest, RangeResponse, ResponseHeader};
use crate::proto::mvccpb::KeyValue;
use crate::store::{RangeEnd, View};

/// Checks a range's revision against the store: a revision above `current`
/// is in the future; one below the compacted revision is gone.
pub fn check_revision(view: &View<'_>, revision: i64, current: i64) -> Result<()> {
    if revision > current {
        return Err(Error::FutureRev.into());
    }
    if revision > 0 && revision < view.compact_rev()? {
        return Err(Error::Compacted.into());
    }
    Ok(())
}

/// Answers `req` from `view`, whose newest revision is `current` (inside a
/// write transaction that is the revision the transaction is writing).
pub fn range(view: &View<'_>, req: &RangeRequest, current: i64) -> Result<RangeResponse> {
    check_revision(view, req.revision, current)?;
    let at = if req.revision > 0 {
        req.revision
    } else {
        current
    };
    let order = SortOrder::try_from(req.sort_order).unwrap_or(SortOrder::None);
    let target = SortTarget::try_from(req.sort_target).unwrap_or(SortTarget::Key);
    let filtered = req.min_mod_revision != 0
        || req.max_mod_revision != 0
        || req.min_create_revision != 0
        || req.max_create_revision != 0;
    // Sorting or filtering needs every key; otherwise one past the limit
    // tells whether there are more.
    let fetch = if order != SortOrder::None || filtered || req.limit <= 0 {
        0
    } else {
        req.limit as usize + 1
    };
    let end = RangeEnd::from_request(&req.range_end);
    let scan = view.range(&req.key, &end, at, fetch, req.count_only)?;
    let mut kvs = scan.kvs;
    kvs.retain(|kv| {
        (req.max_mod_revision == 0 || kv.mod_revision <= req.max_mod_revision)
            && (req.min_mod_revision == 0 || kv.mod_revision >= req.min_mod_revision)
            && (req.min_create_revision == 0 || kv.create_revision >= req.min_create_revision)
            && (req.max_create_revision == 0 || kv.create_revision <= req.max_create_revision)
    });
    sort(&mut kvs, order, target);
    let mut more = false;
    if req.limit > 0 && kvs.len() > req.limit as usize {
        kvs.truncate(req.limit as usize);
        more = true;
    }
    if req.keys_only {
        for kv in &mut kvs {
            kv.value = Default::default();
        }
    }
    Ok(RangeResponse {
        header: Some(ResponseHeader {
            revision: current,
            ..Default::default()
        }),
        kvs,
        more,
        count: scan.count,
    })
}

/// Sorts as etcd does: a target other than the key with no order given
/// means ascending; ties keep key order (a stable sort).
fn sort(kvs: &mut [KeyValue], order: SortOrder, target: SortTarget) {
    let order = match (order, target) {
        (SortOrder::None, SortTarget::Key) => return,
        (SortOrder::None, _) => SortOrder::Ascend,
        (o, _) => o,
    };
    let cmp = |a: &KeyValue, b: &KeyValue| -> Ordering {
        match target {
            SortTarget::Key => a.key.cmp(&b.key),
            SortTarget::Version => a.version.cmp(&b.version),
            SortTarget::Create => a.create_revision.cmp(&b.create_revision),
            SortTarget::Mod => a.mod_revision.cmp(&b.mod_revision),
            SortTarget::Value => a.value.cmp(&b.value),
        }
    };
    match order {
        SortOrder::Descend => kvs.sort_by(|a, b| cmp(b, a)),
        _ => kvs.sort_by(cmp),
    }
}
