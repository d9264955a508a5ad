//! Writes to the keyspace — put, delete, transaction — applied at one
//! revision, following etcd's rules: every change in one request shares the
//! main revision and takes the next sub revision; reads inside a
//! transaction see its earlier writes; a transaction's compares and checks
//! are all decided against the state before it, so it applies whole or not
//! at all.

use super::error::Result;
use crate::error::Error;
use crate::proto::etcdserverpb::compare::{CompareResult, CompareTarget, TargetUnion};
use crate::proto::etcdserverpb::request_op::Request;
use crate::proto::etcdserverpb::response_op::Response;
use crate::proto::etcdserverpb::{
    Compare, DeleteRangeRequest, DeleteRangeResponse, PutRequest, PutResponse, RequestOp,
    ResponseHeader, ResponseOp, TxnRequest, TxnResponse,
};
use crate::proto::mvccpb::{event::EventType, Event, KeyValue};
use crate::store::{RangeEnd, Revision, View, WriteTxn};

use super::range::{check_revision, range};

/// Where a request's changes go: a write transaction, or nowhere for a
/// read-only transaction served outside Raft.
pub enum Target<'a, 't> {
    /// Changes are written here, at revision `begin + 1`.
    Write(&'a mut WriteTxn<'t>),
    /// Only reads are allowed.
    Read(View<'a>),
}

/// Applies one request's operations at one revision.
pub struct KvApply<'a, 't> {
    target: Target<'a, 't>,
    /// The revision before this request.
    begin: i64,
    /// How many changes this request has made so far.
    changes: i64,
    /// The changes, for watchers.
    events: Vec<Event>,
}

fn header(revision: i64) -> Option<ResponseHeader> {
    Some(ResponseHeader {
        revision,
        ..Default::default()
    })
}

impl<'a, 't> KvApply<'a, 't> {
    /// Starts a request on `target`, whose newest revision is `begin`.
    pub fn new(target: Target<'a, 't>, begin: i64) -> Self {
        KvApply {
            target,
            begin,
            changes: 0,
            events: Vec::new(),
        }
    }

    fn view(&self) -> View<'_> {
        match &self.target {
            Target::Write(txn) => txn.view(),
            Target::Read(view) => *view,
        }
    }

    /// The revision reads see: this request's writes included.
    pub fn read_rev(&self) -> i64 {
        if self.changes > 0 {
            self.begin + 1
        } else {
            self.begin
        }
    }

    /// Whether this request has changed anything.
    pub fn changed(&self) -> bool {
        self.changes > 0
    }

