//! The Lock and Election services: etcd's lock and election recipes run
//! on the server for thin clients, over this member's own KV and watch
//! machinery, so they interoperate with clients running the recipes
//! themselves on the same names.

use std::pin::Pin;

use tokio::sync::mpsc;
use tokio_stream::Stream;
use tonic::{Request, Response, Status};

use super::kv::KvService;
use super::status::{to_status, RpcResult};
use super::Ctx;
use crate::auth::Caller;
use crate::error::{Error, Result};
use crate::proto::etcdserverpb::{
    DeleteRangeRequest, RangeRequest, RangeResponse, ResponseHeader, TxnRequest, TxnResponse,
};
use crate::proto::v3electionpb::election_server::Election;
use crate::proto::v3electionpb::*;
use crate::proto::v3lockpb::lock_server::Lock;
use crate::proto::v3lockpb::*;
use crate::recipe::{self, Backend, RecipeError};
use crate::store::RangeEnd;
use crate::watch::{run_watcher, Delivery, KeyRange, WatchSpec};

/// The recipes' view of this member, acting for the caller of one RPC
/// (with auth on, the recipe's reads and writes are that user's).
struct Local {
    ctx: Ctx,
    kv: KvService,
    caller: Caller,
}

impl Local {
    /// The recipes' backend for `request`'s caller.
    fn for_request<T>(ctx: &Ctx, request: &Request<T>) -> std::result::Result<Local, Status> {
        Ok(Local {
            ctx: ctx.clone(),
            kv: KvService::new(ctx.clone()),
            caller: ctx.caller(request).map_err(to_status)?,
        })
    }
}

impl Backend for Local {
    type Error = Error;

    async fn txn(&self, t: TxnRequest) -> Result<TxnResponse> {
        self.kv.txn(t, &self.caller).await
    }

    async fn range(&self, r: RangeRequest) -> Result<RangeResponse> {
        self.kv.range(r, &self.caller).await
    }

    async fn delete(&self, key: Vec<u8>) -> Result<Option<ResponseHeader>> {
        let req = DeleteRangeRequest {
            key: key.into(),
            ..Default::default()
        };
        Ok(self.kv.delete_range(req, &self.caller).await?.header)
    }

    async fn wait_event(
        &self,
        key: Vec<u8>,
        range_end: Vec<u8>,
        after: i64,
        deletes_only: bool,
    ) -> Result<()> {
        self.ctx.check(|view| {
            crate::auth::check(
                view,
                &self.caller,
                &key,
                &range_end,
                crate::auth::Access::Read,
            )
        })?;
        let spec = WatchSpec {
            range: KeyRange {
                start: key,
                end: RangeEnd::from_request(&range_end),
            },
            start_rev: after + 1,
            prev_kv: false,
            no_put: deletes_only,
            no_delete: false,
            progress_every: None,
        };
        let (tx, mut rx) = mpsc::channel(1);
        let watcher = tokio::spawn(run_watcher(
            spec,
            self.ctx.hub.clone(),
            self.ctx.store.clone(),
            tx,
        ));
        let outcome = match rx.recv().await {
            // A compacted start means history moved on: the caller looks again.
            Some(Delivery::Events { .. }) | Some(Delivery::Compacted { .. }) => Ok(()),
            Some(Delivery::Progress { .. }) | None => Err(Error::Stopped),
        };
        watcher.abort();
        outcome
    }
}

/// The `v3lockpb.Lock` service.
pub struct LockService {
    ctx: Ctx,
}

impl LockService {
    /// The service over a member's context.
    pub fn new(ctx: Ctx) -> Self {
        LockService { ctx }
    }
}

#[tonic::async_trait]
impl Lock for LockService {
    async fn lock(&self, r: Request<LockRequest>) -> RpcResult<LockResponse> {
        let local = Local::for_request(&self.ctx, &r)?;
        let r = r.into_inner();
        let held = recipe::acquire(&local, &r.name, r.lease, b"")
            .await
            .map_err(to_status)?;
        Ok(Response::new(LockResponse {
            header: self.ctx.header(held.header),
            key: held.key.into(),
        }))
    }

