//! The state machine: applies committed Raft entries to the store. It is
//! the only code that changes the keyspace. A batch of entries is applied in
//! one LMDB write transaction that also records the applied index, so after
//! a crash exactly the entries past that index are applied again.

mod auth;
mod compactor;
pub mod error;
pub mod kv;
pub mod range;

use prost::Message as _;
use protobuf::Message as _;
use raft::prelude::{ConfChange, ConfChangeType, ConfState, Entry, EntryType};

use crate::error::Error;
use crate::lease::{Lessor, MAX_LEASE_TTL};
use crate::proto::etcdserverpb::{
    CompactionRequest, CompactionResponse, DeleteRangeResponse, LeaseGrantRequest,
    LeaseGrantResponse, LeaseRevokeResponse, PutResponse, ResponseHeader, TxnResponse,
};
use crate::proto::kvdpb::internal_request::Request;
use crate::proto::kvdpb::{
    InternalRequest, LeaseRecord, MemberAttributes, MemberRecord, MemberUpdate, RequestHead,
};
use crate::proto::mvccpb::Event;
use crate::store::StorageError;
use crate::store::{Store, WriteTxn};
use crate::watch::WatchHub;
use error::{ApplyError, Result};

pub use compactor::Compactor;
use kv::{KvApply, Target};

/// What applying one request produced.
#[derive(Debug)]
pub enum Applied {
    Put(PutResponse),
    DeleteRange(DeleteRangeResponse),
    Txn(TxnResponse),
    /// A compaction, and the revision whose physical removal may be awaited.
    Compaction(CompactionResponse, i64),
    LeaseGrant(LeaseGrantResponse),
    /// A revoked lease, and its ID.
    LeaseRevoke(LeaseRevokeResponse, i64),
    /// An alarm raised or disarmed: the alarms it changed.
    Alarm(crate::proto::etcdserverpb::AlarmResponse),
    /// An applied Authenticate: the simple token it made valid (empty
    /// for JWT, which the proposer signs).
    Authenticated(String),
    /// A request with no response body (member attributes, cluster
    /// version, membership and auth changes).
    Done,
}

/// An apply result of another kind than the request's: a bug, reported
/// as the request's internal error.
pub fn unexpected(applied: Applied) -> Error {
    Error::Internal(format!("unexpected apply result {applied:?}"))
}

/// The typed answer a request's proposer expects (`propose(..)?.try_into()`).
impl TryFrom<Applied> for PutResponse {
    type Error = Error;
    fn try_from(a: Applied) -> std::result::Result<Self, Error> {
        match a {
            Applied::Put(r) => Ok(r),
            other => Err(unexpected(other)),
        }
    }
}

impl TryFrom<Applied> for DeleteRangeResponse {
    type Error = Error;
    fn try_from(a: Applied) -> std::result::Result<Self, Error> {
        match a {
            Applied::DeleteRange(r) => Ok(r),
            other => Err(unexpected(other)),
        }
    }
}

impl TryFrom<Applied> for TxnResponse {
    type Error = Error;
    fn try_from(a: Applied) -> std::result::Result<Self, Error> {
        match a {
            Applied::Txn(r) => Ok(r),
            other => Err(unexpected(other)),
        }
    }
}

/// A compaction's answer and the revision whose removal may be awaited.
impl TryFrom<Applied> for (CompactionResponse, i64) {
    type Error = Error;
    fn try_from(a: Applied) -> std::result::Result<Self, Error> {
        match a {
            Applied::Compaction(r, rev) => Ok((r, rev)),
            other => Err(unexpected(other)),
        }
    }
}

impl TryFrom<Applied> for LeaseGrantResponse {
    type Error = Error;
    fn try_from(a: Applied) -> std::result::Result<Self, Error> {
        match a {
            Applied::LeaseGrant(r) => Ok(r),
            other => Err(unexpected(other)),
        }
    }
}

impl TryFrom<Applied> for LeaseRevokeResponse {
    type Error = Error;
    fn try_from(a: Applied) -> std::result::Result<Self, Error> {
        match a {
            Applied::LeaseRevoke(r, _) => Ok(r),
            other => Err(unexpected(other)),
        }
    }
}

