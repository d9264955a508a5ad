//! The permissions each KV request needs, as etcd checks them: a range
//! reads its keys; a put writes its key (and, with a lease, every key
//! already on that lease, or its owner could no longer revoke it); a
//! delete writes its range; either also reads when it returns the
//! previous values; a txn needs read on every compare and everything each
//! operation of both branches needs, nested txns included. Revoking a
//! lease deletes its keys, so it needs write on each.

use super::{Access, Caller, Checked, Grants};
use crate::proto::etcdserverpb::request_op::Request as Op;
use crate::proto::etcdserverpb::{DeleteRangeRequest, PutRequest, RangeRequest, TxnRequest};
use crate::store::View;

/// Refuses a Range `caller` may not read.
pub fn check_range(view: View<'_>, caller: &Caller, r: &RangeRequest) -> Checked {
    Grants::of(view, caller)?.check(&r.key, &r.range_end, Access::Read)
}

/// Refuses a Put `caller` may not make.
pub fn check_put(view: View<'_>, caller: &Caller, p: &PutRequest) -> Checked {
    put(view, &Grants::of(view, caller)?, p)
}

/// Refuses a DeleteRange `caller` may not make.
pub fn check_delete_range(view: View<'_>, caller: &Caller, d: &DeleteRangeRequest) -> Checked {
    delete_range(&Grants::of(view, caller)?, d)
}

/// Refuses to revoke lease `id` unless `caller` may write all its keys.
pub fn check_lease_keys(view: View<'_>, caller: &Caller, id: i64) -> Checked {
    lease_keys(view, &Grants::of(view, caller)?, id)
}

/// Refuses a Txn of which any compare or operation is not `caller`'s to do.
pub fn check_txn(view: View<'_>, caller: &Caller, t: &TxnRequest) -> Checked {
    let grants = Grants::of(view, caller)?;
    if let Grants::All = grants {
        return Ok(());
    }
    // Iterative, not recursive: txns nest up to a thousand levels.
    let mut pending = vec![t];
    while let Some(t) = pending.pop() {
        for c in &t.compare {
            grants.check(&c.key, &c.range_end, Access::Read)?;
        }
        for op in t.success.iter().chain(&t.failure) {
            match &op.request {
                Some(Op::RequestRange(r)) => grants.check(&r.key, &r.range_end, Access::Read)?,
                Some(Op::RequestPut(p)) => put(view, &grants, p)?,
                Some(Op::RequestDeleteRange(d)) => delete_range(&grants, d)?,
                Some(Op::RequestTxn(inner)) => pending.push(inner),
                None => {}
            }
        }
    }
    Ok(())
}

fn put(view: View<'_>, grants: &Grants, p: &PutRequest) -> Checked {
    grants.check(&p.key, &[], Access::Write)?;
    if p.prev_kv {
        grants.check(&p.key, &[], Access::Read)?;
    }
    if p.lease != 0 {
        lease_keys(view, grants, p.lease)?;
    }
    Ok(())
}

fn delete_range(grants: &Grants, d: &DeleteRangeRequest) -> Checked {
    grants.check(&d.key, &d.range_end, Access::Write)?;
    if d.prev_kv {
        grants.check(&d.key, &d.range_end, Access::Read)?;
    }
    Ok(())
}

fn lease_keys(view: View<'_>, grants: &Grants, id: i64) -> Checked {
    if let Grants::All = grants {
        return Ok(());
    }
    for key in view.lease_keys(id)? {
        grants.check(&key, &[], Access::Write)?;
    }
    Ok(())
}