    async fn unlock(&self, r: Request<UnlockRequest>) -> RpcResult<UnlockResponse> {
        let local = Local::for_request(&self.ctx, &r)?;
        let header = recipe::release(&local, &r.into_inner().key)
            .await
            .map_err(to_status)?;
        Ok(Response::new(UnlockResponse {
            header: self.ctx.header(header),
        }))
    }
}

/// The `v3electionpb.Election` service.
pub struct ElectionService {
    ctx: Ctx,
}

impl ElectionService {
    /// The service over a member's context.
    pub fn new(ctx: Ctx) -> Self {
        ElectionService { ctx }
    }

    async fn campaign(&self, local: Local, r: CampaignRequest) -> Result<CampaignResponse> {
        let held = recipe::campaign(&local, &r.name, r.lease, &r.value).await?;
        let header = held.header;
        Ok(CampaignResponse {
            header: self.ctx.header(header),
            leader: Some(LeaderKey {
                name: r.name,
                key: held.key.into(),
                rev: held.create_revision,
                lease: r.lease,
            }),
        })
    }
}

fn leader_key(l: Option<LeaderKey>) -> Result<LeaderKey> {
    l.ok_or_else(|| Error::Recipe("\"leader\" field must be provided".into()))
}

type ObserveStream =
    Pin<Box<dyn Stream<Item = std::result::Result<LeaderResponse, Status>> + Send>>;

#[tonic::async_trait]
impl Election for ElectionService {
    async fn campaign(&self, r: Request<CampaignRequest>) -> RpcResult<CampaignResponse> {
        let local = Local::for_request(&self.ctx, &r)?;
        super::status::unary(self.campaign(local, r.into_inner()).await)
    }

    async fn proclaim(&self, r: Request<ProclaimRequest>) -> RpcResult<ProclaimResponse> {
        let local = Local::for_request(&self.ctx, &r)?;
        let r = r.into_inner();
        let l = leader_key(r.leader).map_err(to_status)?;
        let header = recipe::proclaim(&local, &l.key, l.rev, l.lease, &r.value)
            .await
            .map_err(to_status)?;
        Ok(Response::new(ProclaimResponse {
            header: self.ctx.header(header),
        }))
    }

    async fn leader(&self, r: Request<LeaderRequest>) -> RpcResult<LeaderResponse> {
        let local = Local::for_request(&self.ctx, &r)?;
        match recipe::leader(&local, &r.into_inner().name)
            .await
            .map_err(to_status)?
        {
            Some((kv, header)) => Ok(Response::new(LeaderResponse {
                header: self.ctx.header(header),
                kv: Some(kv),
            })),
            None => Err(to_status(RecipeError::NoLeader.into())),
        }
    }

    type ObserveStream = ObserveStream;

    async fn observe(&self, r: Request<LeaderRequest>) -> RpcResult<Self::ObserveStream> {
        let local = Local::for_request(&self.ctx, &r)?;
        let name = r.into_inner().name;
        let ctx = self.ctx.clone();
        let (tx, rx) = mpsc::channel(4);
        tokio::spawn(async move {
            let mut last = None;
            loop {
                let next = tokio::select! {
                    n = recipe::next_leader(&local, &name, last.as_ref()) => n,
                    _ = tx.closed() => return,
                };
                let msg = next.map(|kv| {
                    last = Some(kv.clone());
                    LeaderResponse {
                        header: ctx.header_now().ok().flatten(),
                        kv: Some(kv),
                    }
                });
                let failed = msg.is_err();
                if tx.send(msg.map_err(to_status)).await.is_err() || failed {
                    return;
                }
            }
        });
        Ok(Response::new(Box::pin(
            tokio_stream::wrappers::ReceiverStream::new(rx),
        )))
    }

    async fn resign(&self, r: Request<ResignRequest>) -> RpcResult<ResignResponse> {
        let local = Local::for_request(&self.ctx, &r)?;
        let l = leader_key(r.into_inner().leader).map_err(to_status)?;
        let header = recipe::resign(&local, &l.key, l.rev)
            .await
            .map_err(to_status)?;
        Ok(Response::new(ResignResponse {
            header: self.ctx.header(header),
        }))
    }
}