impl TryFrom<Applied> for crate::proto::etcdserverpb::AlarmResponse {
    type Error = Error;
    fn try_from(a: Applied) -> std::result::Result<Self, Error> {
        match a {
            Applied::Alarm(r) => Ok(r),
            other => Err(unexpected(other)),
        }
    }
}

/// The result of one applied request, for the waiter of its ID.
#[derive(Debug)]
pub struct Outcome {
    /// The request's ID.
    pub id: u64,
    /// Its response or its error.
    pub result: std::result::Result<Applied, Error>,
}

/// Applies committed entries. Owned by the Raft driver.
pub struct Applier {
    store: Store,
    compactor: Compactor,
    lessor: std::sync::Arc<Lessor>,
    hub: std::sync::Arc<WatchHub>,
    auth: std::sync::Arc<crate::auth::Auth>,
}

/// A change to the set of leases, for the lessor once it is durable.
enum LeaseChange {
    Granted(i64, i64),
    Revoked(i64),
}

impl Applier {
    /// An applier writing to `store`, handing compactions to `compactor`,
    /// lease grants and revocations to `lessor`, changes to `hub`, and
    /// token changes to `auth`.
    pub fn new(
        store: Store,
        compactor: Compactor,
        lessor: std::sync::Arc<Lessor>,
        hub: std::sync::Arc<WatchHub>,
        auth: std::sync::Arc<crate::auth::Auth>,
    ) -> Self {
        Applier {
            store,
            compactor,
            lessor,
            hub,
            auth,
        }
    }

    /// The store now holds a snapshot's state machine: what is kept in
    /// memory about it is loaded again, and watchers catch up from the
    /// store's history.
    pub fn snapshot_installed(&mut self) -> crate::error::Result<()> {
        let txn = self.store.read()?;
        let view = txn.view();
        let (revision, compact, done) = (
            view.current_rev()?,
            view.compact_rev()?,
            view.compact_done_rev()?,
        );
        drop(txn);
        self.lessor.reload(&self.store)?;
        // Tokens of users the snapshot deleted or gave new passwords (or
        // of an auth since disabled) must not outlive it: every token is
        // dropped, and clients authenticate again.
        self.auth.tokens().disabled();
        self.hub.reset(revision);
        if compact > done {
            self.compactor.schedule(compact);
        }
        Ok(())
    }

    /// Applies `entries` (consecutive, committed) in `txn`, which the
    /// caller commits; what applying them means for the rest of the member
    /// (responses, watch events, leases, compactions) is returned for
    /// `publish` once the transaction is durable. `apply_conf` carries a
    /// conf change into Raft and returns the new configuration. An `Err`
    /// means storage failed: the transaction must be dropped.
    pub fn apply_in(
        &mut self,
        txn: &mut WriteTxn<'_>,
        entries: &[Entry],
        apply_conf: &mut dyn FnMut(&ConfChange) -> Option<ConfState>,
        effects: &mut Effects,
    ) -> std::result::Result<(), StorageError> {
        let Some(last) = entries.last() else {
            return Ok(());
        };
        for entry in entries {
            match entry.get_entry_type() {
                EntryType::EntryNormal if entry.data.is_empty() => {}
                EntryType::EntryNormal => match decode_request(entry) {
                    Ok(req) => {
                        if matches!(req.request, Some(Request::MemberUpdate(_))) {
                            effects.members_changed = true;
                        }
                        let outcome = apply_request(txn, req, entry.index, effects)?;
                        match &outcome.result {
                            Ok(Applied::Compaction(_, rev)) => effects.compactions.push(*rev),
                            Ok(Applied::LeaseGrant(g)) => effects
                                .lease_changes
                                .push(LeaseChange::Granted(g.id, g.ttl)),
                            Ok(Applied::LeaseRevoke(_, id)) => {
                                effects.lease_changes.push(LeaseChange::Revoked(*id))
                            }
                            _ => {}
                        }
                        effects.outcomes.push(outcome);
                    }
                    Err(refused) => effects.outcomes.push(*refused),
                },
                EntryType::EntryConfChange => {
                    effects.members_changed = true;
                    if let Some(outcome) = apply_conf_change(txn, entry, apply_conf)? {
                        effects.outcomes.push(outcome);
                    }
                }
                EntryType::EntryConfChangeV2 => {
                    tracing::error!(
                        index = entry.index,
                        "skipping unsupported joint conf change"
                    )
                }
            }
        }
        txn.set_applied(last.index, last.term)?;
        effects.applied = Some(last.index);
        effects.revision = txn.view().current_rev()?;
        Ok(())
    }

