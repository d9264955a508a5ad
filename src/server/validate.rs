//! Checks a request must pass before it is proposed, as etcd's API layer
//! makes them: keys present, flags consistent, transactions within the op
//! limit and free of a key written twice.

use crate::error::{Error, Result};
use crate::proto::etcdserverpb::request_op::Request;
use crate::proto::etcdserverpb::{
    DeleteRangeRequest, PutRequest, RangeRequest, RequestOp, TxnRequest,
};

/// Checks a range request.
pub fn range(r: &RangeRequest) -> Result<()> {
    if r.key.is_empty() {
        return Err(Error::EmptyKey);
    }
    Ok(())
}

/// Checks a put request.
pub fn put(p: &PutRequest) -> Result<()> {
    if p.key.is_empty() {
        return Err(Error::EmptyKey);
    }
    if p.ignore_value && !p.value.is_empty() {
        return Err(Error::ValueProvided);
    }
    if p.ignore_lease && p.lease != 0 {
        return Err(Error::LeaseProvided);
    }
    Ok(())
}

/// Checks a delete request.
pub fn delete(d: &DeleteRangeRequest) -> Result<()> {
    if d.key.is_empty() {
        return Err(Error::EmptyKey);
    }
    Ok(())
}

/// Checks a client request before it is proposed, as the services do
/// (with the default op limit for transactions).
pub fn request(r: &crate::proto::kvdpb::internal_request::Request, max_ops: usize) -> Result<()> {
    use crate::proto::kvdpb::internal_request::Request as R;
    match r {
        R::Put(p) => put(p),
        R::DeleteRange(d) => delete(d),
        R::Txn(t) => txn(t, max_ops),
        _ => Ok(()),
    }
}

/// Checks a transaction: op counts against `max_ops`, every nested request,
/// then that no branch writes a key twice.
pub fn txn(t: &TxnRequest, max_ops: usize) -> Result<()> {
    check_txn(t, max_ops)?;
    intervals(&t.success)?;
    intervals(&t.failure)?;
    Ok(())
}

fn check_txn(t: &TxnRequest, max_ops: usize) -> Result<()> {
    let ops = t.compare.len().max(t.success.len()).max(t.failure.len());
    if ops > max_ops {
        return Err(Error::TooManyOps);
    }
    if t.compare.iter().any(|c| c.key.is_empty()) {
        return Err(Error::EmptyKey);
    }
    for op in t.success.iter().chain(&t.failure) {
        check_op(op, max_ops - ops)?;
    }
    Ok(())
}

fn check_op(op: &RequestOp, max_ops: usize) -> Result<()> {
    match &op.request {
        Some(Request::RequestRange(r)) => range(r),
        Some(Request::RequestPut(p)) => put(p),
        Some(Request::RequestDeleteRange(d)) => delete(d),
        Some(Request::RequestTxn(t)) => check_txn(t, max_ops),
        None => Err(Error::KeyNotFound),
    }
}

/// A deleted key or range `[start, end)`; `end` empty means the key alone.
struct Deleted {
    start: Vec<u8>,
    end: Vec<u8>,
}

impl Deleted {
    fn covers(&self, key: &[u8]) -> bool {
        if self.end.is_empty() {
            key == self.start.as_slice()
        } else {
            self.start.as_slice() <= key && key < self.end.as_slice()
        }
    }
}

fn covered(dels: &[Deleted], key: &[u8]) -> bool {
    dels.iter().any(|d| d.covers(key))
}

/// Finds a key put twice, or put and deleted, in one branch (nested
/// transactions included; the two branches of one nested transaction may
/// put the same key, since only one of them runs). Returns the branch's
/// puts and deletes for the level above.
fn intervals(ops: &[RequestOp]) -> Result<(Vec<Vec<u8>>, Vec<Deleted>)> {
    let mut dels: Vec<Deleted> = ops
        .iter()
        .filter_map(|op| match &op.request {
            Some(Request::RequestDeleteRange(d)) => Some(Deleted {
                start: d.key.to_vec(),
                end: d.range_end.to_vec(),
            }),
            _ => None,
        })
        .collect();
    let mut puts: Vec<Vec<u8>> = Vec::new();
    for op in ops {
        let Some(Request::RequestTxn(t)) = &op.request else {
            continue;
        };
        let (puts_then, dels_then) = intervals(&t.success)?;
        let (puts_else, dels_else) = intervals(&t.failure)?;
        for k in &puts_then {
            if puts.contains(k) || covered(&dels, k) {
                return Err(Error::DuplicateKey);
            }
            puts.push(k.clone());
        }
        for k in puts_else {
            if (puts.contains(&k) && !puts_then.contains(&k)) || covered(&dels, &k) {
                return Err(Error::DuplicateKey);
            }
            puts.push(k);
        }
        dels.extend(dels_then);
        dels.extend(dels_else);
    }
    for op in ops {
        let Some(Request::RequestPut(p)) = &op.request else {
            continue;
        };
        if puts.iter().any(|k| k.as_slice() == p.key.as_ref()) || covered(&dels, &p.key) {
            return Err(Error::DuplicateKey);
        }
        puts.push(p.key.to_vec());
    }
    Ok((puts, dels))
}

