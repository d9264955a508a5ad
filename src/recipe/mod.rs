//! The lock and election recipes etcd's clients use (Go clientv3's
//! `concurrency.Mutex` and `concurrency.Election`), written once over a
//! small `Backend` so that both kvd's server (the Lock and Election
//! services) and kvd's CLI (`kvd lock`, `kvd elect`) run the same steps —
//! and interoperate with every other etcd client on the same names.
//!
//! A waiter puts `NAME/<lease-hex>` under its lease if it is not there
//! (create revision 0); the key with the lowest create revision under the
//! prefix owns the lock; every other waiter watches only the key just
//! before its own for deletion (no thundering herd), then checks again.

use crate::error::Error;
use crate::proto::etcdserverpb::compare::{CompareResult, CompareTarget, TargetUnion};
use crate::proto::etcdserverpb::range_request::{SortOrder, SortTarget};
use crate::proto::etcdserverpb::request_op::Request;
use crate::proto::etcdserverpb::response_op::Response;
use crate::proto::etcdserverpb::{
    Compare, DeleteRangeRequest, PutRequest, RangeRequest, RangeResponse, RequestOp,
    ResponseHeader, TxnRequest, TxnResponse,
};
use crate::proto::mvccpb::KeyValue;
use crate::store::keys::prefix_end;

/// What the recipes need from a store.
#[allow(async_fn_in_trait)]
pub trait Backend {
    /// The error the backend fails with.
    type Error: From<RecipeError>;
    /// Runs a transaction.
    async fn txn(&self, t: TxnRequest) -> Result<TxnResponse, Self::Error>;
    /// Reads a range.
    async fn range(&self, r: RangeRequest) -> Result<RangeResponse, Self::Error>;
    /// Deletes one key; returns the response header.
    async fn delete(&self, key: Vec<u8>) -> Result<Option<ResponseHeader>, Self::Error>;
    /// Waits for the first change to `[key, range_end)` (just `key` if
    /// `range_end` is empty) after revision `after`: a deletion only, or
    /// any change.
    async fn wait_event(
        &self,
        key: Vec<u8>,
        range_end: Vec<u8>,
        after: i64,
        deletes_only: bool,
    ) -> Result<(), Self::Error>;
}

/// How a recipe can fail on its own account.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecipeError {
    /// The session's lease (and with it the waiter's key) is gone.
    #[error("session expired")]
    SessionExpired,
    /// Proclaim or resign by a process that is not the leader.
    #[error("election: not leader")]
    NotLeader,
    /// No one leads the election.
    #[error("election: no leader")]
    NoLeader,
}

impl From<RecipeError> for Error {
    fn from(e: RecipeError) -> Self {
        Error::Recipe(e.to_string())
    }
}

/// A held lock or won election: the waiter's key and revisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    /// The waiter's key, `NAME/<lease-hex>`.
    pub key: Vec<u8>,
    /// The key's create revision: its place in the queue.
    pub create_revision: i64,
    /// The store's revision when the lock or leadership was acquired; it
    /// grows with every new holder (a fencing token).
    pub header: Option<ResponseHeader>,
}

/// The waiter key of `lease` under `name`.
pub fn waiter_key(name: &[u8], lease: i64) -> Vec<u8> {
    let mut k = prefix(name);
    k.extend_from_slice(format!("{lease:x}").as_bytes());
    k
}

fn prefix(name: &[u8]) -> Vec<u8> {
    let mut p = name.to_vec();
    p.push(b'/');
    p
}

/// The compare "`key` was created at `revision`" (0: does not exist).
fn created_at(key: &[u8], revision: i64) -> Compare {
    Compare {
        result: CompareResult::Equal as i32,
        target: CompareTarget::Create as i32,
        key: key.to_vec().into(),
        target_union: Some(TargetUnion::CreateRevision(revision)),
        range_end: Default::default(),
    }
}

fn op(request: Request) -> RequestOp {
    RequestOp {
        request: Some(request),
    }
}

/// Joins the queue of `name` with `value` under `lease` (or finds the
/// waiter key already there), then waits until it is first. Returns the
/// key, its create revision and the header at acquisition.
pub async fn acquire<B: Backend>(
    b: &B,
    name: &[u8],
    lease: i64,
    value: &[u8],
) -> Result<Held, B::Error> {
    let key = waiter_key(name, lease);
    let pfx = prefix(name);
    let first = RangeRequest {
        key: pfx.clone().into(),
        range_end: prefix_end(&pfx).into(),
        sort_order: SortOrder::Ascend as i32,
        sort_target: SortTarget::Create as i32,
        limit: 1,
        ..Default::default()
    };
    let put = PutRequest {
        key: key.clone().into(),
        value: value.to_vec().into(),
        lease,
        ..Default::default()
    };
    let get_mine = RangeRequest {
        key: key.clone().into(),
        ..Default::default()
    };
    let t = TxnRequest {
        compare: vec![created_at(&key, 0)],
        success: vec![
            op(Request::RequestPut(put)),
            op(Request::RequestRange(first.clone())),
        ],
        failure: vec![
            op(Request::RequestRange(get_mine)),
            op(Request::RequestRange(first)),
        ],
    };
    let resp = b.txn(t).await?;
    let revision = resp.header.map(|h| h.revision).unwrap_or(0);
    let ranges: Vec<&RangeResponse> = resp
        .responses
        .iter()
        .filter_map(|r| match &r.response {
            Some(Response::ResponseRange(g)) => Some(g),
            _ => None,
        })
        .collect();
    let my_rev = if resp.succeeded {
        revision
    } else {
        ranges
            .first()
            .and_then(|g| g.kvs.first())
            .map(|kv| kv.create_revision)
            .ok_or(RecipeError::SessionExpired)?
    };
    let owner = ranges
        .last()
        .and_then(|g| g.kvs.first())
        .map(|kv| kv.create_revision);
    let mut header = resp.header;
    if owner.is_some_and(|r| r != my_rev) {
        header = wait_for_predecessors(b, &pfx, my_rev).await?;
        // The lease may have expired while waiting.
        let mine = b
            .range(RangeRequest {
                key: key.clone().into(),
                ..Default::default()
            })
            .await?;
        if mine.kvs.is_empty() {
            return Err(RecipeError::SessionExpired.into());
        }
    }
    Ok(Held {
        key,
        create_revision: my_rev,
        header,
    })
}