    /// Hands what a committed transaction applied to the watch hub, the
    /// compactor and the lessor; returns the requests' outcomes.
    pub fn publish(&mut self, effects: Effects) -> Vec<Outcome> {
        if effects.applied.is_none() {
            return effects.outcomes;
        }
        self.hub.publish(effects.revision, effects.events);
        for rev in effects.compactions {
            self.compactor.schedule(rev);
        }
        for change in effects.lease_changes {
            match change {
                LeaseChange::Granted(id, ttl) => self.lessor.granted(id, ttl),
                LeaseChange::Revoked(id) => self.lessor.revoked(id),
            }
        }
        let tokens = self.auth.tokens();
        for change in effects.token_changes {
            match change {
                auth::TokenChange::Assigned { token, name } => tokens.assigned(&token, &name),
                auth::TokenChange::UserChanged(name) => tokens.user_changed(&name),
                auth::TokenChange::Disabled => tokens.disabled(),
            }
        }
        effects.outcomes
    }
}

/// What applying entries did, to be published once it is durable.
#[derive(Default)]
pub struct Effects {
    /// The last entry applied, if any was.
    pub applied: Option<u64>,
    /// Whether the member list changed.
    pub members_changed: bool,
    /// The store's revision after them.
    revision: i64,
    outcomes: Vec<Outcome>,
    events: Vec<Event>,
    compactions: Vec<i64>,
    lease_changes: Vec<LeaseChange>,
    token_changes: Vec<auth::TokenChange>,
}

/// The request ID a committed entry answers, without decoding the rest
/// (0 for none: an empty entry, or a conf change without a proposer here).
pub fn request_id(entry: &Entry) -> u64 {
    match entry.get_entry_type() {
        EntryType::EntryNormal => RequestHead::decode(&entry.data[..]).map_or(0, |h| h.id),
        EntryType::EntryConfChange => {
            ConfChange::parse_from_bytes(&entry.data).map_or(0, |cc| cc.id)
        }
        EntryType::EntryConfChangeV2 => 0,
    }
}

/// Decodes a committed request. One that cannot be decoded (it never
/// should: requests are checked before they are proposed) is answered with
/// an error on every member alike, never skipped silently.
fn decode_request(entry: &Entry) -> std::result::Result<InternalRequest, Box<Outcome>> {
    let refuse = |error: Error| {
        let id = request_id(entry);
        tracing::error!(
            index = entry.index,
            "refusing committed request {id:x}: {error}"
        );
        Err(Box::new(Outcome {
            id,
            result: Err(error),
        }))
    };
    if crate::nesting::internal_txn_depth(&entry.data) > crate::nesting::MAX_TXN_DEPTH {
        return refuse(Error::TxnTooDeep);
    }
    InternalRequest::decode(&entry.data[..])
        .or_else(|e| refuse(Error::Internal(format!("undecodable request: {e}"))))
}

/// Applies one request. Request-level errors are returned in the outcome
/// (and changed nothing); storage errors abort the batch.
fn apply_request(
    txn: &mut WriteTxn<'_>,
    req: InternalRequest,
    index: u64,
    effects: &mut Effects,
) -> std::result::Result<Outcome, StorageError> {
    let result = match checked(txn, &req) {
        Ok(()) => run_request(txn, req.request, req.caller, index, effects),
        Err(e) => Err(e),
    };
    let result = match result {
        Ok(applied) => Ok(applied),
        Err(ApplyError::Request(e)) => Err(e),
        Err(ApplyError::Storage(e)) => return Err(e),
    };
    Ok(Outcome { id: req.id, result })
}

