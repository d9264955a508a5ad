//! etcd's client recipes (Go's `go.etcd.io/etcd/client/v3/experimental/
//! recipes`) run from kvd's CLI: the queue, the priority queue, the barrier
//! and the double barrier, with the Go package's key layouts and
//! transaction rules, so that a Go program and a shell script share one
//! queue or barrier. Also the small steps every long-waiting command needs:
//! waiting for the next event after a read, without a race.
//!
//! Layouts (`NAME` as given, no slash added or removed):
//! - Queue: an item is `NAME/<unix-nanoseconds>`, created by a txn that
//!   succeeds only if the key's version is 0; the oldest item is the one
//!   with the lowest mod revision, claimed by a txn that deletes it only if
//!   its mod revision is still the one read (exactly one claimer wins).
//! - PriorityQueue: an item is `NAME/<%05d priority>/<%016d sequence>`,
//!   the sequence one past the priority's last key, written together with
//!   the bookkeeping key `__NAME/<%05d priority>` by a txn that fails if that
//!   key changed since the read; items are taken in key order, so priority 0
//!   first, FIFO within a priority.
//! - Barrier: the key `NAME` holds the barrier; waiters wait for its delete.
//! - DoubleBarrier: each process puts `NAME/waiters/<unix-nanoseconds>`
//!   under its session's lease; the one that makes the count puts
//!   `NAME/ready`; leaving, the lowest waiter deletes `NAME/ready` last.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio_stream::wrappers::ReceiverStream;

use super::{exit, CliError};
use crate::client::{Client, ClientError};
use crate::proto::etcdserverpb::compare::{CompareResult, CompareTarget, TargetUnion};
use crate::proto::etcdserverpb::range_request::{SortOrder, SortTarget};
use crate::proto::etcdserverpb::request_op::Request;
use crate::proto::etcdserverpb::watch_create_request::FilterType;
use crate::proto::etcdserverpb::watch_request::RequestUnion;
use crate::proto::etcdserverpb::{
    Compare, DeleteRangeRequest, PutRequest, RangeRequest, RangeResponse, RequestOp, TxnRequest,
    TxnResponse, WatchCreateRequest, WatchRequest,
};
use crate::proto::mvccpb::event::EventType;
use crate::proto::mvccpb::{Event, KeyValue};
use crate::store::keys::prefix_end;

