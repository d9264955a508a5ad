//! The KV service: ranges are read from the store (after a ReadIndex
//! barrier unless serializable); writes are proposed through Raft and
//! answered with their applied result.

use tonic::Request;

use super::status::{to_status, unary, RpcResult};
use super::{validate, Ctx};
use crate::apply::kv::{KvApply, Target};
use crate::apply::range;
use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::proto::etcdserverpb::kv_server::Kv;
use crate::proto::etcdserverpb::{
    CompactionRequest, CompactionResponse, DeleteRangeRequest, DeleteRangeResponse, PutRequest,
    PutResponse, RangeRequest, RangeResponse, TxnRequest, TxnResponse,
};
use crate::proto::kvdpb::internal_request::Request as Internal;

/// The `etcdserverpb.KV` service.
pub struct KvService {
    ctx: Ctx,
}

impl KvService {
    /// The service over a member's context.
    pub fn new(ctx: Ctx) -> Self {
        KvService { ctx }
    }

    pub(super) async fn range(&self, req: RangeRequest, caller: &Caller) -> Result<RangeResponse> {
        validate::range(&req)?;
        if !req.serializable {
            self.ctx.raft.linearizable_barrier().await?;
        }
        let txn = self.ctx.store.read()?;
        let view = txn.view();
        crate::auth::check_range(view, caller, &req)?;
        let mut resp = range::range(&view, &req, view.current_rev()?)?;
        resp.header = self.ctx.header(resp.header);
        Ok(resp)
    }

    async fn put(&self, req: PutRequest, caller: &Caller) -> Result<PutResponse> {
        validate::put(&req)?;
        self.ctx.check_not_corrupt()?;
        self.ctx.check_quota()?;
        let proposal = self.ctx.raft.propose_as(Internal::Put(req), caller.name());
        let mut resp: PutResponse = proposal.await?.try_into()?;
        resp.header = self.ctx.header(resp.header);
        Ok(resp)
    }

    pub(super) async fn delete_range(
        &self,
        req: DeleteRangeRequest,
        caller: &Caller,
    ) -> Result<DeleteRangeResponse> {
        validate::delete(&req)?;
        self.ctx.check_not_corrupt()?;
        let proposal = self
            .ctx
            .raft
            .propose_as(Internal::DeleteRange(req), caller.name());
        let mut resp: DeleteRangeResponse = proposal.await?.try_into()?;
        resp.header = self.ctx.header(resp.header);
        Ok(resp)
    }

    pub(super) async fn txn(&self, req: TxnRequest, caller: &Caller) -> Result<TxnResponse> {
        validate::txn(&req, self.ctx.limits.max_txn_ops)?;
        let mut resp = if validate::is_read_only(&req) {
            // Read-only transactions need no log entry: read at a
            // linearizable point, as etcd does.
            self.ctx.raft.linearizable_barrier().await?;
            let txn = self.ctx.store.read()?;
            let view = txn.view();
            crate::auth::check_txn(view, caller, &req)?;
            let mut kv = KvApply::new(Target::Read(view), view.current_rev()?);
            kv.txn(&req)?
        } else {
            self.ctx.check_not_corrupt()?;
            if validate::has_put(&req) {
                self.ctx.check_quota()?;
            }
            let proposal = self.ctx.raft.propose_as(Internal::Txn(req), caller.name());
            TxnResponse::try_from(proposal.await?)?
        };
        resp.header = self.ctx.header(resp.header);
        Ok(resp)
    }

    async fn compact(&self, req: CompactionRequest) -> Result<CompactionResponse> {
        self.ctx.check_not_corrupt()?;
        let physical = req.physical;
        let applied = self.ctx.raft.propose(Internal::Compaction(req)).await?;
        let (mut resp, rev): (CompactionResponse, i64) = applied.try_into()?;
        if physical {
            let mut done = self.ctx.compaction_done.clone();
            done.wait_for(|d| *d >= rev)
                .await
                .map_err(|_| Error::Stopped)?;
        }
        resp.header = self.ctx.header(resp.header);
        Ok(resp)
    }
}

#[tonic::async_trait]
impl Kv for KvService {
    async fn range(&self, r: Request<RangeRequest>) -> RpcResult<RangeResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        unary(self.range(r.into_inner(), &caller).await)
    }

    async fn put(&self, r: Request<PutRequest>) -> RpcResult<PutResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        unary(self.put(r.into_inner(), &caller).await)
    }

    async fn delete_range(&self, r: Request<DeleteRangeRequest>) -> RpcResult<DeleteRangeResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        unary(self.delete_range(r.into_inner(), &caller).await)
    }

    async fn txn(&self, r: Request<TxnRequest>) -> RpcResult<TxnResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        unary(self.txn(r.into_inner(), &caller).await)
    }

    async fn compact(&self, r: Request<CompactionRequest>) -> RpcResult<CompactionResponse> {
        // etcd checks no permission for compaction, but a token must be valid.
        self.ctx.caller(&r).map_err(to_status)?;
        unary(self.compact(r.into_inner()).await)
    }
}