/// Refuses a client's keyspace write or lease revocation its caller may
/// not make under the auth state as it is now (auth requests check their
/// own). The member's own requests carry no caller and are not checked.
fn checked(txn: &WriteTxn<'_>, req: &InternalRequest) -> Result<()> {
    let view = txn.view();
    let Some(caller) = &req.caller else {
        return Ok(());
    };
    let caller = crate::auth::applied_caller(view, &caller.name)?;
    if caller == crate::auth::Caller::Anyone {
        return Ok(());
    }
    match &req.request {
        Some(Request::Put(p)) => crate::auth::check_put(view, &caller, p)?,
        Some(Request::DeleteRange(d)) => crate::auth::check_delete_range(view, &caller, d)?,
        Some(Request::Txn(t)) => crate::auth::check_txn(view, &caller, t)?,
        Some(Request::LeaseRevoke(r)) => crate::auth::check_lease_keys(view, &caller, r.id)?,
        _ => {}
    }
    Ok(())
}

fn run_request(
    txn: &mut WriteTxn<'_>,
    request: Option<Request>,
    caller: Option<crate::proto::kvdpb::Caller>,
    index: u64,
    effects: &mut Effects,
) -> Result<Applied> {
    let begin = txn.view().current_rev()?;
    let events = &mut effects.events;
    match request {
        Some(Request::Put(p)) => write(txn, begin, events, |kv| kv.put(&p).map(Applied::Put)),
        Some(Request::DeleteRange(d)) => write(txn, begin, events, |kv| {
            kv.delete_range(&d).map(Applied::DeleteRange)
        }),
        Some(Request::Txn(t)) => write(txn, begin, events, |kv| kv.txn(&t).map(Applied::Txn)),
        Some(Request::Compaction(c)) => compact(txn, begin, &c),
        Some(Request::MemberAttributes(a)) => member_attributes(txn, &a).map(|_| Applied::Done),
        Some(Request::MemberUpdate(u)) => member_update(txn, &u).map(|_| Applied::Done),
        Some(Request::ClusterVersion(v)) => txn
            .set_cluster_version(&v.version)
            .map(|_| Applied::Done)
            .map_err(ApplyError::from),
        Some(Request::LeaseGrant(g)) => grant(txn, begin, &g),
        Some(Request::LeaseRevoke(r)) => revoke(txn, begin, events, r.id),
        Some(Request::Alarm(a)) => alarm(txn, &a),
        Some(other) => {
            let caller = match caller {
                Some(c) => crate::auth::applied_caller(txn.view(), &c.name)?,
                None => crate::auth::Caller::Anyone,
            };
            auth::apply(txn, &other, &caller, index, &mut effects.token_changes)
                .unwrap_or(Ok(Applied::Done))
        }
        None => Ok(Applied::Done),
    }
}

/// Runs a keyspace write and, if it changed anything, advances the revision
/// and adds its changes to `events`.
fn write(
    txn: &mut WriteTxn<'_>,
    begin: i64,
    events: &mut Vec<Event>,
    op: impl FnOnce(&mut KvApply<'_, '_>) -> Result<Applied>,
) -> Result<Applied> {
    let mut kv = KvApply::new(Target::Write(txn), begin);
    let applied = op(&mut kv)?;
    events.extend(kv.take_events());
    if kv.changed() {
        txn.set_current_rev(begin + 1)?;
    }
    Ok(applied)
}

/// Grants a lease with etcd's rules: the ID must be free, the TTL within
/// bounds; a TTL below the minimum is raised to it.
fn grant(txn: &mut WriteTxn<'_>, current: i64, g: &LeaseGrantRequest) -> Result<Applied> {
    if g.id == 0 {
        return Err(Error::LeaseNotFound.into());
    }
    if g.ttl > MAX_LEASE_TTL {
        return Err(Error::LeaseTtlTooLarge.into());
    }
    if txn.view().lease(g.id)?.is_some() {
        return Err(Error::LeaseExist.into());
    }
    let ttl = g.ttl.max(crate::lease::MIN_LEASE_TTL);
    txn.put_lease(&LeaseRecord { id: g.id, ttl })?;
    Ok(Applied::LeaseGrant(LeaseGrantResponse {
        header: Some(ResponseHeader {
            revision: current,
            ..Default::default()
        }),
        id: g.id,
        ttl,
        error: String::new(),
    }))
}