/// How a recipe step fails on its own account; the texts are the Go
/// package's.
#[derive(Debug, thiserror::Error)]
pub enum RecipeError {
    /// The key to create exists already (a barrier already held).
    #[error("key already exists")]
    KeyExists,
    /// A double barrier already has its count of processes.
    #[error("too many clients")]
    TooManyClients,
    /// A priority queue key whose last part is not a sequence number.
    #[error("unexpected key in priority queue: {0}")]
    BadSequence(String),
    /// The request failed.
    #[error(transparent)]
    Client(#[from] ClientError),
}

impl From<RecipeError> for CliError {
    fn from(e: RecipeError) -> Self {
        CliError::new(exit::ERROR, e.to_string())
    }
}

/// How long to pause before watching again after a watch stream broke.
const REWATCH_PAUSE: Duration = Duration::from_millis(500);

// --- Requests -------------------------------------------------------------

/// A request inside a txn.
pub fn op(request: Request) -> RequestOp {
    RequestOp {
        request: Some(request),
    }
}

/// A put of `key` = `value` under `lease` (0: none), as a txn operation.
pub fn put_op(key: &[u8], value: &[u8], lease: i64) -> RequestOp {
    op(Request::RequestPut(PutRequest {
        key: key.to_vec().into(),
        value: value.to_vec().into(),
        lease,
        ..Default::default()
    }))
}

/// A delete of the single key `key`, as a txn operation.
pub fn delete_op(key: &[u8]) -> RequestOp {
    op(Request::RequestDeleteRange(DeleteRangeRequest {
        key: key.to_vec().into(),
        ..Default::default()
    }))
}

fn compare(
    key: &[u8],
    result: CompareResult,
    target: CompareTarget,
    union: TargetUnion,
) -> Compare {
    Compare {
        result: result as i32,
        target: target as i32,
        key: key.to_vec().into(),
        target_union: Some(union),
        range_end: Default::default(),
    }
}

/// `version(key) == 0`: the key does not exist.
pub fn absent(key: &[u8]) -> Compare {
    compare(
        key,
        CompareResult::Equal,
        CompareTarget::Version,
        TargetUnion::Version(0),
    )
}

/// `mod_revision(key) == revision` (a missing key's is 0).
pub fn modified_at(key: &[u8], revision: i64) -> Compare {
    compare(
        key,
        CompareResult::Equal,
        CompareTarget::Mod,
        TargetUnion::ModRevision(revision),
    )
}

/// `mod_revision(key) < revision`.
pub fn modified_before(key: &[u8], revision: i64) -> Compare {
    compare(
        key,
        CompareResult::Less,
        CompareTarget::Mod,
        TargetUnion::ModRevision(revision),
    )
}

/// Every key under `prefix`: the range request's key and end.
pub fn prefix_range(prefix: &[u8]) -> RangeRequest {
    RangeRequest {
        key: prefix.to_vec().into(),
        range_end: prefix_end(prefix).into(),
        ..Default::default()
    }
}

/// The first key under `prefix` in the order of `target`, `order`.
fn first_under(prefix: &[u8], target: SortTarget, order: SortOrder) -> RangeRequest {
    RangeRequest {
        sort_target: target as i32,
        sort_order: order as i32,
        limit: 1,
        ..prefix_range(prefix)
    }
}

/// Runs a txn (tried again only if it never left the client).
pub async fn txn(client: &Client, t: TxnRequest) -> Result<TxnResponse, ClientError> {
    client
        .call_write(|| {
            let (mut kv, r) = (client.kv(), client.request(t.clone()));
            async move { kv.txn(r).await }
        })
        .await
}

/// Reads a range (tried again on another member if one is unavailable).
pub async fn range(client: &Client, req: RangeRequest) -> Result<RangeResponse, ClientError> {
    client
        .call_read(|| {
            let (mut kv, r) = (client.kv(), client.request(req.clone()));
            async move { kv.range(r).await }
        })
        .await
}

/// Deletes the single key `key`.
pub async fn delete(client: &Client, key: &[u8]) -> Result<(), ClientError> {
    let req = DeleteRangeRequest {
        key: key.to_vec().into(),
        ..Default::default()
    };
    client
        .call_write(|| {
            let (mut kv, r) = (client.kv(), client.request(req.clone()));
            async move { kv.delete_range(r).await }
        })
        .await
        .map(|_| ())
}

/// The revision a response's header reports (0 without a header).
pub fn revision_of(header: Option<&crate::proto::etcdserverpb::ResponseHeader>) -> i64 {
    header.map(|h| h.revision).unwrap_or(0)
}

/// Go's `newUniqueKV` suffix: the time in nanoseconds, as `%v` prints it.
fn unix_nanos() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// Creates `key` = `value` under `lease` only if it does not exist (Go's
/// `putNewKV`); the revision it was created at.
pub async fn put_new(
    client: &Client,
    key: &[u8],
    value: &[u8],
    lease: i64,
) -> Result<i64, RecipeError> {
    let t = TxnRequest {
        compare: vec![absent(key)],
        success: vec![put_op(key, value, lease)],
        failure: vec![],
    };
    let resp = txn(client, t).await?;
    if !resp.succeeded {
        return Err(RecipeError::KeyExists);
    }
    Ok(revision_of(resp.header.as_ref()))
}

/// Creates a new `PREFIX/<unix-nanoseconds>` = `value` (Go's
/// `newUniqueKV`): a clash with another writer in the same nanosecond just
/// takes the next time. Returns the key and its create revision.
pub async fn put_unique(
    client: &Client,
    prefix: &str,
    value: &[u8],
    lease: i64,
) -> Result<(Vec<u8>, i64), RecipeError> {
    loop {
        let key = format!("{prefix}/{}", unix_nanos()).into_bytes();
        match put_new(client, &key, value, lease).await {
            Ok(rev) => return Ok((key, rev)),
            Err(RecipeError::KeyExists) => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Deletes `key` if its mod revision is still `revision` (Go's
/// `deleteRevKey`): whether this call deleted it.
pub async fn delete_at(client: &Client, key: &[u8], revision: i64) -> Result<bool, ClientError> {
    let t = TxnRequest {
        compare: vec![modified_at(key, revision)],
        success: vec![delete_op(key)],
        failure: vec![],
    };
    Ok(txn(client, t).await?.succeeded)
}

// --- Waiting ----------------------------------------------------------------

/// Which events a wait is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// Puts and deletes.
    Any,
    /// Puts only.
    Puts,
    /// Deletes only.
    Deletes,
}

impl Want {
    fn filters(self) -> Vec<i32> {
        match self {
            Want::Any => vec![],
            Want::Puts => vec![FilterType::Nodelete as i32],
            Want::Deletes => vec![FilterType::Noput as i32],
        }
    }

    fn matches(self, e: &Event) -> bool {
        let delete = e.r#type == EventType::Delete as i32;
        match self {
            Want::Any => true,
            Want::Puts => !delete,
            Want::Deletes => delete,
        }
    }
}

/// The first event of the kind wanted on `[key, range_end)` (just `key`
/// if `range_end` is empty) at revision `from` or later. `None` if `from`
/// was compacted: the caller reads again and waits from the new revision.
/// Reading, then waiting from the read's revision + 1, misses nothing in
/// between.
pub async fn next_event(
    client: &Client,
    key: &[u8],
    range_end: &[u8],
    from: i64,
    want: Want,
) -> Result<Option<Event>, ClientError> {
    let create = WatchCreateRequest {
        key: key.to_vec().into(),
        range_end: range_end.to_vec().into(),
        start_revision: from,
        filters: want.filters(),
        ..Default::default()
    };
    // The sender stays alive while waiting: closing the request stream
    // could end the watch.
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    let _ = tx
        .send(WatchRequest {
            request_union: Some(RequestUnion::CreateRequest(create)),
        })
        .await;
    let mut stream = client
        .watch()
        .watch(ReceiverStream::new(rx))
        .await?
        .into_inner();
    loop {
        let Some(resp) = stream.message().await? else {
            return Err(ClientError::Unreachable("watch stream ended".into()));
        };
        if resp.canceled && resp.compact_revision != 0 {
            return Ok(None);
        }
        if resp.canceled {
            // Refused (a permission, say): watching again would be too.
            let reason = format!("watch canceled: {}", resp.cancel_reason);
            return Err(ClientError::Rpc(tonic::Status::failed_precondition(reason)));
        }
        if let Some(e) = resp.events.into_iter().find(|e| want.matches(e)) {
            return Ok(Some(e));
        }
    }
}

/// `next_event`, riding out a broken watch stream (a member restarting):
/// after a pause it reports `None` so that the caller reads again (a read
/// that cannot reach any member then ends the wait with its error). An
/// error no retry can fix (a permission denied) is returned.
pub async fn next_event_or_reread(
    client: &Client,
    key: &[u8],
    range_end: &[u8],
    from: i64,
    want: Want,
) -> Result<Option<Event>, ClientError> {
    match next_event(client, key, range_end, from, want).await {
        Ok(e) => Ok(e),
        Err(e) if transient(&e) => {
            tracing::debug!("watch broke ({e}); reading again");
            tokio::time::sleep(REWATCH_PAUSE).await;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Whether trying again later may succeed: the member is unreachable,
/// restarting or overloaded, rather than refusing the request itself.
pub fn transient(e: &ClientError) -> bool {
    use tonic::Code;
    match e {
        ClientError::Unreachable(_) | ClientError::Timeout => true,
        ClientError::Rpc(s) => matches!(
            s.code(),
            Code::Unavailable
                | Code::Unknown
                | Code::Internal
                | Code::Aborted
                | Code::Cancelled
                | Code::DeadlineExceeded
                | Code::ResourceExhausted
        ),
        ClientError::Tls(_) | ClientError::BadToken => false,
    }
}

// --- Queues -----------------------------------------------------------------

/// Which of the recipes' queues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueKind {
    /// `recipe.Queue`: FIFO by mod revision.
    Fifo,
    /// `recipe.PriorityQueue`: by key, so by priority, then FIFO.
    Priority,
}

/// A queue named `name`, of either kind.
#[derive(Debug, Clone)]
pub struct Queue {
    name: String,
    kind: QueueKind,
}

/// An item taken or looked at, with the revision of the read that found it.
#[derive(Debug, Clone)]
pub struct Item {
    /// The item's key and value.
    pub kv: KeyValue,
    /// The response header of the read.
    pub header: Option<crate::proto::etcdserverpb::ResponseHeader>,
}

impl Queue {
    /// The queue `name` of `kind`.
    pub fn new(name: &str, kind: QueueKind) -> Queue {
        Queue {
            name: name.to_string(),
            kind,
        }
    }

    /// Where the items are: `NAME/`. (Go's Queue reads the prefix `NAME`,
    /// which would also take `NAME2/...`'s items; the slash keeps queues
    /// apart and selects the same items.)
    fn prefix(&self) -> Vec<u8> {
        format!("{}/", self.name).into_bytes()
    }

    fn first_request(&self) -> RangeRequest {
        match self.kind {
            QueueKind::Fifo => first_under(&self.prefix(), SortTarget::Mod, SortOrder::Ascend),
            // Keys come in ascending order unasked, as Go's client asks.
            QueueKind::Priority => first_under(&self.prefix(), SortTarget::Key, SortOrder::None),
        }
    }

    /// Adds an item at the tail (FIFO queue: Go's `Queue.Enqueue`).
    pub async fn push(&self, client: &Client, value: &[u8]) -> Result<Vec<u8>, RecipeError> {
        Ok(put_unique(client, &self.name, value, 0).await?.0)
    }

    /// Adds an item with `priority` (Go's `PriorityQueue.Enqueue`); lower
    /// numbers are taken first.
    pub async fn push_priority(
        &self,
        client: &Client,
        value: &[u8],
        priority: u16,
    ) -> Result<Vec<u8>, RecipeError> {
        let prefix = format!("{}/{priority:05}", self.name);
        put_sequential(client, &prefix, value).await
    }

    /// The item that `pop` would take now, if any (at most one kv).
    pub async fn peek(&self, client: &Client) -> Result<RangeResponse, ClientError> {
        range(client, self.first_request()).await
    }

    /// The number of items.
    pub async fn count(&self, client: &Client) -> Result<RangeResponse, ClientError> {
        let r = RangeRequest {
            count_only: true,
            ..prefix_range(&self.prefix())
        };
        range(client, r).await
    }

    /// Takes the first item: exactly one of any number of concurrent
    /// poppers gets each item. With `wait`, an empty queue is waited on
    /// until an item arrives; without, `None`.
    /// Takes the oldest item. With `wait`, an empty queue is waited on,
    /// until `deadline` if one is given (then `None`). The deadline bounds
    /// only the waiting: a claim once sent is always seen through, so an
    /// item the server gave this popper is never dropped unprinted.
    pub async fn pop(
        &self,
        client: &Client,
        wait: bool,
        deadline: Option<tokio::time::Instant>,
    ) -> Result<Option<Item>, ClientError> {
        loop {
            let resp = range(client, self.first_request()).await?;
            let revision = revision_of(resp.header.as_ref());
            if let Some(kv) = resp.kvs.into_iter().next() {
                if delete_at(client, &kv.key, kv.mod_revision).await? {
                    return Ok(Some(Item {
                        kv,
                        header: resp.header,
                    }));
                }
                // Another popper won it: look again.
                continue;
            }
            if !wait {
                return Ok(None);
            }
            let pfx = self.prefix();
            let end = prefix_end(&pfx);
            let event = next_event_or_reread(client, &pfx, &end, revision + 1, Want::Puts);
            match deadline {
                Some(at) => match tokio::time::timeout_at(at, event).await {
                    Ok(seen) => {
                        seen?;
                    }
                    Err(_) => return Ok(None),
                },
                None => {
                    event.await?;
                }
            }
        }
    }
}

/// Creates `PREFIX/<%016d sequence>` = `value`, the sequence one past the
/// last key under `PREFIX` (Go's `newSequentialKV`). The bookkeeping key
/// `__PREFIX` is written in the same txn, which fails if it changed since
/// the read: two writers never take one number, nor a deleted one again.
pub async fn put_sequential(
    client: &Client,
    prefix: &str,
    value: &[u8],
) -> Result<Vec<u8>, RecipeError> {
    let base_key = format!("__{prefix}").into_bytes();
    loop {
        let last = range(
            client,
            first_under(prefix.as_bytes(), SortTarget::Key, SortOrder::Descend),
        )
        .await?;
        let next = match last.kvs.first() {
            Some(kv) => sequence_of(&kv.key)? + 1,
            None => 0,
        };
        let key = format!("{prefix}/{next:016}").into_bytes();
        // The read's revision may include a change of the base key: + 1.
        let t = TxnRequest {
            compare: vec![modified_before(
                &base_key,
                revision_of(last.header.as_ref()) + 1,
            )],
            success: vec![put_op(&base_key, b"", 0), put_op(&key, value, 0)],
            failure: vec![],
        };
        if txn(client, t).await?.succeeded {
            return Ok(key);
        }
    }
}

/// The number after a key's last `/` (Go scans it with `%d`).
fn sequence_of(key: &[u8]) -> Result<u64, RecipeError> {
    let text = String::from_utf8_lossy(key);
    let last = text.rsplit('/').next().unwrap_or_default();
    let digits: String = last.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits
        .parse()
        .map_err(|_| RecipeError::BadSequence(text.into_owned()))
}

// --- Barriers ---------------------------------------------------------------

/// Holds the barrier `name`: creates its key (Go's `Barrier.Hold`).
pub async fn barrier_hold(client: &Client, name: &str) -> Result<(), RecipeError> {
    put_new(client, name.as_bytes(), b"", 0).await.map(|_| ())
}

/// Releases the barrier `name`: deletes its key (Go's `Barrier.Release`).
pub async fn barrier_release(client: &Client, name: &str) -> Result<(), RecipeError> {
    Ok(delete(client, name.as_bytes()).await?)
}

/// Waits until the barrier `name` is released; at once if it is not held
/// (Go's `Barrier.Wait`).
pub async fn barrier_wait(client: &Client, name: &str) -> Result<(), RecipeError> {
    let key = name.as_bytes();
    loop {
        let resp = range(
            client,
            RangeRequest {
                key: key.to_vec().into(),
                ..Default::default()
            },
        )
        .await?;
        if resp.kvs.is_empty() {
            return Ok(());
        }
        let from = revision_of(resp.header.as_ref()) + 1;
        if next_event_or_reread(client, key, b"", from, Want::Deletes)
            .await?
            .is_some()
        {
            return Ok(());
        }
    }
}

/// One process's place in the double barrier `name` (Go's
/// `DoubleBarrier`): its waiter key, under its session's lease.
#[derive(Debug, Clone)]
pub struct DoubleBarrier {
    name: String,
    count: usize,
    my_key: Option<Vec<u8>>,
}

impl DoubleBarrier {
    /// The double barrier `name` for `count` processes.
    pub fn new(name: &str, count: usize) -> DoubleBarrier {
        DoubleBarrier {
            name: name.to_string(),
            count,
            my_key: None,
        }
    }

    fn waiters(&self) -> String {
        format!("{}/waiters", self.name)
    }

    fn ready(&self) -> Vec<u8> {
        format!("{}/ready", self.name).into_bytes()
    }

    /// The entered processes' keys, oldest first.
    async fn entered(&self, client: &Client) -> Result<RangeResponse, ClientError> {
        let r = RangeRequest {
            sort_target: SortTarget::Create as i32,
            sort_order: SortOrder::Ascend as i32,
            ..prefix_range(self.waiters().as_bytes())
        };
        range(client, r).await
    }

    /// Enters and waits until `count` processes have entered (Go's
    /// `Enter`); `lease` is this process's session.
    pub async fn enter(&mut self, client: &Client, lease: i64) -> Result<(), RecipeError> {
        if self.entered(client).await?.kvs.len() >= self.count {
            return Err(RecipeError::TooManyClients);
        }
        let (key, my_rev) = put_unique(client, &self.waiters(), b"", lease).await?;
        self.my_key = Some(key.clone());
        let now = self.entered(client).await?;
        if now.kvs.len() >= self.count {
            let last = &now.kvs[self.count - 1];
            if my_rev > last.create_revision {
                // Not one of the first `count`: make room at once rather
                // than when the lease expires.
                let _ = delete(client, &key).await;
                self.my_key = None;
                return Err(RecipeError::TooManyClients);
            }
            if my_rev == last.create_revision {
                // The last to enter lets everyone through.
                put(client, &self.ready(), b"").await?;
                return Ok(());
            }
        }
        loop {
            let ready = self.ready();
            if next_event_or_reread(client, &ready, b"", my_rev, Want::Puts)
                .await?
                .is_some()
            {
                return Ok(());
            }
            // The watch broke: the barrier may have opened meanwhile.
            let resp = range(
                client,
                RangeRequest {
                    key: ready.into(),
                    ..Default::default()
                },
            )
            .await?;
            if !resp.kvs.is_empty() {
                return Ok(());
            }
        }
    }

    /// Leaves and waits until every process has left (Go's `Leave`).
    pub async fn leave(&mut self, client: &Client) -> Result<(), RecipeError> {
        loop {
            let resp = range(client, prefix_range(self.waiters().as_bytes())).await?;
            let (Some(lowest), Some(highest)) = (
                resp.kvs.iter().min_by_key(|k| k.mod_revision),
                resp.kvs.iter().max_by_key(|k| k.mod_revision),
            ) else {
                return Ok(());
            };
            let is_lowest = self.my_key.as_deref() == Some(&lowest.key[..]);
            if resp.kvs.len() == 1 && is_lowest {
                // The last one out closes the barrier.
                delete(client, &self.ready()).await?;
                if let Some(k) = self.my_key.take() {
                    delete(client, &k).await?;
                }
                return Ok(());
            }
            // A process that dies has its key removed with its lease, so
            // nobody waits forever on it.
            let wait_on = if is_lowest {
                highest
            } else {
                if let Some(k) = self.my_key.take() {
                    delete(client, &k).await?;
                }
                lowest
            };
            next_event_or_reread(
                client,
                &wait_on.key,
                b"",
                wait_on.mod_revision + 1,
                Want::Deletes,
            )
            .await?;
        }
    }
}

/// Puts `key` = `value` (no lease).
pub async fn put(client: &Client, key: &[u8], value: &[u8]) -> Result<(), ClientError> {
    put_leased(client, key, value, 0).await
}

/// Puts `key` = `value` under `lease`.
pub async fn put_leased(
    client: &Client,
    key: &[u8],
    value: &[u8],
    lease: i64,
) -> Result<(), ClientError> {
    let req = PutRequest {
        key: key.to_vec().into(),
        value: value.to_vec().into(),
        lease,
        ..Default::default()
    };
    client
        .call_write(|| {
            let (mut kv, r) = (client.kv(), client.request(req.clone()));
            async move { kv.put(r).await }
        })
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequences_are_read_as_go_scans_them() {
        assert_eq!(sequence_of(b"q/00003/0000000000000041").unwrap(), 41);
        assert_eq!(sequence_of(b"q/00003/0000000000000000").unwrap(), 0);
        assert!(sequence_of(b"q/00003/x").is_err());
    }

    #[test]
    fn queues_read_under_name_slash() {
        let q = Queue::new("jobs", QueueKind::Fifo);
        let r = q.first_request();
        assert_eq!(&r.key[..], b"jobs/");
        assert_eq!(&r.range_end[..], b"jobs0");
        assert_eq!(r.sort_target, SortTarget::Mod as i32);
        assert_eq!(r.limit, 1);
        let p = Queue::new("jobs", QueueKind::Priority).first_request();
        assert_eq!(p.sort_target, SortTarget::Key as i32);
        assert_eq!(p.sort_order, SortOrder::None as i32);
    }
}