/// Waits until no key under `pfx` was created before `my_rev`, watching
/// only the newest of them each time (the one just before this waiter).
async fn wait_for_predecessors<B: Backend>(
    b: &B,
    pfx: &[u8],
    my_rev: i64,
) -> Result<Option<ResponseHeader>, B::Error> {
    loop {
        let before = RangeRequest {
            key: pfx.to_vec().into(),
            range_end: prefix_end(pfx).into(),
            sort_order: SortOrder::Descend as i32,
            sort_target: SortTarget::Create as i32,
            max_create_revision: my_rev - 1,
            limit: 1,
            ..Default::default()
        };
        let resp = b.range(before).await?;
        let Some(kv) = resp.kvs.first() else {
            return Ok(resp.header);
        };
        let at = resp.header.map(|h| h.revision).unwrap_or(0);
        b.wait_event(kv.key.to_vec(), Vec::new(), at, true).await?;
    }
}

/// Campaigns in election `name` with `value` under `lease`: waits to
/// lead, and if this lease was already a candidate with another value,
/// proclaims the new one.
pub async fn campaign<B: Backend>(
    b: &B,
    name: &[u8],
    lease: i64,
    value: &[u8],
) -> Result<Held, B::Error> {
    let mut held = acquire(b, name, lease, value).await?;
    let mine = b
        .range(RangeRequest {
            key: held.key.clone().into(),
            ..Default::default()
        })
        .await?;
    if mine.kvs.first().is_some_and(|kv| kv.value != value) {
        held.header = proclaim(b, &held.key, held.create_revision, lease, value).await?;
    }
    Ok(held)
}

/// Releases a lock or resigns: deletes the waiter key.
pub async fn release<B: Backend>(b: &B, key: &[u8]) -> Result<Option<ResponseHeader>, B::Error> {
    b.delete(key.to_vec()).await
}

/// The current leader of election `name`: the oldest key under its prefix.
pub async fn leader<B: Backend>(
    b: &B,
    name: &[u8],
) -> Result<Option<(KeyValue, Option<ResponseHeader>)>, B::Error> {
    let pfx = prefix(name);
    let resp = b
        .range(RangeRequest {
            key: pfx.clone().into(),
            range_end: prefix_end(&pfx).into(),
            sort_order: SortOrder::Ascend as i32,
            sort_target: SortTarget::Create as i32,
            limit: 1,
            ..Default::default()
        })
        .await?;
    Ok(resp.kvs.into_iter().next().map(|kv| (kv, resp.header)))
}

/// Waits until the leader of `name` is someone other than `last` (key and
/// mod revision), and returns it.
pub async fn next_leader<B: Backend>(
    b: &B,
    name: &[u8],
    last: Option<&KeyValue>,
) -> Result<KeyValue, B::Error> {
    loop {
        let current = leader(b, name).await?;
        let at = current
            .as_ref()
            .and_then(|(_, h)| *h)
            .map(|h| h.revision)
            .unwrap_or(0);
        match current {
            Some((kv, _))
                if last.is_none_or(|l| l.key != kv.key || l.mod_revision != kv.mod_revision) =>
            {
                return Ok(kv)
            }
            // The same leader: wait for it to change or go.
            Some((kv, _)) => b.wait_event(kv.key.to_vec(), Vec::new(), at, false).await?,
            // No leader: wait for a candidate.
            None => {
                let pfx = prefix(name);
                b.wait_event(pfx.clone(), prefix_end(&pfx), at, false)
                    .await?
            }
        }
    }
}

/// Sets the leader's value, if `key` (created at `create_revision`) still
/// leads; otherwise "election: not leader".
pub async fn proclaim<B: Backend>(
    b: &B,
    key: &[u8],
    create_revision: i64,
    lease: i64,
    value: &[u8],
) -> Result<Option<ResponseHeader>, B::Error> {
    let t = TxnRequest {
        compare: vec![created_at(key, create_revision)],
        success: vec![op(Request::RequestPut(PutRequest {
            key: key.to_vec().into(),
            value: value.to_vec().into(),
            lease,
            ..Default::default()
        }))],
        failure: vec![],
    };
    let resp = b.txn(t).await?;
    if !resp.succeeded {
        return Err(RecipeError::NotLeader.into());
    }
    Ok(resp.header)
}

/// Resigns leadership held by `key` (created at `create_revision`); a
/// process that no longer leads has nothing to resign.
pub async fn resign<B: Backend>(
    b: &B,
    key: &[u8],
    create_revision: i64,
) -> Result<Option<ResponseHeader>, B::Error> {
    let t = TxnRequest {
        compare: vec![created_at(key, create_revision)],
        success: vec![op(Request::RequestDeleteRange(DeleteRangeRequest {
            key: key.to_vec().into(),
            ..Default::default()
        }))],
        failure: vec![],
    };
    Ok(b.txn(t).await?.header)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiter_keys_are_name_slash_lease_hex() {
        assert_eq!(waiter_key(b"/mylock", 0x694d), b"/mylock/694d");
    }
}