/// Revokes a lease: its keys are deleted at one revision.
fn revoke(txn: &mut WriteTxn<'_>, begin: i64, events: &mut Vec<Event>, id: i64) -> Result<Applied> {
    if txn.view().lease(id)?.is_none() {
        return Err(Error::LeaseNotFound.into());
    }
    write(txn, begin, events, |kv| {
        kv.revoke(id)?;
        let header = Some(ResponseHeader {
            revision: kv.read_rev(),
            ..Default::default()
        });
        Ok(Applied::LeaseRevoke(LeaseRevokeResponse { header }, id))
    })
}

fn compact(txn: &mut WriteTxn<'_>, current: i64, c: &CompactionRequest) -> Result<Applied> {
    // etcd's floor starts below every revision: a store never compacted
    // takes a compaction at revision 0 (once).
    if c.revision <= txn.view().compacted_at()?.unwrap_or(-1) {
        return Err(Error::Compacted.into());
    }
    if c.revision > current {
        return Err(Error::FutureRev.into());
    }
    txn.set_compact_rev(c.revision)?;
    let resp = CompactionResponse {
        header: Some(ResponseHeader {
            revision: current,
            ..Default::default()
        }),
    };
    Ok(Applied::Compaction(resp, c.revision))
}

/// Raises or disarms an alarm, as etcd: activating one already raised,
/// or deactivating one that is not, changes nothing and names nothing.
fn alarm(txn: &mut WriteTxn<'_>, a: &crate::proto::etcdserverpb::AlarmRequest) -> Result<Applied> {
    use crate::proto::etcdserverpb::alarm_request::AlarmAction;
    use crate::proto::etcdserverpb::{AlarmMember, AlarmResponse};
    let mut alarms = crate::store::meta::alarms(txn.view())?;
    let this = AlarmMember {
        member_id: a.member_id,
        alarm: a.alarm,
    };
    let present = alarms.contains(&this);
    let changed = match AlarmAction::try_from(a.action) {
        Ok(AlarmAction::Activate) if !present => {
            alarms.push(this);
            vec![this]
        }
        Ok(AlarmAction::Deactivate) if present => {
            alarms.retain(|m| *m != this);
            vec![this]
        }
        _ => Vec::new(),
    };
    if !changed.is_empty() {
        txn.set_alarms(&alarms)?;
    }
    Ok(Applied::Alarm(AlarmResponse {
        header: None,
        alarms: changed,
    }))
}

fn member_attributes(txn: &mut WriteTxn<'_>, a: &MemberAttributes) -> Result<()> {
    let Some(mut member) = txn.member(a.member_id)? else {
        tracing::warn!("attributes published for unknown member {:x}", a.member_id);
        return Ok(());
    };
    member.name = a.name.clone();
    member.client_urls = a.client_urls.clone();
    txn.put_member(&member)?;
    Ok(())
}

fn member_update(txn: &mut WriteTxn<'_>, u: &MemberUpdate) -> Result<()> {
    let Some(mut member) = txn.member(u.member_id)? else {
        return Err(Error::MemberNotFound.into());
    };
    member.peer_urls = u.peer_urls.clone();
    txn.put_member(&member)?;
    Ok(())
}

