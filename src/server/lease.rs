//! The Lease service: grant and revoke go through Raft; keep-alive and
//! time-to-live are answered by this member's lessor.

use std::pin::Pin;

use tokio_stream::{Stream, StreamExt};
use tonic::{Request, Response, Status, Streaming};

use super::status::{to_status, unary, RpcResult};
use super::Ctx;
use crate::error::Result;
use crate::proto::etcdserverpb::lease_server::Lease;
use crate::proto::etcdserverpb::*;
use crate::proto::kvdpb::internal_request::Request as Internal;

/// The `etcdserverpb.Lease` service.
pub struct LeaseService {
    ctx: Ctx,
}

impl LeaseService {
    /// The service over a member's context.
    pub fn new(ctx: Ctx) -> Self {
        LeaseService { ctx }
    }

    async fn grant(&self, mut req: LeaseGrantRequest) -> Result<LeaseGrantResponse> {
        // etcd refuses new leases while its space is exhausted.
        self.ctx.check_not_corrupt()?;
        self.ctx.check_quota()?;
        // No ID given: choose a positive one, unique in the cluster.
        while req.id == 0 {
            req.id = (self.ctx.raft.new_request_id() & (i64::MAX as u64)) as i64;
        }
        let applied = self.ctx.raft.propose(Internal::LeaseGrant(req)).await?;
        let mut resp: LeaseGrantResponse = applied.try_into()?;
        resp.header = self.ctx.header(resp.header);
        Ok(resp)
    }

    async fn revoke(
        &self,
        req: LeaseRevokeRequest,
        caller: &crate::auth::Caller,
    ) -> Result<LeaseRevokeResponse> {
        self.ctx.check_not_corrupt()?;
        let proposal = self
            .ctx
            .raft
            .propose_as(Internal::LeaseRevoke(req), caller.name());
        let mut resp: LeaseRevokeResponse = proposal.await?.try_into()?;
        resp.header = self.ctx.header(resp.header);
        Ok(resp)
    }

    fn time_to_live(&self, req: &LeaseTimeToLiveRequest) -> Result<LeaseTimeToLiveResponse> {
        let header = self.ctx.header_now()?;
        // etcd answers an unknown lease with TTL -1, not an error.
        let Some((granted, remaining)) = self.ctx.lessor.time_to_live(req.id) else {
            return Ok(LeaseTimeToLiveResponse {
                header,
                id: req.id,
                ttl: -1,
                ..Default::default()
            });
        };
        let keys = if req.keys {
            let txn = self.ctx.store.read()?;
            txn.view()
                .lease_keys(req.id)?
                .into_iter()
                .map(Into::into)
                .collect()
        } else {
            Vec::new()
        };
        Ok(LeaseTimeToLiveResponse {
            header,
            id: req.id,
            ttl: remaining,
            granted_ttl: granted,
            keys,
        })
    }

    fn keep_alive_once(&self, id: i64) -> Result<LeaseKeepAliveResponse> {
        self.ctx.require_leader()?;
        // An unknown or expired lease is answered with TTL 0.
        let ttl = self.ctx.lessor.renew(id).unwrap_or(0);
        Ok(LeaseKeepAliveResponse {
            header: self.ctx.header_now()?,
            id,
            ttl,
        })
    }
}

type KeepAliveStream =
    Pin<Box<dyn Stream<Item = std::result::Result<LeaseKeepAliveResponse, Status>> + Send>>;

#[tonic::async_trait]
impl Lease for LeaseService {
    async fn lease_grant(&self, r: Request<LeaseGrantRequest>) -> RpcResult<LeaseGrantResponse> {
        // No permission governs grants, but a token given must be valid.
        self.ctx.caller(&r).map_err(to_status)?;
        unary(self.grant(r.into_inner()).await)
    }

    async fn lease_revoke(&self, r: Request<LeaseRevokeRequest>) -> RpcResult<LeaseRevokeResponse> {
        // Revoking deletes the lease's keys: applying checks the caller
        // may write each.
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        unary(self.revoke(r.into_inner(), &caller).await)
    }

    type LeaseKeepAliveStream = KeepAliveStream;

    async fn lease_keep_alive(
        &self,
        r: Request<Streaming<LeaseKeepAliveRequest>>,
    ) -> RpcResult<Self::LeaseKeepAliveStream> {
        // No permission governs renewals, but a token must be valid.
        self.ctx.caller(&r).map_err(to_status)?;
        let mut requests = r.into_inner();
        if self.ctx.require_leader().is_err() {
            // Renewals are the leader's: relay the whole stream to it.
            let mut leader = self.ctx.leader_lease_client().await.map_err(to_status)?;
            let forwarded = requests.filter_map(|r| r.ok());
            let responses = leader.lease_keep_alive(forwarded).await?.into_inner();
            return Ok(Response::new(Box::pin(responses)));
        }
        let service = LeaseService {
            ctx: self.ctx.clone(),
        };
        let responses = async_stream(move |tx| async move {
            while let Some(req) = requests.next().await {
                let Ok(req) = req else { break };
                let resp = service.keep_alive_once(req.id).map_err(to_status);
                let failed = resp.is_err();
                if tx.send(resp).await.is_err() || failed {
                    break;
                }
            }
        });
        Ok(Response::new(Box::pin(responses)))
    }

    async fn lease_time_to_live(
        &self,
        r: Request<LeaseTimeToLiveRequest>,
    ) -> RpcResult<LeaseTimeToLiveResponse> {
        let caller = self.ctx.caller(&r).map_err(to_status)?;
        let resp = if self.ctx.require_leader().is_err() {
            // Only the leader's lessor knows the renewals.
            let mut leader = self.ctx.leader_lease_client().await.map_err(to_status)?;
            leader
                .lease_time_to_live(r.into_inner())
                .await?
                .into_inner()
        } else {
            self.time_to_live(&r.into_inner()).map_err(to_status)?
        };
        // The keys' names are shown only to who may read them (etcd's fix
        // for CVE-2023-32082).
        self.ctx
            .check(|view| {
                if resp.keys.is_empty() {
                    return Ok(());
                }
                let grants = crate::auth::Grants::of(view, &caller)?;
                for key in &resp.keys {
                    grants.check(key, &[], crate::auth::Access::Read)?;
                }
                Ok(())
            })
            .map_err(to_status)?;
        Ok(Response::new(resp))
    }

    async fn lease_leases(&self, r: Request<LeaseLeasesRequest>) -> RpcResult<LeaseLeasesResponse> {
        // No permission governs listing leases, but a token must be valid.
        self.ctx.caller(&r).map_err(to_status)?;
        let leases = self
            .ctx
            .lessor
            .ids()
            .into_iter()
            .map(|id| LeaseStatus { id })
            .collect();
        Ok(Response::new(LeaseLeasesResponse {
            header: self.ctx.header_now().map_err(to_status)?,
            leases,
        }))
    }
}

/// A stream fed by a task: `body` sends items into the channel it is given.
fn async_stream<T, F, Fut>(body: F) -> tokio_stream::wrappers::ReceiverStream<T>
where
    T: Send + 'static,
    F: FnOnce(tokio::sync::mpsc::Sender<T>) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let (tx, rx) = tokio::sync::mpsc::channel(16);
    tokio::spawn(body(tx));
    tokio_stream::wrappers::ReceiverStream::new(rx)
}