    /// The changes made so far, as watch events, in revision order.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    fn deleted(&mut self, live: KeyValue, rev: Revision) -> Result<()> {
        let Target::Write(txn) = &mut self.target else {
            return Err(Error::Internal("delete in a read-only request".into()).into());
        };
        txn.delete_kv(&live.key, live.lease, rev)?;
        self.events.push(Event {
            r#type: EventType::Delete as i32,
            kv: Some(KeyValue {
                key: live.key.clone(),
                mod_revision: rev.main,
                ..Default::default()
            }),
            prev_kv: Some(live),
        });
        Ok(())
    }

    fn next_revision(&mut self) -> Result<(&mut WriteTxn<'t>, Revision)> {
        let rev = Revision {
            main: self.begin + 1,
            sub: self.changes,
        };
        self.changes += 1;
        match &mut self.target {
            Target::Write(txn) => Ok((txn, rev)),
            Target::Read(_) => {
                Err(Error::Internal("write in a read-only transaction".into()).into())
            }
        }
    }

    /// Checks what a put needs before it changes anything.
    fn check_put(&self, p: &PutRequest) -> Result<()> {
        if p.lease != 0 && self.view().lease(p.lease)?.is_none() {
            return Err(Error::LeaseNotFound.into());
        }
        if (p.ignore_value || p.ignore_lease) && self.view().get(&p.key, self.read_rev())?.is_none()
        {
            return Err(Error::KeyNotFound.into());
        }
        Ok(())
    }

    /// Applies a put.
    pub fn put(&mut self, p: &PutRequest) -> Result<PutResponse> {
        self.check_put(p)?;
        let prev = self.view().get(&p.key, self.read_rev())?;
        let value = match (&prev, p.ignore_value) {
            (Some(prev), true) => prev.value.clone(),
            _ => p.value.clone(),
        };
        let lease = match (&prev, p.ignore_lease) {
            (Some(prev), true) => prev.lease,
            _ => p.lease,
        };
        let (txn, rev) = self.next_revision()?;
        let (kv, _) = txn.put_kv(&p.key, &value, lease, rev)?;
        self.events.push(Event {
            r#type: EventType::Put as i32,
            kv: Some(kv),
            prev_kv: prev.clone(),
        });
        Ok(PutResponse {
            header: header(rev.main),
            prev_kv: if p.prev_kv { prev } else { None },
        })
    }

    /// Applies a delete of a key or a range of keys.
    pub fn delete_range(&mut self, d: &DeleteRangeRequest) -> Result<DeleteRangeResponse> {
        let end = RangeEnd::from_request(&d.range_end);
        let live = self
            .view()
            .range(&d.key, &end, self.read_rev(), 0, false)?
            .kvs;
        for kv in &live {
            let (_, rev) = self.next_revision()?;
            self.deleted(kv.clone(), rev)?;
        }
        Ok(DeleteRangeResponse {
            header: header(self.read_rev()),
            deleted: live.len() as i64,
            prev_kvs: if d.prev_kv { live } else { Vec::new() },
        })
    }

    /// Revokes lease `id`: every key still attached to it is deleted, all at
    /// one revision, and the lease is forgotten.
    pub fn revoke(&mut self, id: i64) -> Result<()> {
        let attached = self.view().lease_keys(id)?;
        for key in attached {
            let live = self.view().get(&key, self.read_rev())?;
            if let Some(kv) = live.filter(|kv| kv.lease == id) {
                let (_, rev) = self.next_revision()?;
                self.deleted(kv, rev)?;
            }
        }
        match &mut self.target {
            Target::Write(txn) => Ok(txn.delete_lease(id)?),
            Target::Read(_) => Err(Error::Internal("revoke in a read-only request".into()).into()),
        }
    }

    /// Applies a transaction: decides every compare on the path first, checks
    /// every operation on it, then applies them in order.
    pub fn txn(&mut self, t: &TxnRequest) -> Result<TxnResponse> {
        let path = Path::decide(&self.view(), self.begin, t)?;
        self.check_path(t, &path)?;
        let mut resp = self.apply_path(t, &path)?;
        resp.header = header(self.read_rev());
        Ok(resp)
    }

    fn check_path(&self, t: &TxnRequest, path: &Path) -> Result<()> {
        let mut nested = path.children.iter();
        for op in path.ops(t) {
            match &op.request {
                Some(Request::RequestRange(r)) => {
                    check_revision(&self.view(), r.revision, self.begin)?
                }
                Some(Request::RequestPut(p)) => self.check_put(p)?,
                Some(Request::RequestTxn(inner)) => {
                    let child = nested.next().ok_or_else(path_mismatch)?;
                    self.check_path(inner, child)?;
                }
                Some(Request::RequestDeleteRange(_)) | None => {}
            }
        }
        Ok(())
    }

    fn apply_path(&mut self, t: &TxnRequest, path: &Path) -> Result<TxnResponse> {
        let mut nested = path.children.iter();
        let mut responses = Vec::new();
        for op in path.ops(t) {
            let response = match &op.request {
                Some(Request::RequestRange(r)) => Some(Response::ResponseRange(range(
                    &self.view(),
                    r,
                    self.read_rev(),
                )?)),
                Some(Request::RequestPut(p)) => Some(Response::ResponsePut(self.put(p)?)),
                Some(Request::RequestDeleteRange(d)) => {
                    Some(Response::ResponseDeleteRange(self.delete_range(d)?))
                }
                Some(Request::RequestTxn(inner)) => {
                    let child = nested.next().ok_or_else(path_mismatch)?;
                    let mut r = self.apply_path(inner, child)?;
                    r.header = Some(ResponseHeader::default());
                    Some(Response::ResponseTxn(r))
                }
                None => None,
            };
            responses.push(ResponseOp { response });
        }
        Ok(TxnResponse {
            header: None,
            succeeded: path.succeeded,
            responses,
        })
    }
}