/// Applies a membership change: Raft's configuration first, then, if Raft
/// took it, the member list. Its outcome goes to the proposer (none for
/// the bootstrap entries, which have no request ID).
fn apply_conf_change(
    txn: &mut WriteTxn<'_>,
    entry: &Entry,
    apply_conf: &mut dyn FnMut(&ConfChange) -> Option<ConfState>,
) -> std::result::Result<Option<Outcome>, StorageError> {
    let cc = match ConfChange::parse_from_bytes(&entry.data) {
        Ok(cc) => cc,
        Err(e) => {
            tracing::error!(index = entry.index, "skipping undecodable conf change: {e}");
            return Ok(None);
        }
    };
    let result = match apply_conf(&cc) {
        Some(cs) => {
            txn.set_conf_state(&cs)?;
            change_member(txn, &cc, entry.index)?;
            Ok(Applied::Done)
        }
        None => Err(Error::Internal("raft refused the membership change".into())),
    };
    Ok((cc.id != 0).then_some(Outcome { id: cc.id, result }))
}

/// The member list's side of a conf change. Promoting a learner (AddNode of
/// a known member) keeps what the member published about itself.
fn change_member(
    txn: &mut WriteTxn<'_>,
    cc: &ConfChange,
    index: u64,
) -> std::result::Result<(), StorageError> {
    match cc.get_change_type() {
        ConfChangeType::AddNode | ConfChangeType::AddLearnerNode => {
            let learner = cc.get_change_type() == ConfChangeType::AddLearnerNode;
            let member = match txn.member(cc.node_id)? {
                Some(mut known) => {
                    known.is_learner = learner;
                    known
                }
                None => match MemberRecord::decode(&cc.context[..]) {
                    Ok(m) => m,
                    Err(e) => {
                        tracing::error!(index, "conf change without member: {e}");
                        return Ok(());
                    }
                },
            };
            txn.put_member(&member)?;
        }
        ConfChangeType::RemoveNode => {
            txn.delete_member(cc.node_id)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::etcdserverpb::{request_op, PutRequest, RequestOp, TxnRequest};

    fn applier() -> (tempfile::TempDir, Store, Applier) {
        let (tmp, store) = crate::store::scratch_store();
        let compactor = Compactor::start(store.clone()).unwrap();
        let lessor = Lessor::load(&store, std::time::Duration::from_secs(1)).unwrap();
        let hub = WatchHub::new(1);
        let applier = Applier::new(
            store.clone(),
            compactor,
            lessor,
            hub,
            std::sync::Arc::new(crate::auth::Auth::new(&Default::default()).expect("default auth")),
        );
        (tmp, store, applier)
    }

    fn entry(index: u64, data: Vec<u8>) -> Entry {
        Entry {
            index,
            term: 1,
            data: data.into(),
            ..Default::default()
        }
    }

    fn request(id: u64, request: Request) -> Vec<u8> {
        InternalRequest {
            id,
            request: Some(request),
            caller: None,
        }
        .encode_to_vec()
    }

    fn put(key: &str) -> PutRequest {
        PutRequest {
            key: key.as_bytes().to_vec().into(),
            value: b"v".to_vec().into(),
            ..Default::default()
        }
    }

    fn nested(depth: usize) -> TxnRequest {
        let mut txn = TxnRequest {
            success: vec![RequestOp {
                request: Some(request_op::Request::RequestPut(put("deep"))),
            }],
            ..Default::default()
        };
        for _ in 1..depth {
            txn = TxnRequest {
                success: vec![RequestOp {
                    request: Some(request_op::Request::RequestTxn(txn)),
                }],
                ..Default::default()
            };
        }
        txn
    }

    /// Applies `entries` in one transaction, as the driver does.
    fn apply(store: &Store, applier: &mut Applier, entries: &[Entry]) -> Vec<Outcome> {
        let mut txn = store.write().unwrap();
        let mut effects = Effects::default();
        let mut no_conf = |_: &ConfChange| None;
        applier
            .apply_in(&mut txn, entries, &mut no_conf, &mut effects)
            .unwrap();
        txn.commit().unwrap();
        applier.publish(effects)
    }

    fn value_is(key: &str, value: &str) -> crate::proto::etcdserverpb::Compare {
        use crate::proto::etcdserverpb::compare::{CompareResult, CompareTarget, TargetUnion};
        crate::proto::etcdserverpb::Compare {
            result: CompareResult::Equal as i32,
            target: CompareTarget::Value as i32,
            key: key.as_bytes().to_vec().into(),
            target_union: Some(TargetUnion::Value(value.as_bytes().to_vec().into())),
            ..Default::default()
        }
    }

    fn op(request: request_op::Request) -> RequestOp {
        RequestOp {
            request: Some(request),
        }
    }

    fn delete(key: &str) -> crate::proto::etcdserverpb::DeleteRangeRequest {
        crate::proto::etcdserverpb::DeleteRangeRequest {
            key: key.as_bytes().to_vec().into(),
            ..Default::default()
        }
    }

    /// `key`'s live value and its revisions (create, mod), if it lives.
    fn read(store: &Store, key: &str) -> Option<(Vec<u8>, i64, i64)> {
        let txn = store.read().unwrap();
        let view = txn.view();
        let req = crate::proto::etcdserverpb::RangeRequest {
            key: key.as_bytes().to_vec().into(),
            ..Default::default()
        };
        let resp = range::range(&view, &req, view.current_rev().unwrap()).unwrap();
        resp.kvs
            .first()
            .map(|kv| (kv.value.to_vec(), kv.create_revision, kv.mod_revision))
    }

    fn revision(store: &Store) -> i64 {
        store.read().unwrap().view().current_rev().unwrap()
    }

    #[test]
    fn a_txn_takes_the_branch_its_compares_choose_and_writes_at_one_revision() {
        let (_tmp, store, mut applier) = applier();
        apply(
            &store,
            &mut applier,
            &[entry(1, request(1, Request::Put(put("a"))))],
        );
        let before = revision(&store);
        let txn = TxnRequest {
            compare: vec![value_is("a", "v")],
            success: vec![
                op(request_op::Request::RequestPut(put("b"))),
                op(request_op::Request::RequestDeleteRange(delete("a"))),
                op(request_op::Request::RequestTxn(nested(2))),
            ],
            failure: vec![op(request_op::Request::RequestPut(put("never")))],
        };
        let out = apply(
            &store,
            &mut applier,
            &[entry(2, request(2, Request::Txn(txn)))],
        );
        let Ok(Applied::Txn(resp)) = &out[0].result else {
            panic!("{:?}", out[0].result);
        };
        assert!(resp.succeeded);
        let after = revision(&store);
        assert_eq!(after, before + 1, "every write of one txn is one revision");
        assert_eq!(read(&store, "b").unwrap().2, after);
        assert_eq!(read(&store, "deep").unwrap().2, after, "nested txns too");
        assert_eq!(read(&store, "a"), None);
        assert_eq!(read(&store, "never"), None);
        // The same compare now fails (a is gone): the other branch runs.
        let txn = TxnRequest {
            compare: vec![value_is("a", "v")],
            success: vec![op(request_op::Request::RequestPut(put("never")))],
            failure: vec![op(request_op::Request::RequestPut(put("c")))],
        };
        let out = apply(
            &store,
            &mut applier,
            &[entry(3, request(3, Request::Txn(txn)))],
        );
        assert!(matches!(&out[0].result, Ok(Applied::Txn(r)) if !r.succeeded));
        assert_eq!(read(&store, "c").unwrap().1, after + 1);
        assert_eq!(read(&store, "never"), None);
    }

    #[test]
    fn a_write_that_changes_nothing_keeps_the_revision() {
        let (_tmp, store, mut applier) = applier();
        apply(
            &store,
            &mut applier,
            &[entry(1, request(1, Request::Put(put("a"))))],
        );
        let before = revision(&store);
        let out = apply(
            &store,
            &mut applier,
            &[entry(
                2,
                request(2, Request::DeleteRange(delete("missing"))),
            )],
        );
        assert!(matches!(&out[0].result, Ok(Applied::DeleteRange(d)) if d.deleted == 0));
        assert_eq!(revision(&store), before, "etcd moves no revision for it");
        // A put of the same key again is a new version at a new revision.
        apply(
            &store,
            &mut applier,
            &[entry(3, request(3, Request::Put(put("a"))))],
        );
        let (_, created, modified) = read(&store, "a").unwrap();
        assert_eq!((created, modified), (before, before + 1));
    }

    #[test]
    fn a_refused_request_is_its_answer_and_the_batch_goes_on() {
        let (_tmp, store, mut applier) = applier();
        let too_deep = std::thread::Builder::new()
            .stack_size(crate::nesting::STACK_BYTES)
            .spawn(|| request(4, Request::Txn(nested(crate::nesting::MAX_TXN_DEPTH + 1))))
            .unwrap()
            .join()
            .unwrap();
        let entries = [
            entry(1, request(1, Request::Put(put("a")))),
            entry(
                2,
                request(
                    2,
                    Request::Compaction(CompactionRequest {
                        revision: 99,
                        physical: false,
                    }),
                ),
            ),
            // Its ID, then a transaction that is not one.
            entry(3, vec![0x08, 0x03, 0x22, 0x02, 0xff, 0xff]),
            entry(4, too_deep),
            entry(5, request(5, Request::Txn(nested(3)))),
        ];
        let outcomes = apply(&store, &mut applier, &entries);
        let summary: Vec<(u64, Option<Error>)> = outcomes
            .into_iter()
            .map(|o| (o.id, o.result.err()))
            .collect();
        assert_eq!(summary.len(), 5);
        assert_eq!(summary[0], (1, None));
        assert_eq!(summary[1], (2, Some(Error::FutureRev)));
        assert!(matches!(summary[2], (3, Some(Error::Internal(_)))));
        assert_eq!(summary[3], (4, Some(Error::TxnTooDeep)));
        assert_eq!(summary[4], (5, None));
        let txn = store.read().unwrap();
        let view = txn.view();
        assert_eq!(crate::store::meta::applied_index(view).unwrap(), 5);
        assert_eq!(view.current_rev().unwrap(), 3);
        assert!(view.get(b"deep", 3).unwrap().is_some());
    }

    #[test]
    fn revoking_a_lease_deletes_its_long_keys_too() {
        use crate::proto::etcdserverpb::{
            DeleteRangeRequest, LeaseGrantRequest, LeaseRevokeRequest,
        };
        let (_tmp, store, mut applier) = applier();
        let long = |c: u8| vec![c; 3000];
        let leased = |key: Vec<u8>, lease: i64| {
            Request::Put(PutRequest {
                key: key.into(),
                value: b"v".to_vec().into(),
                lease,
                ..Default::default()
            })
        };
        let requests = [
            Request::LeaseGrant(LeaseGrantRequest { ttl: 60, id: 7 }),
            leased(long(b'b'), 7),
            leased(b"short".to_vec(), 7),
            leased(long(b'a'), 7),
            leased(long(b'k'), 7),
            leased(long(b'k'), 0),
            leased(long(b'd'), 7),
            Request::DeleteRange(DeleteRangeRequest {
                key: long(b'd').into(),
                ..Default::default()
            }),
        ];
        let entries: Vec<Entry> = requests
            .into_iter()
            .enumerate()
            .map(|(i, r)| entry(i as u64 + 1, request(i as u64 + 1, r)))
            .collect();
        let outcomes = apply(&store, &mut applier, &entries);
        assert!(outcomes.iter().all(|o| o.result.is_ok()));
        {
            let txn = store.read().unwrap();
            let attached = txn.view().lease_keys(7).unwrap();
            assert_eq!(attached, [long(b'a'), long(b'b'), b"short".to_vec()]);
        }
        let revoke = Request::LeaseRevoke(LeaseRevokeRequest { id: 7 });
        let outcomes = apply(&store, &mut applier, &[entry(9, request(9, revoke))]);
        assert!(outcomes[0].result.is_ok());
        let txn = store.read().unwrap();
        let view = txn.view();
        let now = view.current_rev().unwrap();
        for gone in [long(b'a'), long(b'b'), b"short".to_vec()] {
            assert_eq!(view.get(&gone, now).unwrap(), None);
        }
        assert!(
            view.get(&long(b'k'), now).unwrap().is_some(),
            "detached before"
        );
        assert!(view.lease_keys(7).unwrap().is_empty());
        assert!(view.lease(7).unwrap().is_none());
    }
}
