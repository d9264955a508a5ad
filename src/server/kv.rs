//! The KV service: ranges are read from the store (after a ReadIndex
//! barrier unless serializable); writes are proposed through Raft and
//! answered with their applied result.

use tonic::{Request, Response};

use super::status::{to_status, RpcResult};
use super::{validate, Ctx};
use crate::apply::kv::{KvApply, Target};
use crate::apply::{range, Applied};
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

    pub(super) async fn range(&self, req: RangeRequest) -> Result<RangeResponse> {
        validate::range(&req)?;
        if !req.serializable {
            self.ctx.raft.linearizable_barrier().await?;
        }
        let txn = self.ctx.store.read()?;
        let view = txn.view();
        let mut resp = range::range(&view, &req, view.current_rev()?)?;
        resp.header = self.ctx.header(resp.header);
        Ok(resp)
    }

    async fn put(&self, req: PutRequest) -> Result<PutResponse> {
        validate::put(&req)?;
        self.ctx.check_quota()?;
        match self.ctx.raft.propose(Internal::Put(req)).await? {
            Applied::Put(mut resp) => {
                resp.header = self.ctx.header(resp.header);
                Ok(resp)
            }
            other => Err(unexpected(other)),
        }
    }

    pub(super) async fn delete_range(
        &self,
        req: DeleteRangeRequest,
    ) -> Result<DeleteRangeResponse> {
        validate::delete(&req)?;
        match self.ctx.raft.propose(Internal::DeleteRange(req)).await? {
            Applied::DeleteRange(mut resp) => {
                resp.header = self.ctx.header(resp.header);
                Ok(resp)
            }
            other => Err(unexpected(other)),
        }
    }

    pub(super) async fn txn(&self, req: TxnRequest) -> Result<TxnResponse> {
        validate::txn(&req, self.ctx.limits.max_txn_ops)?;
        let mut resp = if validate::is_read_only(&req) {
            // Read-only transactions need no log entry: read at a
            // linearizable point, as etcd does.
            self.ctx.raft.linearizable_barrier().await?;
            let txn = self.ctx.store.read()?;
            let view = txn.view();
            let mut kv = KvApply::new(Target::Read(view), view.current_rev()?);
            kv.txn(&req)?
        } else {
            if validate::has_put(&req) {
                self.ctx.check_quota()?;
            }
            match self.ctx.raft.propose(Internal::Txn(req)).await? {
                Applied::Txn(resp) => resp,
                other => return Err(unexpected(other)),
            }
        };
        resp.header = self.ctx.header(resp.header);
        Ok(resp)
    }

    async fn compact(&self, req: CompactionRequest) -> Result<CompactionResponse> {
        let physical = req.physical;
        match self.ctx.raft.propose(Internal::Compaction(req)).await? {
            Applied::Compaction(mut resp, rev) => {
                if physical {
                    let mut done = self.ctx.compaction_done.clone();
                    done.wait_for(|d| *d >= rev)
                        .await
                        .map_err(|_| Error::Stopped)?;
                }
                resp.header = self.ctx.header(resp.header);
                Ok(resp)
            }
            other => Err(unexpected(other)),
        }
    }
}

fn unexpected(applied: Applied) -> Error {
    Error::Internal(format!("unexpected apply result {applied:?}"))
}

#[tonic::async_trait]
impl Kv for KvService {
    async fn range(&self, r: Request<RangeRequest>) -> RpcResult<RangeResponse> {
        self.range(r.into_inner())
            .await
            .map(Response::new)
            .map_err(to_status)
    }

    async fn put(&self, r: Request<PutRequest>) -> RpcResult<PutResponse> {
        self.put(r.into_inner())
            .await
            .map(Response::new)
            .map_err(to_status)
    }

    async fn delete_range(&self, r: Request<DeleteRangeRequest>) -> RpcResult<DeleteRangeResponse> {
        self.delete_range(r.into_inner())
            .await
            .map(Response::new)
            .map_err(to_status)
    }

    async fn txn(&self, r: Request<TxnRequest>) -> RpcResult<TxnResponse> {
        self.txn(r.into_inner())
            .await
            .map(Response::new)
            .map_err(to_status)
    }

    async fn compact(&self, r: Request<CompactionRequest>) -> RpcResult<CompactionResponse> {
        self.compact(r.into_inner())
            .await
            .map(Response::new)
            .map_err(to_status)
    }
}