fn path_mismatch() -> Error {
    Error::Internal("transaction path does not match its request".into())
}

/// Which branch each transaction on the path takes: this one's, then those
/// of the transactions nested in the branch taken, in order.
struct Path {
    succeeded: bool,
    children: Vec<Path>,
}

impl Path {
    fn decide(view: &View<'_>, rev: i64, t: &TxnRequest) -> Result<Path> {
        let mut succeeded = true;
        for c in &t.compare {
            if !compare(view, rev, c)? {
                succeeded = false;
                break;
            }
        }
        let mut path = Path {
            succeeded,
            children: Vec::new(),
        };
        for op in path.ops(t) {
            if let Some(Request::RequestTxn(inner)) = &op.request {
                path.children.push(Path::decide(view, rev, inner)?);
            }
        }
        Ok(path)
    }

    fn ops<'r>(&self, t: &'r TxnRequest) -> &'r [RequestOp] {
        if self.succeeded {
            &t.success
        } else {
            &t.failure
        }
    }
}

/// Whether a compare holds for every key it names (for a missing key, it is
/// compared against zero values; a value compare on no key fails).
fn compare(view: &View<'_>, rev: i64, c: &Compare) -> Result<bool> {
    let end = RangeEnd::from_request(&c.range_end);
    let kvs = view.range(&c.key, &end, rev, 0, false)?.kvs;
    let target = CompareTarget::try_from(c.target).unwrap_or(CompareTarget::Version);
    if kvs.is_empty() {
        if target == CompareTarget::Value {
            return Ok(false);
        }
        return Ok(compare_kv(c, target, &KeyValue::default()));
    }
    Ok(kvs.iter().all(|kv| compare_kv(c, target, kv)))
}

fn compare_kv(c: &Compare, target: CompareTarget, kv: &KeyValue) -> bool {
    use std::cmp::Ordering;
    let ord: Ordering = match target {
        CompareTarget::Value => {
            let want: &[u8] = match &c.target_union {
                Some(TargetUnion::Value(v)) => v,
                _ => &[],
            };
            kv.value.as_ref().cmp(want)
        }
        CompareTarget::Create => kv.create_revision.cmp(&int_target(c, |u| match u {
            TargetUnion::CreateRevision(v) => Some(*v),
            _ => None,
        })),
        CompareTarget::Mod => kv.mod_revision.cmp(&int_target(c, |u| match u {
            TargetUnion::ModRevision(v) => Some(*v),
            _ => None,
        })),
        CompareTarget::Version => kv.version.cmp(&int_target(c, |u| match u {
            TargetUnion::Version(v) => Some(*v),
            _ => None,
        })),
        CompareTarget::Lease => kv.lease.cmp(&int_target(c, |u| match u {
            TargetUnion::Lease(v) => Some(*v),
            _ => None,
        })),
    };
    match CompareResult::try_from(c.result).unwrap_or(CompareResult::Equal) {
        CompareResult::Equal => ord == Ordering::Equal,
        CompareResult::NotEqual => ord != Ordering::Equal,
        CompareResult::Greater => ord == Ordering::Greater,
        CompareResult::Less => ord == Ordering::Less,
    }
}

fn int_target(c: &Compare, pick: impl Fn(&TargetUnion) -> Option<i64>) -> i64 {
    c.target_union.as_ref().and_then(pick).unwrap_or(0)
}
