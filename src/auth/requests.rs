//! The permissions each KV request needs, as etcd checks them: a range
//! reads its keys; a put writes its key, a delete its range, and either
//! also reads when it returns the previous values; a txn needs read on
//! every compare and everything each operation of both branches needs,
//! nested txns included.

use super::{check, Access, Caller, Checked};
use crate::proto::etcdserverpb::request_op::Request as Op;
use crate::proto::etcdserverpb::{DeleteRangeRequest, PutRequest, RangeRequest, TxnRequest};
use crate::store::View;

/// Refuses a Range `caller` may not read.
pub fn check_range(view: View<'_>, caller: &Caller, r: &RangeRequest) -> Checked {
    check(view, caller, &r.key, &r.range_end, Access::Read)
}

/// Refuses a Put `caller` may not make.
pub fn check_put(view: View<'_>, caller: &Caller, p: &PutRequest) -> Checked {
    check(view, caller, &p.key, &[], Access::Write)?;
    if p.prev_kv {
        check(view, caller, &p.key, &[], Access::Read)?;
    }
    Ok(())
}

/// Refuses a DeleteRange `caller` may not make.
pub fn check_delete_range(view: View<'_>, caller: &Caller, d: &DeleteRangeRequest) -> Checked {
    check(view, caller, &d.key, &d.range_end, Access::Write)?;
    if d.prev_kv {
        check(view, caller, &d.key, &d.range_end, Access::Read)?;
    }
    Ok(())
}

/// Refuses a Txn of which any compare or operation is not `caller`'s to do.
pub fn check_txn(view: View<'_>, caller: &Caller, t: &TxnRequest) -> Checked {
    if *caller == Caller::Anyone {
        return Ok(());
    }
    // Iterative, not recursive: txns nest up to a thousand levels.
    let mut pending = vec![t];
    while let Some(t) = pending.pop() {
        for c in &t.compare {
            check(view, caller, &c.key, &c.range_end, Access::Read)?;
        }
        for op in t.success.iter().chain(&t.failure) {
            match &op.request {
                Some(Op::RequestRange(r)) => check_range(view, caller, r)?,
                Some(Op::RequestPut(p)) => check_put(view, caller, p)?,
                Some(Op::RequestDeleteRange(d)) => check_delete_range(view, caller, d)?,
                Some(Op::RequestTxn(inner)) => pending.push(inner),
                None => {}
            }
        }
    }
    Ok(())
}