/// Whether a transaction only reads, in every branch and nested level.
pub fn is_read_only(t: &TxnRequest) -> bool {
    t.success
        .iter()
        .chain(&t.failure)
        .all(|op| match &op.request {
            Some(Request::RequestRange(_)) | None => true,
            Some(Request::RequestTxn(inner)) => is_read_only(inner),
            Some(Request::RequestPut(_)) | Some(Request::RequestDeleteRange(_)) => false,
        })
}

/// Whether any branch of `t`, at any depth, puts a key: under NOSPACE
/// etcd refuses such a transaction whichever branch would run.
pub fn has_put(t: &TxnRequest) -> bool {
    t.success
        .iter()
        .chain(&t.failure)
        .any(|op| match &op.request {
            Some(Request::RequestPut(_)) => true,
            Some(Request::RequestTxn(inner)) => has_put(inner),
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put_op(k: &str) -> RequestOp {
        RequestOp {
            request: Some(Request::RequestPut(PutRequest {
                key: k.as_bytes().to_vec().into(),
                ..Default::default()
            })),
        }
    }

    fn del_op(k: &str, end: &str) -> RequestOp {
        RequestOp {
            request: Some(Request::RequestDeleteRange(DeleteRangeRequest {
                key: k.as_bytes().to_vec().into(),
                range_end: end.as_bytes().to_vec().into(),
                ..Default::default()
            })),
        }
    }

    fn nested(then: Vec<RequestOp>, els: Vec<RequestOp>) -> RequestOp {
        RequestOp {
            request: Some(Request::RequestTxn(TxnRequest {
                compare: vec![],
                success: then,
                failure: els,
            })),
        }
    }

    fn txn_of(success: Vec<RequestOp>) -> TxnRequest {
        TxnRequest {
            compare: vec![],
            success,
            failure: vec![],
        }
    }

    #[test]
    fn duplicate_puts_are_refused() {
        let t = txn_of(vec![put_op("a"), put_op("a")]);
        assert_eq!(txn(&t, 128), Err(Error::DuplicateKey));
    }

    #[test]
    fn put_inside_deleted_range_is_refused() {
        let t = txn_of(vec![del_op("a", "c"), put_op("b")]);
        assert_eq!(txn(&t, 128), Err(Error::DuplicateKey));
        let t = txn_of(vec![del_op("a", "c"), put_op("c")]);
        assert_eq!(txn(&t, 128), Ok(()));
    }

    #[test]
    fn both_branches_of_a_nested_txn_may_put_one_key() {
        let t = txn_of(vec![nested(vec![put_op("k")], vec![put_op("k")])]);
        assert_eq!(txn(&t, 128), Ok(()));
        let t = txn_of(vec![nested(vec![put_op("k")], vec![]), put_op("k")]);
        assert_eq!(txn(&t, 128), Err(Error::DuplicateKey));
    }

    #[test]
    fn op_limit_counts_the_largest_list() {
        let t = txn_of((0..3).map(|i| put_op(&i.to_string())).collect());
        assert_eq!(txn(&t, 3), Ok(()));
        assert_eq!(txn(&t, 2), Err(Error::TooManyOps));
    }

    #[test]
    fn empty_op_is_key_not_found() {
        let t = txn_of(vec![RequestOp { request: None }]);
        assert_eq!(txn(&t, 128), Err(Error::KeyNotFound));
    }

    #[test]
    fn read_only_detection_looks_into_nested_txns() {
        assert!(is_read_only(&txn_of(vec![])));
        assert!(!is_read_only(&txn_of(vec![nested(
            vec![],
            vec![put_op("x")]
        )])));
    }
}
